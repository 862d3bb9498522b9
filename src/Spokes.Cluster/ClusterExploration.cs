using Microsoft.Extensions.DependencyInjection;
using Spokes.Cluster.Contracts;
using Spokes.Cluster.Evaluation;
using Spokes.Cluster.Hosting;
using Spokes.Explore.Evaluation;
using Spokes.Explore.Experiments;

namespace Spokes.Cluster;

/// <summary>The client side of `spokes explore --cluster`: connect, evaluate through the silos, disconnect.</summary>
public static class ClusterExploration
{
    /// <summary>How long connecting to the gateways may take before the cluster counts as unreachable.</summary>
    public static readonly TimeSpan DefaultConnectTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Evaluates <paramref name="matrix"/> (built locally from <paramref name="settings"/>, which were read from
    /// <paramref name="file"/>; null: the built-in scenario) on the cluster reached through <paramref name="gateways"/>
    /// (comma-separated HOST:PORT), handing blocks to <paramref name="sink"/> in index order, as
    /// <see cref="BlockEvaluator.Evaluate"/> does with the same <paramref name="blockSize"/> and <paramref name="start"/>,
    /// in SIMD lock-step with <paramref name="lanes"/> lanes (0: single runs; a silo with other lanes refuses the job).
    /// With <paramref name="redis"/>, the gateways are those the silos registered in Redis and
    /// <paramref name="gateways"/> is not used; otherwise <paramref name="clusterId"/> must match the silos'.
    /// </summary>
    public static async Task<ClusterEvaluationReport> EvaluateAsync(string gateways, string? file, ExperimentSettings settings,
        ExperimentMatrix matrix, IResultSink sink, int blockSize, long start = 0, IProgress<long>? progress = null,
        Action<string>? log = null, CancellationToken cancel = default, TimeSpan? connectTimeout = null,
        RedisClustering? redis = null, string clusterId = SiloHost.ClusterId, int lanes = 0)
    {
        var job = ExperimentJob.From(file, settings) with { Lanes = lanes };
        using var host = redis is null
            ? ClusterClientHost.Build(gateways.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(SiloHost.ParseEndpoint).ToArray(), clusterId: clusterId)
            : ClusterClientHost.Build(redis);
        var where = redis is null ? $"at {gateways}" : $"through {redis}";
        var limit = connectTimeout ?? DefaultConnectTimeout;
        try
        {
            // Orleans keeps retrying an unreachable gateway for minutes: bound the wait.
            using var connect = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            connect.CancelAfter(limit);
            await host.StartAsync(connect.Token).WaitAsync(limit, cancel).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancel.IsCancellationRequested)
        {
            throw new ClusterUnavailableException(e is TimeoutException or OperationCanceledException
                ? $"cannot reach the Spokes cluster {where}: no gateway answered within {limit.TotalSeconds:0} s"
                : $"cannot reach the Spokes cluster {where}: {e.Message}", e);
        }
        try
        {
            var client = host.Services.GetRequiredService<IClusterClient>();
            var evaluator = new ClusterEvaluator(new GrainBlockCaller(client), new ClusterEvaluationOptions { BlockSize = blockSize }, log);
            return await evaluator.EvaluateAsync(job, matrix, sink, progress, cancel, start).ConfigureAwait(false);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }
}

/// <summary>No gateway of the cluster answered.</summary>
public sealed class ClusterUnavailableException(string message, Exception inner) : Exception(message, inner);
