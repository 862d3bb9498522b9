using System.Collections.Concurrent;
using Spokes.Cluster.Contracts;
using Spokes.Cluster.Evaluation;

namespace Spokes.Cluster.Grains;

/// <summary>
/// A silo's rebuilt matrices, keyed by <see cref="ExperimentJob.Fingerprint"/>: the first block of a job parses the
/// scenario and draws the sample once; later blocks of the same job reuse them. Holds the few most recent jobs.
/// Thread-safe (one per silo, registered by <see cref="Hosting.SiloHost.AddSpokesCluster"/>).
/// </summary>
public sealed class MatrixCache
{
    /// <summary>Jobs kept at once; a silo serving more concurrent explorations rebuilds matrices as needed.</summary>
    public const int Capacity = 4;

    private readonly ConcurrentDictionary<string, Lazy<BlockComputation>> _entries = new();
    private readonly ConcurrentQueue<string> _order = new();
    private int _builds;

    /// <summary>Matrices built so far (each job's first block on this silo builds one).</summary>
    public int Builds => Volatile.Read(ref _builds);

    public BlockComputation Get(ExperimentJob job)
    {
        var key = job.Fingerprint();
        var lazy = _entries.GetOrAdd(key, k =>
        {
            _order.Enqueue(k);
            return new Lazy<BlockComputation>(() =>
            {
                Interlocked.Increment(ref _builds);
                return new BlockComputation(job.Matrix());
            }, LazyThreadSafetyMode.ExecutionAndPublication);
        });
        while (_entries.Count > Capacity && _order.TryDequeue(out var old) && old != key) _entries.TryRemove(old, out _);
        try { return lazy.Value; }
        catch
        {
            _entries.TryRemove(key, out _); // a failed build (a bad scenario) is not cached
            throw;
        }
    }
}
