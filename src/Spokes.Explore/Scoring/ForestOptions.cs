namespace Spokes.Explore.Scoring;

/// <summary>
/// Settings of a <see cref="Forest"/>. Immutable; invalid values throw on <c>init</c>. Every tree is grown on a
/// bootstrap sample of the rows (as EMA Workbench's scorers do, <c>bootstrap=True</c>), so each tree has out-of-bag
/// rows for the permutation importance.
/// </summary>
public sealed record ForestOptions
{
    private readonly int _trees = 100, _minLeaf = 1, _seed = 1, _threads = 0;
    private readonly double? _maxFeatures;

    public ForestKind Kind { get; init; } = ForestKind.ExtraTrees;

    /// <summary>Number of trees (1..10,000; default 100, as EMA's <c>nr_trees</c>).</summary>
    public int Trees
    {
        get => _trees;
        init => _trees = value is >= 1 and <= 10_000 ? value : throw new ArgumentOutOfRangeException(nameof(Trees), value, "must lie in 1..10000");
    }

    /// <summary>
    /// Share of the inputs tried at each node, in (0, 1]; null for the kind's default: all inputs for extra trees
    /// (Geurts et al. 2006's choice for regression), one third for a random forest (Breiman's regression default).
    /// </summary>
    public double? MaxFeatures
    {
        get => _maxFeatures;
        init => _maxFeatures = value is null or (> 0 and <= 1) ? value : throw new ArgumentOutOfRangeException(nameof(MaxFeatures), value, "must lie in (0, 1]");
    }

    /// <summary>Smallest number of rows in a leaf (default 1: trees grown to purity, as sklearn's default).</summary>
    public int MinLeaf
    {
        get => _minLeaf;
        init => _minLeaf = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MinLeaf), value, "must be at least 1");
    }

    public int Seed { get => _seed; init => _seed = value; }

    /// <summary>Worker threads (0: all cores). The result does not depend on it.</summary>
    public int Threads
    {
        get => _threads;
        init => _threads = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Threads), value, "must be at least 0");
    }

    /// <summary>Inputs tried at each node for <paramref name="inputs"/> inputs.</summary>
    public int FeaturesPerNode(int inputs)
    {
        double share = MaxFeatures ?? (Kind == ForestKind.ExtraTrees ? 1.0 : 1.0 / 3);
        return Math.Clamp((int)Math.Ceiling(share * inputs - 1e-9), 1, inputs);
    }
}
