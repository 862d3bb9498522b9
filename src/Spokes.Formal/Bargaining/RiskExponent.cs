namespace Spokes.Formal.Bargaining;

/// <summary>
/// Each actor's risk exponent from the danger it faces (Bueno de Mesquita 1994; Scholz, Calbert &amp; Smith
/// 2011). With every r = 1, the danger to actor i is what all others expect to gain by challenging it, judged
/// from i's viewpoint: D_i = Σ_{j≠i} EU^i(j → i). Relative to the most and least endangered actors,
/// R_i = (2·D_i − D_max − D_min)/(D_max − D_min) ∈ [−1, 1], and r_i = (1 − R_i/3)/(1 + R_i/3) ∈ [0.5, 2]:
/// the most endangered actor is the most risk acceptant (r = 0.5), the safest the most risk averse (r = 2).
/// When every actor faces the same danger (D_max = D_min, e.g. all hold one position) R_i = 0 and r_i = 1; the
/// replication would divide by zero there.
/// </summary>
public static class RiskExponent
{
    /// <summary>D_i = Σ_{j≠i} EU^i(j → i), computed by <paramref name="neutral"/> (built with every r = 1).</summary>
    public static double[] Dangers(ExpectedUtility neutral)
    {
        int n = neutral.Count;
        var danger = new double[n];
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            for (int j = 0; j < n; j++)
                if (j != i) sum += neutral.Challenge(i, j, i);
            danger[i] = sum;
        }
        return danger;
    }

    /// <summary>r_i = (1 − R_i/3)/(1 + R_i/3) with R_i = (2·D_i − D_max − D_min)/(D_max − D_min).</summary>
    public static double[] FromDangers(IReadOnlyList<double> dangers)
    {
        double max = dangers.Max(), min = dangers.Min();
        var r = new double[dangers.Count];
        for (int i = 0; i < r.Length; i++)
        {
            double big = max > min ? (2 * dangers[i] - max - min) / (max - min) : 0;
            r[i] = (1 - big / 3) / (1 + big / 3);
        }
        return r;
    }
}
