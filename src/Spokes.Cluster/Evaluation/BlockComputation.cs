using System.Security.Cryptography;
using Spokes.Explore.Evaluation;
using Spokes.Explore.Experiments;

namespace Spokes.Cluster.Evaluation;

/// <summary>
/// A rebuilt matrix and its <see cref="ModelRunner"/>: runs a block of experiments exactly as
/// <see cref="BlockEvaluator"/> does (each experiment from its own seed into its own slot), so the outcomes do not
/// depend on which silo or thread ran them. Thread-safe.
/// </summary>
public sealed class BlockComputation
{
    public BlockComputation(ExperimentMatrix matrix)
    {
        Matrix = matrix;
        Runner = new ModelRunner(matrix);
    }

    public ExperimentMatrix Matrix { get; }
    public ModelRunner Runner { get; }

    /// <summary>Runs the block on up to <paramref name="threads"/> threads, in SIMD lock-step when <paramref name="lanes"/>
    /// is not 0 (it must be this processor's <see cref="ModelRunner.LockstepWidth"/>); returns exactly-sized outcome arrays.</summary>
    public (double[] Scalars, double[] Series) Run(long first, int count, int threads, CancellationToken cancel = default, int lanes = 0)
    {
        if (lanes != 0 && lanes != ModelRunner.LockstepWidth)
            throw new InvalidOperationException($"the job runs in lock-step with {lanes} lanes and this silo's processor has {ModelRunner.LockstepWidth}: its results would differ in the last bits");
        CheckRange(Matrix, first, count);
        var d = Matrix.Design;
        int ns = d.ScalarOutcomeCount, nt = d.SeriesOutcomeCount * d.Years;
        var scalars = new double[count * ns];
        var series = new double[count * nt];
        var runner = Runner;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancel };
        if (lanes != 0)
        {
            runner.RunBlock(first, count, scalars, series, parallel);
            return (scalars, series);
        }
        Parallel.For(0, count, parallel,
            i => runner.Run(first + i, scalars.AsSpan(i * ns, ns), series.AsSpan(i * nt, nt)));
        return (scalars, series);
    }

    internal static void CheckRange(ExperimentMatrix matrix, long first, int count)
    {
        if (first < 0 || count < 1 || first + count > matrix.ExperimentCount)
            throw new ArgumentOutOfRangeException(nameof(first), $"block {first}+{count} lies outside the {matrix.ExperimentCount} experiments");
    }

    /// <summary>SHA-256 of the input rows experiments <paramref name="first"/> … + <paramref name="count"/> − 1 use, in order.</summary>
    public static string InputsHash(ExperimentMatrix matrix, long first, int count)
    {
        CheckRange(matrix, first, count);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> bytes = stackalloc byte[8];
        for (long e = first; e < first + count; e++)
        {
            var (s, p) = matrix.Locate(e);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes, p);
            hash.AppendData(bytes[..4]);
            foreach (var v in matrix.Inputs[s])
            {
                System.Buffers.Binary.BinaryPrimitives.WriteDoubleLittleEndian(bytes, v);
                hash.AppendData(bytes);
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
