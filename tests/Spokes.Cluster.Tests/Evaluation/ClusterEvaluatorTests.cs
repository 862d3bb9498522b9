using Spokes.Cluster.Contracts;
using Spokes.Cluster.Evaluation;
using Spokes.Cluster.Grains;
using Microsoft.Extensions.DependencyInjection;

namespace Spokes.Cluster.Tests.Evaluation;

public sealed class ClusterEvaluatorTests(TwoSiloCluster fixture) : IClassFixture<TwoSiloCluster>
{
    private ClusterEvaluationOptions Options => new() { BlockSize = Designs.BlockSize, MaxInFlight = 6, BlockTimeout = TimeSpan.FromSeconds(20), RetryDelay = TimeSpan.FromMilliseconds(10) };

    private async Task<(ClusterEvaluationReport Report, string Output)> RunOnCluster(IBlockCaller caller, ClusterEvaluationOptions? options = null)
    {
        var output = fixture.NewOutput();
        var writer = Designs.Writer(fixture.Settings, output);
        var report = await new ClusterEvaluator(caller, options ?? Options)
            .EvaluateAsync(Designs.Job(fixture.File, fixture.Settings), fixture.Matrix, writer);
        writer.Complete();
        return (report, output);
    }

    [Fact]
    public async Task Two_silos_write_the_same_bytes_as_the_local_evaluator()
    {
        var (report, output) = await RunOnCluster(new GrainBlockCaller(fixture.Cluster.Client));

        Designs.AssertSameFiles(fixture.LocalResults, output);
        Assert.Equal(400, fixture.Matrix.ExperimentCount);
        Assert.Equal(25, report.Blocks);
        Assert.Equal(0, report.Retries);
        // 25 blocks placed at random on 2 silos: all on one has probability 2^-24.
        Assert.Equal(2, report.BlocksPerSilo.Count);
        // Each silo rebuilt the matrix once, however many blocks it ran.
        foreach (var silo in fixture.Cluster.Silos)
            Assert.InRange(silo.ServiceProvider.GetRequiredService<MatrixCache>().Builds, 1, 1);
    }

    [Fact]
    public async Task A_failed_call_is_sent_again_and_the_result_is_unchanged()
    {
        var flaky = new FlakyCaller(new GrainBlockCaller(fixture.Cluster.Client), failFirst: 64, hang: false);
        var (report, output) = await RunOnCluster(flaky);

        Designs.AssertSameFiles(fixture.LocalResults, output);
        Assert.Equal(1, report.Retries);
        Assert.Equal(2, flaky.CallsFor(64));
        Assert.Equal(1, flaky.CallsFor(0));
    }

    [Fact]
    public async Task A_call_that_never_answers_times_out_and_is_sent_again()
    {
        var flaky = new FlakyCaller(new GrainBlockCaller(fixture.Cluster.Client), failFirst: 128, hang: true);
        var (report, output) = await RunOnCluster(flaky, Options with { BlockTimeout = TimeSpan.FromSeconds(2) });

        Designs.AssertSameFiles(fixture.LocalResults, output);
        // The hung call must be abandoned and resent. On a loaded machine an ordinary block can also outlast the
        // 2 s limit and be resent (a CI run at load 46 counted 7 retries), so only the lower bounds are the contract;
        // identical files prove no resend changed a result.
        Assert.InRange(report.Retries, 1, int.MaxValue);
        Assert.InRange(flaky.CallsFor(128), 2, int.MaxValue);
    }

    [Fact]
    public async Task A_silo_that_rebuilds_other_inputs_stops_the_run()
    {
        // The silos get a job with another seed than the client's matrix: their inputs differ, a retry cannot help.
        var caller = new RewritingCaller(new GrainBlockCaller(fixture.Cluster.Client), r => r with { Job = r.Job with { Seed = r.Job.Seed + 1 } });
        var output = fixture.NewOutput();
        var writer = Designs.Writer(fixture.Settings, output);
        await Assert.ThrowsAsync<ClusterMismatchException>(() =>
            new ClusterEvaluator(caller, Options).EvaluateAsync(Designs.Job(fixture.File, fixture.Settings), fixture.Matrix, writer));
    }

    [Fact]
    public async Task A_block_that_fails_every_time_fails_the_run_after_the_last_attempt()
    {
        var caller = new RewritingCaller(new GrainBlockCaller(fixture.Cluster.Client), r => r.First == 32 ? r with { First = 10_000 } : r);
        var output = fixture.NewOutput();
        var writer = Designs.Writer(fixture.Settings, output);
        var logged = new List<string>();
        await Assert.ThrowsAnyAsync<Exception>(() =>
            new ClusterEvaluator(caller, Options with { MaxAttempts = 3 }, m => { lock (logged) logged.Add(m); })
                .EvaluateAsync(Designs.Job(fixture.File, fixture.Settings), fixture.Matrix, writer));
        Assert.Equal(2, logged.Count);
        Assert.All(logged, m => Assert.StartsWith("block 32+16: attempt", m));
    }
}

/// <summary>Fails (or never answers) the first call for one block, passes every other call through.</summary>
internal sealed class FlakyCaller(IBlockCaller inner, long failFirst, bool hang) : IBlockCaller
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, int> _calls = new();

    public int CallsFor(long first) => _calls.GetValueOrDefault(first);

    public Task<BlockResult> Call(BlockRequest request, CancellationToken cancel)
    {
        int n = _calls.AddOrUpdate(request.First, 1, (_, c) => c + 1);
        if (request.First == failFirst && n == 1)
            return hang ? new TaskCompletionSource<BlockResult>().Task : Task.FromException<BlockResult>(new TimeoutException("silo lost (simulated)"));
        return inner.Call(request, cancel);
    }
}

internal sealed class RewritingCaller(IBlockCaller inner, Func<BlockRequest, BlockRequest> rewrite) : IBlockCaller
{
    public Task<BlockResult> Call(BlockRequest request, CancellationToken cancel) => inner.Call(rewrite(request), cancel);
}
