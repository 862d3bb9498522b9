namespace Spokes.Explore.Optimization;

/// <summary>
/// Scalable test problems of Deb, Thiele, Laumanns &amp; Zitzler (2005), "Scalable test problems for evolutionary
/// multiobjective optimization", in Evolutionary Multiobjective Optimization (Springer), 105–145.
/// </summary>
public static class Dtlz
{
    /// <summary>
    /// DTLZ2 with M objectives and n = M − 1 + k variables in [0, 1] (k = 10 recommended):
    /// g = Σ_{i ≥ M} (x_i − 0.5)²; f_1 = (1 + g)·Π_{i &lt; M−1} cos(x_i·π/2), …, f_M = (1 + g)·sin(x_1·π/2).
    /// The Pareto front is the part of the unit sphere in the positive orthant (g = 0).
    /// </summary>
    public static Problem Dtlz2(int objectives = 3, int k = 10)
    {
        Checks.AtLeast(objectives, 2, nameof(objectives));
        Checks.AtLeast(k, 1, nameof(k));
        int n = objectives - 1 + k;
        var vars = Enumerable.Range(1, n).Select(i => DecisionVariable.Real($"x{i}", 0, 1)).ToArray();
        return new Problem(vars, objectives, x =>
        {
            double g = 0;
            for (int i = objectives - 1; i < x.Length; i++) g += (x[i] - 0.5) * (x[i] - 0.5);
            var f = new double[objectives];
            for (int m = 0; m < objectives; m++)
            {
                double v = 1 + g;
                for (int i = 0; i < objectives - 1 - m; i++) v *= Math.Cos(x[i] * Math.PI / 2);
                if (m > 0) v *= Math.Sin(x[objectives - 1 - m] * Math.PI / 2);
                f[m] = v;
            }
            return f;
        }, Enumerable.Range(1, objectives).Select(i => $"f{i}").ToArray());
    }

    /// <summary>
    /// Hypervolume of DTLZ2's front with reference (1, …, 1): the unit cube less the sphere's positive orthant,
    /// 1 − π^{M/2} / (Γ(M/2 + 1)·2^M); for M = 3 that is 1 − π/6.
    /// </summary>
    public static double Dtlz2FrontHypervolume(int objectives) =>
        1 - Math.Pow(Math.PI, objectives / 2.0) / (MathNet.Numerics.SpecialFunctions.Gamma(objectives / 2.0 + 1) * Math.Pow(2, objectives));

    /// <summary>Points on DTLZ2's front for three objectives: a grid of (θ, φ) angles, <paramref name="divisions"/>+1 per side.</summary>
    public static IReadOnlyList<double[]> Dtlz2Front3(int divisions)
    {
        var points = new List<double[]>();
        for (int i = 0; i <= divisions; i++)
            for (int j = 0; j <= divisions; j++)
            {
                double a = Math.PI / 2 * i / divisions, b = Math.PI / 2 * j / divisions;
                points.Add([Math.Cos(a) * Math.Cos(b), Math.Cos(a) * Math.Sin(b), Math.Sin(a)]);
            }
        return points;
    }
}
