using MathNet.Numerics.Random;

namespace Spokes.Explore.Discovery;

/// <summary>
/// Resampling stability of a PRIM box, as EMA Workbench's <c>PrimBox.resample</c>: PRIM is run again (same options)
/// on each of <see cref="ResampleOptions.Iterations"/> resamples of the rows — bootstrap (with replacement) by default,
/// or a subsample without replacement — and on each new trajectory two boxes are taken, the one whose coverage is
/// nearest the reference box's and the one whose density is nearest. For every column the result reports the share of
/// resamples in which it is restricted in those boxes. Restrictions found again on most resamples are robust; those
/// found rarely are likely noise. The random source is MathNet's Xoshiro256** seeded with
/// <see cref="ResampleOptions.Seed"/>, so the result is reproducible.
/// </summary>
public static class PrimResampling
{
    public static ResampleResult Run(PrimInput input, PrimOptions prim, PrimBox reference, ResampleOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(options);
        var random = new Xoshiro256StarStar(options.Seed, threadSafe: false);
        int d = input.X.ColumnCount;
        var byCoverage = new int[d];
        var byDensity = new int[d];
        for (int it = 0; it < options.Iterations; it++)
        {
            var rows = Draw(random, input.Count, options);
            var result = Prim.Run(input.Rows(rows), prim);
            var trajectory = result.Trajectory;
            // Regression mode has no coverage: both matches are by the mean.
            var nearCoverage = input.IsContinuous
                ? trajectory.MinBy(b => Math.Abs(b.Mean - reference.Mean))!
                : trajectory.MinBy(b => Math.Abs(b.Coverage - reference.Coverage))!;
            var nearDensity = trajectory.MinBy(b => Math.Abs(b.Density - reference.Density))!;
            foreach (var limit in nearCoverage.Restrictions) byCoverage[limit.Column]++;
            foreach (var limit in nearDensity.Restrictions) byDensity[limit.Column]++;
        }
        double n = options.Iterations;
        var dimensions = Enumerable.Range(0, d)
            .Select(j => (j, s: new DimensionStability(input.X.Columns[j].Name, byCoverage[j] / n, byDensity[j] / n)))
            .OrderByDescending(p => p.s.ReproduceCoverage).ThenByDescending(p => p.s.ReproduceDensity).ThenBy(p => p.j)
            .Select(p => p.s)
            .ToArray();
        return new ResampleResult(reference, options, dimensions);
    }

    private static int[] Draw(Random random, int n, ResampleOptions options)
    {
        if (options.Method == ResampleMethod.Bootstrap)
        {
            var rows = new int[n];
            for (int i = 0; i < n; i++) rows[i] = random.Next(n);
            return rows;
        }
        int k = Math.Max(1, (int)Math.Floor(options.Fraction * n));
        var all = Enumerable.Range(0, n).ToArray();
        for (int i = 0; i < k; i++)
        {
            int swap = i + random.Next(n - i);
            (all[i], all[swap]) = (all[swap], all[i]);
        }
        var chosen = all[..k];
        Array.Sort(chosen);
        return chosen;
    }
}
