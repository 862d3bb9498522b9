using Orleans.Placement;
using Spokes.Cluster.Contracts;
using Spokes.Cluster.Evaluation;

namespace Spokes.Cluster.Grains;

/// <summary>
/// Runs a block on the silo it was placed on (random placement), off the Orleans scheduler on the thread pool, with
/// all the silo's cores. Deactivates after each call: the client uses a fresh key per block.
/// </summary>
[RandomPlacement]
public sealed class ExperimentBlockGrain(MatrixCache cache, ILocalSiloDetails silo) : Grain, IExperimentBlockGrain
{
    public async Task<BlockResult> Run(BlockRequest request)
    {
        try
        {
            var computation = cache.Get(request.Job);
            if (computation.Matrix.ExperimentCount != request.ExperimentCount)
                throw new InvalidOperationException(
                    $"the silo's matrix has {computation.Matrix.ExperimentCount} experiments, the client's {request.ExperimentCount}: different Spokes versions?");
            var (scalars, series) = await Task.Run(() => computation.Run(request.First, request.Count, Environment.ProcessorCount, lanes: request.Job.Lanes));
            return new BlockResult
            {
                First = request.First,
                Count = request.Count,
                Scalars = scalars,
                Series = series,
                InputsHash = BlockComputation.InputsHash(computation.Matrix, request.First, request.Count),
                Silo = silo.SiloAddress.ToString(),
            };
        }
        finally
        {
            DeactivateOnIdle();
        }
    }
}
