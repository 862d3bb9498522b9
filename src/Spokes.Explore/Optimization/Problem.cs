namespace Spokes.Explore.Optimization;

/// <summary>
/// A multi-objective minimisation problem: decision variables and a function from the encoded variable vector (see
/// <see cref="DecisionVariable"/>) to the objective vector. Maximise an objective by returning its negative. The
/// function must be pure (the same input gives the same output) for runs to be reproducible, and thread-safe if
/// <see cref="NsgaOptions.Parallelism"/> is above 1. Immutable.
/// </summary>
public sealed class Problem
{
    private readonly Func<double[], double[]> _evaluate;

    /// <exception cref="ArgumentException">no variables, duplicate variable names, fewer than one objective, or names of the wrong count.</exception>
    public Problem(IReadOnlyList<DecisionVariable> variables, int objectiveCount, Func<double[], double[]> evaluate,
        IReadOnlyList<string>? objectiveNames = null)
    {
        ArgumentNullException.ThrowIfNull(evaluate);
        if (variables.Count == 0) throw new ArgumentException("a problem needs at least one variable", nameof(variables));
        if (variables.Select(v => v.Name).Distinct(StringComparer.Ordinal).Count() != variables.Count)
            throw new ArgumentException("variable names must be unique", nameof(variables));
        Checks.AtLeast(objectiveCount, 1, nameof(objectiveCount));
        objectiveNames ??= Enumerable.Range(0, objectiveCount).Select(i => $"f{i}").ToArray();
        if (objectiveNames.Count != objectiveCount)
            throw new ArgumentException($"{objectiveNames.Count} objective names for {objectiveCount} objectives", nameof(objectiveNames));
        Variables = variables.ToArray();
        ObjectiveCount = objectiveCount;
        ObjectiveNames = objectiveNames.ToArray();
        _evaluate = evaluate;
    }

    public IReadOnlyList<DecisionVariable> Variables { get; }

    public int ObjectiveCount { get; }

    public IReadOnlyList<string> ObjectiveNames { get; }

    /// <summary>Evaluates an encoded vector (a copy is passed, so the function may not change the caller's).</summary>
    /// <exception cref="InvalidOperationException">the function returned the wrong number of objectives or a NaN.</exception>
    public double[] Evaluate(IReadOnlyList<double> encoded)
    {
        if (encoded.Count != Variables.Count)
            throw new ArgumentException($"{encoded.Count} values for {Variables.Count} variables", nameof(encoded));
        var f = _evaluate(encoded.ToArray());
        if (f is null || f.Length != ObjectiveCount)
            throw new InvalidOperationException($"the objective function returned {f?.Length ?? 0} values, not {ObjectiveCount}");
        for (int k = 0; k < f.Length; k++)
            if (double.IsNaN(f[k]))
                throw new InvalidOperationException($"objective '{ObjectiveNames[k]}' is NaN at ({string.Join(", ", Decode(encoded))})");
        return (double[])f.Clone();
    }

    /// <summary>The decoded values of an encoded vector.</summary>
    public IReadOnlyList<DecisionValue> Decode(IReadOnlyList<double> encoded) =>
        Variables.Select((v, i) => v.Decode(encoded[i])).ToArray();
}
