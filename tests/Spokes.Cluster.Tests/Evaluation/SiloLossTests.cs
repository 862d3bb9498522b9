using Orleans.TestingHost;
using Spokes.Cluster.Contracts;
using Spokes.Cluster.Evaluation;
using Spokes.Cluster.Hosting;

namespace Spokes.Cluster.Tests.Evaluation;

/// <summary>A silo killed in the middle of a run: its blocks are sent again, to the silo that is left.</summary>
public sealed class SiloLossTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public async Task Killing_a_silo_mid_run_still_writes_the_local_bytes()
    {
        using var temp = new TempDirectory();
        var (file, settings, matrix) = Designs.Load(temp.Path);
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) => silo.AddSpokesCluster());
        await using var cluster = builder.Build();
        await cluster.DeployAsync();
        Designs.RunLocal(settings, matrix, temp.Sub("local"));

        var victim = cluster.Silos[1];
        var killer = new KillingCaller(new GrainBlockCaller(cluster.Client), killAt: 12 * Designs.BlockSize, () => cluster.KillSiloAsync(victim));
        var writer = Designs.Writer(settings, temp.Sub("cluster"));
        var logged = new List<string>();
        var report = await new ClusterEvaluator(killer, new ClusterEvaluationOptions { BlockSize = Designs.BlockSize, MaxInFlight = 8, BlockTimeout = TimeSpan.FromSeconds(5), RetryDelay = TimeSpan.FromMilliseconds(200), MaxRetryDelay = TimeSpan.FromSeconds(2), MaxAttempts = 20 },
                m => { lock (logged) logged.Add(m); })
            .EvaluateAsync(Designs.Job(file, settings), matrix, writer);
        writer.Complete();
        await killer.Killed;

        Designs.AssertSameFiles(temp.Sub("local"), temp.Sub("cluster"));
        Assert.Equal(25, report.Blocks);
        Assert.Equal(report.Retries, logged.Count);
        output.WriteLine($"{report.Retries} retries; blocks per silo: {string.Join(", ", report.BlocksPerSilo.Select(kv => $"{kv.Key}={kv.Value}"))}; {report.Elapsed.TotalSeconds:0.0} s");
        foreach (var m in logged) output.WriteLine(m);
    }
}

/// <summary>Kills a silo when the first call for one block is made, then passes every call through.</summary>
internal sealed class KillingCaller(IBlockCaller inner, long killAt, Func<Task> kill) : IBlockCaller
{
    private readonly TaskCompletionSource _killed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _fired;

    public Task Killed => _killed.Task;

    public Task<BlockResult> Call(BlockRequest request, CancellationToken cancel)
    {
        if (request.First == killAt && Interlocked.Exchange(ref _fired, 1) == 0)
            _ = Task.Run(async () =>
            {
                try { await kill(); _killed.SetResult(); }
                catch (Exception e) { _killed.SetException(e); }
            }, CancellationToken.None);
        return inner.Call(request, cancel);
    }
}
