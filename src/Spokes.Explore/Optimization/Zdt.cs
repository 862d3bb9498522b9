namespace Spokes.Explore.Optimization;

/// <summary>
/// Test problems of Zitzler, Deb &amp; Thiele (2000), "Comparison of multiobjective evolutionary algorithms: empirical
/// results", Evol. Comput. 8(2):173–195. Used to validate the optimiser (docs/optimization.md).
/// </summary>
public static class Zdt
{
    /// <summary>
    /// ZDT1: n variables in [0, 1]; f₁ = x₁, g = 1 + 9·Σ_{i≥2} x_i/(n − 1), f₂ = g·(1 − √(f₁/g)). The Pareto front is
    /// f₂ = 1 − √f₁ for f₁ ∈ [0, 1] (g = 1), whose hypervolume with reference (1, 1) is ∫₀¹ (1 − (1 − √f₁)) df₁ = 2/3.
    /// </summary>
    public static Problem Zdt1(int variables = 30)
    {
        Checks.AtLeast(variables, 2, nameof(variables));
        var vars = Enumerable.Range(1, variables).Select(i => DecisionVariable.Real($"x{i}", 0, 1)).ToArray();
        return new Problem(vars, 2, x =>
        {
            double f1 = x[0];
            double sum = 0;
            for (int i = 1; i < x.Length; i++) sum += x[i];
            double g = 1 + 9 * sum / (x.Length - 1);
            return [f1, g * (1 - Math.Sqrt(f1 / g))];
        }, ["f1", "f2"]);
    }

    /// <summary>Points on ZDT1's front f₂ = 1 − √f₁ at f₁ = 0, 1/(n − 1), …, 1: the reference front of GD, IGD and ε+.</summary>
    public static IReadOnlyList<double[]> Zdt1Front(int points = 1001)
    {
        Checks.AtLeast(points, 2, nameof(points));
        return Enumerable.Range(0, points).Select(i => (double)i / (points - 1)).Select(f1 => new[] { f1, 1 - Math.Sqrt(f1) }).ToArray();
    }

    /// <summary>The hypervolume of ZDT1's true front with reference (1, 1): ∫₀¹ √f₁ df₁ = 2/3.</summary>
    public const double Zdt1FrontHypervolume = 2.0 / 3.0;
}
