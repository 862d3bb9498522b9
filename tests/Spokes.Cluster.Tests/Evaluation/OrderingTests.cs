using Spokes.Cluster.Contracts;
using Spokes.Cluster.Evaluation;
using Spokes.Explore.Evaluation;
using Spokes.Explore.Experiments;

namespace Spokes.Cluster.Tests.Evaluation;

/// <summary>The evaluator's ordering and retry contract, without a cluster: a caller that runs blocks in this process.</summary>
public sealed class OrderingTests
{
    [Fact]
    public async Task Blocks_finishing_out_of_order_reach_the_sink_in_index_order_once_each()
    {
        using var temp = new TempDirectory();
        var (file, settings, matrix) = Designs.Load(temp.Path);
        var caller = new LocalCaller(matrix, first => TimeSpan.FromMilliseconds(first % 48 == 0 ? 60 : 1)); // every third block late
        var sink = new RecordingSink();
        var report = await new ClusterEvaluator(caller, new ClusterEvaluationOptions { BlockSize = Designs.BlockSize, MaxInFlight = 5 })
            .EvaluateAsync(Designs.Job(file, settings), matrix, sink);

        Assert.Equal(Enumerable.Range(0, 25).Select(b => (long)b * Designs.BlockSize), sink.Firsts);
        Assert.Equal(25, report.Blocks);
        var local = new InMemorySink();
        new BlockEvaluator(new EvaluationOptions { Threads = 1, BlockSize = Designs.BlockSize }).Evaluate(matrix, local);
        Assert.Equal(local.Scalars, sink.Memory.Scalars);
        Assert.Equal(local.SeriesColumn(matrix, 0, 3), sink.Memory.SeriesColumn(matrix, 0, 3));
    }

    [Fact]
    public async Task A_resumed_run_starts_at_the_given_block()
    {
        using var temp = new TempDirectory();
        var (file, settings, matrix) = Designs.Load(temp.Path);
        var sink = new RecordingSink();
        await new ClusterEvaluator(new LocalCaller(matrix, _ => TimeSpan.Zero), new ClusterEvaluationOptions { BlockSize = Designs.BlockSize })
            .EvaluateAsync(Designs.Job(file, settings), matrix, sink, start: 20 * Designs.BlockSize);
        Assert.Equal([320L, 336, 352, 368, 384], sink.Firsts);
        await Assert.ThrowsAsync<ArgumentException>(() => new ClusterEvaluator(new LocalCaller(matrix, _ => TimeSpan.Zero), new ClusterEvaluationOptions { BlockSize = Designs.BlockSize })
            .EvaluateAsync(Designs.Job(file, settings), matrix, sink, start: 5));
    }

    [Fact]
    public async Task Cancelling_stops_the_run_and_leaves_no_call_running()
    {
        using var temp = new TempDirectory();
        var (file, settings, matrix) = Designs.Load(temp.Path);
        using var cancel = new CancellationTokenSource();
        var sink = new RecordingSink { AfterWrite = () => cancel.Cancel() };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new ClusterEvaluator(new LocalCaller(matrix, _ => TimeSpan.FromMilliseconds(20)), new ClusterEvaluationOptions { BlockSize = Designs.BlockSize })
                .EvaluateAsync(Designs.Job(file, settings), matrix, sink, cancel: cancel.Token));
        Assert.Single(sink.Firsts);
    }

    [Fact]
    public void Options_are_checked()
    {
        Assert.Throws<ArgumentException>(() => new ClusterEvaluator(new NeverCaller(), new ClusterEvaluationOptions { MaxInFlight = 0 }));
        Assert.Throws<ArgumentException>(() => new ClusterEvaluator(new NeverCaller(), new ClusterEvaluationOptions { BlockTimeout = TimeSpan.Zero }));
    }
}

internal sealed class NeverCaller : IBlockCaller
{
    public Task<BlockResult> Call(BlockRequest request, CancellationToken cancel) => new TaskCompletionSource<BlockResult>().Task;
}

/// <summary>Runs blocks in this process after a delay (so they can finish out of order).</summary>
internal sealed class LocalCaller(ExperimentMatrix matrix, Func<long, TimeSpan> delay) : IBlockCaller
{
    private readonly BlockComputation _computation = new(matrix);

    public async Task<BlockResult> Call(BlockRequest request, CancellationToken cancel)
    {
        await Task.Delay(delay(request.First), cancel);
        var (scalars, series) = _computation.Run(request.First, request.Count, 1, cancel);
        return new BlockResult
        {
            First = request.First,
            Count = request.Count,
            Scalars = scalars,
            Series = series,
            InputsHash = BlockComputation.InputsHash(matrix, request.First, request.Count),
            Silo = "local",
        };
    }
}

internal sealed class RecordingSink : IResultSink
{
    public List<long> Firsts { get; } = [];
    public InMemorySink Memory { get; } = new();
    public Action? AfterWrite { get; init; }

    public void WriteBlock(ExperimentMatrix matrix, long first, int count, double[] scalars, double[] series)
    {
        Firsts.Add(first);
        Memory.WriteBlock(matrix, first, count, scalars, series);
        AfterWrite?.Invoke();
    }
}
