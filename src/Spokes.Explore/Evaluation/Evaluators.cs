using System.Diagnostics;
using Spokes.Explore.Experiments;

namespace Spokes.Explore.Evaluation;

/// <summary>Receives evaluated experiments block by block, in index order.</summary>
public interface IResultSink
{
    void WriteBlock(ExperimentMatrix matrix, long first, int count, double[] scalars, double[] series);
}

/// <summary>Keeps every outcome in memory (for analyses that need them all, such as Sobol indices).</summary>
public sealed class InMemorySink : IResultSink
{
    private readonly List<double> _scalars = [];
    private readonly List<double> _series = [];

    /// <summary>Scalar outcomes, experiment-major: [experiment * outcomes + outcome].</summary>
    public IReadOnlyList<double> Scalars => _scalars;

    public void WriteBlock(ExperimentMatrix matrix, long first, int count, double[] scalars, double[] series)
    {
        _scalars.AddRange(scalars.AsSpan(0, count * matrix.Design.ScalarOutcomeCount).ToArray());
        _series.AddRange(series.AsSpan(0, count * matrix.Design.SeriesOutcomeCount * matrix.Design.Years).ToArray());
    }

    /// <summary>The values of series outcome <paramref name="outcome"/> in simulated year <paramref name="yearIndex"/> (0 = first simulated year) for every experiment.</summary>
    public double[] SeriesColumn(ExperimentMatrix matrix, int outcome, int yearIndex)
    {
        int years = matrix.Design.Years, per = matrix.Design.SeriesOutcomeCount * years;
        var col = new double[_series.Count / Math.Max(per, 1)];
        for (int i = 0; i < col.Length; i++) col[i] = _series[i * per + outcome * years + yearIndex];
        return col;
    }

    /// <summary>The values of scalar outcome <paramref name="outcome"/> for every experiment.</summary>
    public double[] Column(ExperimentMatrix matrix, int outcome)
    {
        int n = matrix.Design.ScalarOutcomeCount;
        var col = new double[_scalars.Count / n];
        for (int i = 0; i < col.Length; i++) col[i] = _scalars[i * n + outcome];
        return col;
    }
}

public sealed record EvaluationOptions
{
    /// <summary>Worker threads; 1 runs sequentially. Results do not depend on it.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;
    /// <summary>Experiments held in memory at once (and written per block).</summary>
    public int BlockSize { get; init; } = 1024;
    /// <summary>Run the experiments in SIMD lock-step where the design allows (<see cref="ModelRunner.CanRunLockstep"/>):
    /// faster, identical at any thread count, but equal to the single runs only within a tolerance (docs/performance.md);
    /// off by default, so results stay bit for bit those of single runs.</summary>
    public bool Lockstep { get; init; }
    /// <summary>Run the experiments on this device (<see cref="GpuBlockRunner"/>) instead of the host's cores; not with
    /// <see cref="Lockstep"/>. The caller owns the device and disposes it after the evaluation.</summary>
    public Spokes.Gpu.GpuDevice? Gpu { get; init; }

    public void Validate()
    {
        if (Threads < 1) throw new ArgumentException("threads must be at least 1");
        if (BlockSize < 1) throw new ArgumentException("block size must be at least 1");
        if (Lockstep && Gpu is not null) throw new ArgumentException("lock-step and the GPU are two ways to run a block: choose one");
    }
}

/// <summary>
/// Evaluates every experiment of a matrix, a block at a time: the experiments of a block run in parallel, each from
/// its own seed (<see cref="ExperimentMatrix.SeedFor"/>) into its own slot of the block's buffers, and the block is
/// handed to the sink in index order. So results are identical whatever the thread count, and memory is bounded by
/// the block size, not by the number of experiments.
/// </summary>
public sealed class BlockEvaluator
{
    private readonly EvaluationOptions _options;

    public BlockEvaluator(EvaluationOptions options)
    {
        options.Validate();
        _options = options;
    }

    /// <param name="start">the first experiment to run (a multiple of the block size): experiments before it were
    /// finished by an earlier, interrupted run.</param>
    /// <remarks>With more than one thread, block k is handed to the sink on a task of its own while block k + 1 runs:
    /// the sink still receives the blocks one at a time and in order (each hand-over waits for the previous one), and
    /// a failure or cancellation waits for the write in progress before it reaches the caller.</remarks>
    public TimeSpan Evaluate(ExperimentMatrix matrix, IResultSink sink, IProgress<long>? progress = null, CancellationToken cancel = default, long start = 0)
    {
        if (start < 0 || start % _options.BlockSize != 0) throw new ArgumentException("the start must be a multiple of the block size", nameof(start));
        var watch = Stopwatch.StartNew();
        var runner = new ModelRunner(matrix);
        using var gpu = _options.Gpu is { } device ? new GpuBlockRunner(runner, device) : null;
        var d = matrix.Design;
        int ns = d.ScalarOutcomeCount, nt = d.SeriesOutcomeCount * d.Years, block = _options.BlockSize;
        bool overlap = _options.Threads > 1;
        bool lockstep = _options.Lockstep && runner.CanRunLockstep;
        var buffers = new (double[] Scalars, double[] Series)[overlap ? 2 : 1];
        for (int b = 0; b < buffers.Length; b++) buffers[b] = (new double[block * ns], new double[block * nt]);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.Threads, CancellationToken = cancel };
        Task writing = Task.CompletedTask;
        try
        {
            for (long first = start, k = 0; first < matrix.ExperimentCount; first += block, k++)
            {
                int count = (int)Math.Min(block, matrix.ExperimentCount - first);
                long from = first;
                var (scalars, series) = buffers[k % buffers.Length];
                if (gpu is not null)
                    gpu.RunBlock(from, count, scalars.AsSpan(0, count * ns), series.AsSpan(0, count * nt), cancel);
                else if (lockstep)
                    runner.RunBlock(from, count, scalars.AsSpan(0, count * ns), series.AsSpan(0, count * nt), parallel);
                else if (_options.Threads == 1)
                    for (int i = 0; i < count; i++) Run(runner, from, i, ns, nt, scalars, series);
                else
                    Parallel.For(0, count, parallel, i => Run(runner, from, i, ns, nt, scalars, series));
                cancel.ThrowIfCancellationRequested();
                writing.GetAwaiter().GetResult(); // the previous block is written (or its failure is thrown here)
                void Write()
                {
                    sink.WriteBlock(matrix, from, count, scalars, series);
                    progress?.Report(from + count);
                }
                // Its own thread, not the pool's: the pool's threads are busy running the next block.
                if (overlap) writing = Task.Factory.StartNew(Write, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
                else Write();
            }
            writing.GetAwaiter().GetResult();
        }
        catch
        {
            // The files must not change under a caller that has seen the failure: let a write in progress end first.
            try { writing.Wait(); }
            catch (AggregateException) { } // the failure already on its way out is the one reported
            throw;
        }
        return watch.Elapsed;
    }

    private static void Run(ModelRunner runner, long first, int i, int ns, int nt, double[] scalars, double[] series) =>
        runner.Run(first + i, scalars.AsSpan(i * ns, ns), series.AsSpan(i * nt, nt));
}
