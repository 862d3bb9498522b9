using System.Globalization;
using MathNet.Numerics;

namespace Spokes.Explore.Discovery;

/// <summary>Quasi-p values of a box's restrictions; see <see cref="QuasiPValue"/>.</summary>
internal static class QuasiP
{
    public static IReadOnlyList<QuasiPValue> For(PrimBox box, PrimData data, int[] population)
    {
        var result = new List<QuasiPValue>();
        if (data.Continuous) return result; // a binomial test needs cases of interest
        foreach (var limit in box.Restrictions)
        {
            int j = limit.Column;
            var sides = limit.Kind == ColumnKind.Categorical
                ? new[] { BoxSide.Categories }
                : new[] { BoxSide.Lower, BoxSide.Upper }.Where(s => s == BoxSide.Lower ? limit.LowerRestricted : limit.UpperRestricted);
            foreach (var side in sides)
            {
                var released = box.Raw.Release(j, side, data.Init);
                var rows = data.InBox(released, population);
                double p = rows.Length > 0 ? (double)data.CountInterest(rows) / rows.Length : 0;
                var text = side switch
                {
                    BoxSide.Lower => string.Create(CultureInfo.InvariantCulture, $"≥ {limit.Lower:G4}"),
                    BoxSide.Upper => string.Create(CultureInfo.InvariantCulture, $"≤ {limit.Upper:G4}"),
                    _ => limit.ToString(),
                };
                result.Add(new QuasiPValue(limit.Name, side, text, UpperTail(box.CasesOfInterest, box.Count, p)));
            }
        }
        return result;
    }

    /// <summary>
    /// P(X ≥ k) for X ~ Binomial(n, p), computed as the regularised incomplete beta function I_p(k, n − k + 1) so that
    /// tiny tails keep their precision (scipy's <c>binomtest(..., alternative="greater")</c> gives the same value).
    /// </summary>
    public static double UpperTail(int k, int n, double p)
    {
        if (k <= 0) return 1;
        if (k > n) return 0;
        if (p <= 0) return 0;
        if (p >= 1) return 1;
        return SpecialFunctions.BetaRegularized(k, n - k + 1, p);
    }
}
