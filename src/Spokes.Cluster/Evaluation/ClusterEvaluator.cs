using System.Diagnostics;
using Spokes.Cluster.Contracts;
using Spokes.Explore.Evaluation;
using Spokes.Explore.Experiments;

namespace Spokes.Cluster.Evaluation;

public sealed record ClusterEvaluationOptions
{
    /// <summary>Experiments per block: one grain call, one sink block. Must equal the sink's block size (ResultWriter).</summary>
    public int BlockSize { get; init; } = 1024;
    /// <summary>Blocks sent and not yet written at once (bounds the client's memory to this many blocks).</summary>
    public int MaxInFlight { get; init; } = 8;
    /// <summary>Calls per block before the evaluation fails.</summary>
    public int MaxAttempts { get; init; } = 10;
    /// <summary>Wait before the first resend; doubled after each further failure up to <see cref="MaxRetryDelay"/>.
    /// Until the cluster declares a killed silo dead (tens of seconds), random placement can still pick it: the
    /// attempts must span that time (the defaults wait about 75 s in all).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(15);
    /// <summary>A call that has not answered within this time is abandoned and the block sent again. Once blocks have
    /// finished, the limit tightens to <see cref="SlowFactor"/> × the moving average of block times (at least
    /// <see cref="MinBlockTimeout"/>), so a call stuck on a silo that died is noticed quickly.</summary>
    public TimeSpan BlockTimeout { get; init; } = TimeSpan.FromMinutes(10);
    /// <summary>The shortest the adaptive limit gets.</summary>
    public TimeSpan MinBlockTimeout { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>How many times slower than the average block a call may be before it is sent again.</summary>
    public double SlowFactor { get; init; } = 10;

    public void Validate()
    {
        if (BlockSize < 1) throw new ArgumentException("block size must be at least 1");
        if (MaxInFlight < 1) throw new ArgumentException("at least one block must be in flight");
        if (MaxAttempts < 1) throw new ArgumentException("at least one attempt per block");
        if (BlockTimeout <= TimeSpan.Zero || MinBlockTimeout <= TimeSpan.Zero) throw new ArgumentException("the block timeouts must be positive");
        if (RetryDelay < TimeSpan.Zero || MaxRetryDelay < RetryDelay) throw new ArgumentException("retry delays must satisfy 0 <= RetryDelay <= MaxRetryDelay");
        if (!(SlowFactor >= 1)) throw new ArgumentException("the slow factor must be at least 1");
    }
}

/// <summary>What a clustered evaluation did.</summary>
public sealed record ClusterEvaluationReport(TimeSpan Elapsed, long Blocks, int Retries, IReadOnlyDictionary<string, long> BlocksPerSilo);

/// <summary>The silos rebuilt a different matrix than the client's: retrying cannot help.</summary>
public sealed class ClusterMismatchException(string message) : Exception(message);

/// <summary>
/// Evaluates a matrix on an Orleans cluster: splits it into blocks, keeps up to
/// <see cref="ClusterEvaluationOptions.MaxInFlight"/> of them running on the silos, and hands the results to the sink
/// strictly in index order, each block exactly once — the same sink calls as <see cref="BlockEvaluator"/>, so the
/// result files are byte-identical to a local run. A call that fails or times out (a lost silo) is sent again under a
/// new grain key, so it is placed anew; a block whose silo returned inputs different from the client's matrix stops the
/// run (<see cref="ClusterMismatchException"/>).
/// </summary>
public sealed class ClusterEvaluator
{
    private readonly IBlockCaller _caller;
    private readonly ClusterEvaluationOptions _options;
    private readonly Action<string>? _log;

    /// <param name="log">told about each failed call (block, attempt, reason); may be called from several threads.</param>
    public ClusterEvaluator(IBlockCaller caller, ClusterEvaluationOptions options, Action<string>? log = null)
    {
        options.Validate();
        _caller = caller;
        _options = options;
        _log = log;
    }

