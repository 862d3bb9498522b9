using Spokes.Cluster.Contracts;

namespace Spokes.Cluster.Evaluation;

/// <summary>Sends one block to be run somewhere. Each call may land on a different silo.</summary>
public interface IBlockCaller
{
    Task<BlockResult> Call(BlockRequest request, CancellationToken cancel);
}

/// <summary>Calls <see cref="IExperimentBlockGrain"/> under a fresh key per call, so every call (a retry too) is placed anew.</summary>
public sealed class GrainBlockCaller(IGrainFactory grains) : IBlockCaller
{
    public Task<BlockResult> Call(BlockRequest request, CancellationToken cancel) =>
        grains.GetGrain<IExperimentBlockGrain>(Guid.NewGuid()).Run(request);
}
