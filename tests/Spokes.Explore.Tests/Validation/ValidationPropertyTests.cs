using CsCheck;
using Spokes.Explore.Samplers;
using Spokes.Explore.Validation;

namespace Spokes.Explore.Tests.Validation;

/// <summary>Properties that must hold for any input, checked on random ones (CsCheck).</summary>
public class ValidationPropertyTests
{
    [Fact]
    public void Quantiles_are_monotone_in_p_and_lie_between_the_extremes()
    {
        Gen.Double[-1e6, 1e6].Array[1, 50].Select(Gen.Double[0, 1], Gen.Double[0, 1]).Sample((x, p, q) =>
        {
            var sorted = x.Order().ToArray();
            double a = Quantiles.Type7(sorted, Math.Min(p, q)), b = Quantiles.Type7(sorted, Math.Max(p, q));
            return a <= b && a >= sorted[0] && b <= sorted[^1];
        }, iter: 500);
    }

    [Fact]
    public void Rhat_ignores_affine_maps_and_the_bulk_ess_any_increasing_map()
    {
        Gen.Select(Gen.Int[1, 5], Gen.Int[8, 60], Gen.Int, Gen.Double[0.1, 10], Gen.Double[-5, 5]).Sample((m, n, seed, a, b) =>
        {
            var random = SeededRandom.Create(seed);
            var chains = Enumerable.Range(0, m).Select(c => Enumerable.Range(0, n).Select(_ => c * 0.3 + random.NextDouble()).ToArray()).ToArray();
            var affine = chains.Select(c => c.Select(x => a * x + b).ToArray()).ToArray();
            var scaled = chains.Select(c => c.Select(x => Math.ScaleB(x, (int)b)).ToArray()).ToArray();
            var cubed = chains.Select(c => c.Select(x => Math.Pow(x, 3) + x).ToArray()).ToArray();
            return Math.Abs(ConvergenceDiagnostics.SplitRhat(chains) - ConvergenceDiagnostics.SplitRhat(affine)) < 1e-9
                // The folded (tail) half of the rank R̂ ranks |x − median|, which only affine maps preserve; and with an
                // even count the two middle draws tie exactly there, a tie rounding may break: scale by a power of two.
                && ConvergenceDiagnostics.RankNormalizedRhat(chains) == ConvergenceDiagnostics.RankNormalizedRhat(scaled)
                && Math.Abs(ConvergenceDiagnostics.BulkEffectiveSampleSize(chains) - ConvergenceDiagnostics.BulkEffectiveSampleSize(cubed)) < 1e-9;
        }, iter: 200);
    }

    [Fact]
    public void Rmse_is_at_least_mae_and_unit_counts_add_up_to_the_pooled_count()
    {
        var record = Gen.Select(Gen.Int[0, 3], Gen.Int[1, 4], Gen.Double[-3, 3], Gen.Double[-3, 3], Gen.Double[-3, 3])
            .Select((u, h, b, p, o) => new ForecastRecord("U" + u, 2000, h, b, p, o, [new ForecastInterval(0.8, p - 0.5, p + 0.5)]));
        record.Array[1, 40].Sample(records =>
        {
            foreach (var h in ForecastScores.Score(records))
            {
                if (h.Pooled.Rmse < h.Pooled.Mae - 1e-12 || h.Units.Sum(u => u.Count) != h.Pooled.Count) return false;
                if (h.Sign.Correct > h.Sign.Cases || h.Coverage.Single().Cases != h.Pooled.Count) return false;
            }
            return true;
        }, iter: 300);
    }
}
