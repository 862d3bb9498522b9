namespace Spokes.Explore.Optimization;

/// <summary>The result of an ε-NSGA-II run. Immutable.</summary>
public sealed class NsgaResult
{
    internal NsgaResult(Problem problem, NsgaOptions options, IReadOnlyList<Solution> archive,
        IReadOnlyList<Solution> population, IReadOnlyList<GenerationRecord> history, IReadOnlyList<double> reference, int evaluations)
    {
        Problem = problem;
        Options = options;
        Archive = archive;
        Population = population;
        History = history;
        HistoryReference = reference;
        Evaluations = evaluations;
    }

    public Problem Problem { get; }

    public NsgaOptions Options { get; }

    /// <summary>The ε-non-dominated solutions found over the whole run, sorted by objectives (first, then second, …).</summary>
    public IReadOnlyList<Solution> Archive { get; }

    /// <summary>The final population, best front first.</summary>
    public IReadOnlyList<Solution> Population { get; }

    /// <summary>One record per generation, starting with the initial population (generation 0).</summary>
    public IReadOnlyList<GenerationRecord> History { get; }

    /// <summary>The reference point the history's hypervolumes use.</summary>
    public IReadOnlyList<double> HistoryReference { get; }

    public int Evaluations { get; }
}
