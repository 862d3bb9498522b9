namespace Spokes.Cluster.Contracts;

/// <summary>
/// Runs one block of experiments on whichever silo it is placed on. Stateless: the client calls a fresh key per call
/// (so random placement spreads blocks over the silos and a retry can land elsewhere).
/// </summary>
[Alias("spokes.IExperimentBlockGrain")]
public interface IExperimentBlockGrain : IGrainWithGuidKey
{
    [Alias("Run")]
    Task<BlockResult> Run(BlockRequest request);
}
