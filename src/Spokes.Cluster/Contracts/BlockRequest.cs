namespace Spokes.Cluster.Contracts;

/// <summary>Run experiments <see cref="First"/> … <see cref="First"/> + <see cref="Count"/> − 1 of the job's matrix.</summary>
[GenerateSerializer, Immutable, Alias("spokes.BlockRequest")]
public sealed record BlockRequest
{
    [Id(0)] public ExperimentJob Job { get; init; } = new();
    [Id(1)] public long First { get; init; }
    [Id(2)] public int Count { get; init; }
    /// <summary>The experiment count the client's matrix has: a silo whose rebuilt matrix differs refuses the block.</summary>
    [Id(3)] public long ExperimentCount { get; init; }
}