    /// <param name="job">what the silos rebuild; must describe <paramref name="matrix"/> (checked block by block).</param>
    /// <param name="start">the first experiment to run (a multiple of the block size), as in <see cref="BlockEvaluator.Evaluate"/>.</param>
    public async Task<ClusterEvaluationReport> EvaluateAsync(ExperimentJob job, ExperimentMatrix matrix, IResultSink sink,
        IProgress<long>? progress = null, CancellationToken cancel = default, long start = 0)
    {
        int block = _options.BlockSize;
        if (start < 0 || start % block != 0) throw new ArgumentException("the start must be a multiple of the block size", nameof(start));
        var watch = Stopwatch.StartNew();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var window = new Queue<Task<BlockResult>>();
        var perSilo = new Dictionary<string, long>();
        int retries = 0;
        var latency = new BlockLatency();
        long next = start, blocks = 0;
        try
        {
            while (next < matrix.ExperimentCount || window.Count > 0)
            {
                while (window.Count < _options.MaxInFlight && next < matrix.ExperimentCount)
                {
                    var request = new BlockRequest
                    {
                        Job = job,
                        First = next,
                        Count = (int)Math.Min(block, matrix.ExperimentCount - next),
                        ExperimentCount = matrix.ExperimentCount,
                    };
                    window.Enqueue(RunWithRetries(request, matrix, () => Interlocked.Increment(ref retries), latency, stop.Token));
                    next += request.Count;
                }
                var result = await window.Dequeue().ConfigureAwait(false);
                cancel.ThrowIfCancellationRequested();
                sink.WriteBlock(matrix, result.First, result.Count, result.Scalars, result.Series);
                blocks++;
                perSilo[result.Silo] = perSilo.GetValueOrDefault(result.Silo) + 1;
                progress?.Report(result.First + result.Count);
            }
        }
        finally
        {
            if (window.Count > 0)
            {
                // Failing or cancelled: stop the blocks still in flight and observe them, so none is left unobserved.
                await stop.CancelAsync().ConfigureAwait(false);
                try { await Task.WhenAll(window).ConfigureAwait(false); }
                catch (Exception) when (stop.IsCancellationRequested) { }
            }
        }
        return new ClusterEvaluationReport(watch.Elapsed, blocks, retries, perSilo);
    }

    /// <summary>Moving average of how long answered calls took, in one evaluation (zero before the first answer).</summary>
    private sealed class BlockLatency
    {
        /// <summary>Weight of the newest answer: the cold first blocks (JIT, matrix build) fade after a few blocks.</summary>
        private const double Weight = 0.2;
        private readonly Lock _lock = new();
        private double _seconds;

        public TimeSpan Value { get { lock (_lock) return TimeSpan.FromSeconds(_seconds); } }

        public void Observe(TimeSpan t)
        {
            lock (_lock) _seconds = _seconds == 0 ? t.TotalSeconds : (1 - Weight) * _seconds + Weight * t.TotalSeconds;
        }
    }

    private static string FirstLine(string message)
    {
        int end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    private TimeSpan Limit(BlockLatency latency) => latency.Value == TimeSpan.Zero
        ? _options.BlockTimeout
        : TimeSpan.FromTicks(Math.Min(_options.BlockTimeout.Ticks, Math.Max(_options.MinBlockTimeout.Ticks, (long)(_options.SlowFactor * latency.Value.Ticks))));

    /// <summary>Waits for the call, re-reading the (tightening) limit every <see cref="Poll"/>.</summary>
    private async Task<BlockResult> Answer(Task<BlockResult> call, BlockLatency latency, CancellationToken cancel)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var limit = Limit(latency);
            var left = limit - watch.Elapsed;
            if (left <= TimeSpan.Zero) throw new TimeoutException($"no answer within {limit.TotalSeconds:0.#} s");
            try
            {
                var result = await call.WaitAsync(left < Poll ? left : Poll, cancel).ConfigureAwait(false);
                latency.Observe(watch.Elapsed);
                return result;
            }
            catch (TimeoutException) when (!call.IsCompleted) { }
        }
    }

    private async Task<BlockResult> RunWithRetries(BlockRequest request, ExperimentMatrix matrix, Action retried, BlockLatency latency, CancellationToken cancel)
    {
        var expectedHash = BlockComputation.InputsHash(matrix, request.First, request.Count);
        var d = matrix.Design;
        int ns = d.ScalarOutcomeCount, nt = d.SeriesOutcomeCount * d.Years;
        for (int attempt = 1; ; attempt++)
        {
            cancel.ThrowIfCancellationRequested();
            BlockResult result;
            try
            {
                result = await Answer(_caller.Call(request, cancel), latency, cancel).ConfigureAwait(false);
                if (result.First != request.First || result.Count != request.Count
                    || result.Scalars.Length != request.Count * ns || result.Series.Length != request.Count * nt)
                    throw new InvalidOperationException($"malformed result for block {request.First}+{request.Count}");
            }
            catch (Exception e) when (!cancel.IsCancellationRequested && attempt < _options.MaxAttempts)
            {
                var delay = TimeSpan.FromTicks(Math.Min(_options.MaxRetryDelay.Ticks, _options.RetryDelay.Ticks << Math.Min(attempt - 1, 20)));
                _log?.Invoke($"block {request.First}+{request.Count}: attempt {attempt} failed ({e.GetType().Name}: {FirstLine(e.Message)}); sending it again in {delay.TotalSeconds:0.#} s");
                retried();
                await Task.Delay(delay, cancel).ConfigureAwait(false);
                continue;
            }
            if (result.InputsHash != expectedHash)
                throw new ClusterMismatchException(
                    $"silo {result.Silo} rebuilt different inputs for experiments {request.First}..{request.First + request.Count - 1}: it runs another Spokes version or sees other data files");
            return result;
        }
    }
}
