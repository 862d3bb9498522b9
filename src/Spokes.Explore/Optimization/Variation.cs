namespace Spokes.Explore.Optimization;

/// <summary>
/// The variation operators of NSGA-II, as in Deb's reference C implementation (nsga2-v1.1): simulated binary crossover
/// (SBX, Deb &amp; Agrawal 1995) with the bounded spread factor, each real variable crossed with probability ½, and
/// polynomial mutation (Deb &amp; Goyal 1996) in the bounded form. Integer and categorical variables take uniform
/// crossover (each swapped with probability ½) and uniform mutation (a new value drawn uniformly from the range).
/// </summary>
internal static class Variation
{
    private const double Precision = 1e-14;

    /// <summary>Crosses two parents into two children (copies when no crossover happens).</summary>
    public static (double[], double[]) Crossover(IReadOnlyList<DecisionVariable> variables, double[] p1, double[] p2,
        double probability, double eta, Random random)
    {
        var c1 = (double[])p1.Clone();
        var c2 = (double[])p2.Clone();
        if (random.NextDouble() > probability) return (c1, c2);
        for (int i = 0; i < variables.Count; i++)
        {
            var v = variables[i];
            if (v.Kind != VariableKind.Real)
            {
                if (random.NextDouble() <= 0.5) (c1[i], c2[i]) = (p2[i], p1[i]);
                continue;
            }
            if (random.NextDouble() > 0.5 || Math.Abs(p1[i] - p2[i]) <= Precision) continue;
            double y1 = Math.Min(p1[i], p2[i]), y2 = Math.Max(p1[i], p2[i]);
            double yl = v.Min, yu = v.Max;
            double u = random.NextDouble();
            double beta = 1.0 + 2.0 * (y1 - yl) / (y2 - y1);
            double betaq = SpreadFactor(beta, eta, u);
            double a = Math.Clamp(0.5 * (y1 + y2 - betaq * (y2 - y1)), yl, yu);
            beta = 1.0 + 2.0 * (yu - y2) / (y2 - y1);
            betaq = SpreadFactor(beta, eta, u);
            double b = Math.Clamp(0.5 * (y1 + y2 + betaq * (y2 - y1)), yl, yu);
            if (random.NextDouble() <= 0.5) (c1[i], c2[i]) = (b, a);
            else (c1[i], c2[i]) = (a, b);
        }
        return (c1, c2);
    }

    private static double SpreadFactor(double beta, double eta, double u)
    {
        double alpha = 2.0 - Math.Pow(beta, -(eta + 1.0));
        return u <= 1.0 / alpha
            ? Math.Pow(u * alpha, 1.0 / (eta + 1.0))
            : Math.Pow(1.0 / (2.0 - u * alpha), 1.0 / (eta + 1.0));
    }

    /// <summary>Mutates each variable with the given probability, in place.</summary>
    public static void Mutate(IReadOnlyList<DecisionVariable> variables, double[] x, double probability, double eta, Random random)
    {
        for (int i = 0; i < variables.Count; i++)
        {
            if (random.NextDouble() > probability) continue;
            var v = variables[i];
            if (v.Kind != VariableKind.Real)
            {
                x[i] = v.Min + random.NextInt64((long)(v.Max - v.Min) + 1);
                continue;
            }
            double y = x[i], yl = v.Min, yu = v.Max;
            double delta1 = (y - yl) / (yu - yl), delta2 = (yu - y) / (yu - yl);
            double u = random.NextDouble();
            double power = 1.0 / (eta + 1.0);
            double deltaq;
            if (u <= 0.5)
            {
                double val = 2.0 * u + (1.0 - 2.0 * u) * Math.Pow(1.0 - delta1, eta + 1.0);
                deltaq = Math.Pow(val, power) - 1.0;
            }
            else
            {
                double val = 2.0 * (1.0 - u) + 2.0 * (u - 0.5) * Math.Pow(1.0 - delta2, eta + 1.0);
                deltaq = 1.0 - Math.Pow(val, power);
            }
            x[i] = Math.Clamp(y + deltaq * (yu - yl), yl, yu);
        }
    }

    /// <summary>A uniformly random encoded vector.</summary>
    public static double[] RandomVector(IReadOnlyList<DecisionVariable> variables, Random random)
    {
        var x = new double[variables.Count];
        for (int i = 0; i < x.Length; i++)
        {
            var v = variables[i];
            x[i] = v.Kind == VariableKind.Real
                ? v.Min + random.NextDouble() * (v.Max - v.Min)
                : v.Min + random.NextInt64((long)(v.Max - v.Min) + 1);
        }
        return x;
    }
}
