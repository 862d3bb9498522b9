namespace Spokes.Cluster.Contracts;

/// <summary>
/// The outcomes of one block, laid out as <see cref="Spokes.Explore.Evaluation.IResultSink.WriteBlock"/> takes them:
/// scalars experiment-major ([i * scalarOutcomes + o]), series experiment- then outcome-major ([(i * seriesOutcomes + o) * years + y]).
/// </summary>
[GenerateSerializer, Immutable, Alias("spokes.BlockResult")]
public sealed record BlockResult
{
    [Id(0)] public long First { get; init; }
    [Id(1)] public int Count { get; init; }
    [Id(2)] public double[] Scalars { get; init; } = [];
    [Id(3)] public double[] Series { get; init; } = [];
    /// <summary>SHA-256 of the block's input rows as the silo rebuilt them: the client checks it against its own matrix.</summary>
    [Id(4)] public string InputsHash { get; init; } = "";
    /// <summary>Which silo ran it (diagnostics only).</summary>
    [Id(5)] public string Silo { get; init; } = "";
}
