namespace Spokes.Explore.Optimization;

/// <summary>
/// Robustness metrics over a scenario set, for Rhodium-style robust optimisation and for ranking policies, in the
/// three-step framework of McPhail, Maier, Kwakkel, Giuliani, Castelletti &amp; Westra (2018), "Robustness metrics:
/// how are they calculated, when should they be used and why do they give different results?", Earth's Future 6:169–191:
/// (1) transform the performance values, (2) choose the scenarios, (3) aggregate.
/// <para>Input is a matrix <c>outcome[policy][scenario]</c> of one outcome; every row must have the same number of
/// scenarios and no NaN. Transformations return a matrix of the same shape; aggregations return one value per policy.
/// They compose: minimax regret (Savage 1951) is <c>Maximum(RegretFromBest(o, goal))</c>, 90th-percentile regret
/// <c>Percentile(RegretFromBest(o, goal), 90)</c>, undesirable deviations <c>Sum(RegretFromMedian(o, goal))</c>,
/// Laplace's criterion <c>Mean(o)</c>, maximin for a maximised outcome <c>Minimum(o)</c>, Starr's domain criterion
/// <see cref="Satisficing(IReadOnlyList{SatisficingCriterion})"/>.</para>
/// <para>Regret definitions. Type 1, regret from the best alternative (McPhail's T1 "regret from best decision
/// alternative"; Savage 1951): r_ij = |f_ij − best_j|, best_j the best value any policy reaches in scenario j. Type 2,
/// regret from the policy's own reference (McPhail's T1 "regret from median performance", the basis of their
/// undesirable-deviations metric): r_ij = max(0, f_ij − m_i) when minimising and max(0, m_i − f_ij) when maximising,
/// m_i the policy's median over scenarios (<see cref="RegretFromMedian"/>) or its value in a baseline scenario
/// (<see cref="RegretFromBaseline"/>, as in Kasprzyk et al. 2013). Only shortfalls count: doing better than the
/// reference is no regret. Both regrets are in the outcome's own units (not divided by the reference), and smaller is
/// better.</para>
/// </summary>
public static class RobustnessMetrics
{
    /// <summary>Mean over scenarios (Laplace's principle of insufficient reason).</summary>
    public static double[] Mean(IReadOnlyList<double[]> outcome) => Rows(outcome, r => r.Average());

    /// <summary>Sum over scenarios.</summary>
    public static double[] Sum(IReadOnlyList<double[]> outcome) => Rows(outcome, r => r.Sum());

    /// <summary>Largest value over scenarios.</summary>
    public static double[] Maximum(IReadOnlyList<double[]> outcome) => Rows(outcome, r => r.Max());

    /// <summary>Smallest value over scenarios.</summary>
    public static double[] Minimum(IReadOnlyList<double[]> outcome) => Rows(outcome, r => r.Min());

    /// <summary>
    /// The p-th percentile over scenarios, p in [0, 100], by linear interpolation between order statistics
    /// (Hyndman &amp; Fan's type 7, numpy's default): position (n − 1)·p/100 in the sorted values.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">p outside [0, 100].</exception>
    public static double[] Percentile(IReadOnlyList<double[]> outcome, double p)
    {
        Checks.InClosedInterval(p, 0, 100, nameof(p));
        return Rows(outcome, r => Percentile(r, p));
    }

    /// <summary>Type 1 regret: the distance from the best policy's value in each scenario.</summary>
    public static double[][] RegretFromBest(IReadOnlyList<double[]> outcome, Goal goal)
    {
        int s = Check(outcome);
        var best = new double[s];
        for (int j = 0; j < s; j++)
            best[j] = goal == Goal.Minimise ? outcome.Min(r => r[j]) : outcome.Max(r => r[j]);
        return outcome.Select(r => r.Select((v, j) => Math.Abs(v - best[j])).ToArray()).ToArray();
    }

    /// <summary>Type 2 regret from each policy's own median over the scenarios: only shortfalls count.</summary>
    public static double[][] RegretFromMedian(IReadOnlyList<double[]> outcome, Goal goal)
    {
        Check(outcome);
        return outcome.Select(r => Shortfall(r, Percentile(r, 50), goal)).ToArray();
    }

    /// <summary>Type 2 regret from each policy's value in a baseline scenario: only shortfalls count.</summary>
    /// <exception cref="ArgumentOutOfRangeException">no such scenario.</exception>
    public static double[][] RegretFromBaseline(IReadOnlyList<double[]> outcome, Goal goal, int baselineScenario)
    {
        int s = Check(outcome);
        if (baselineScenario < 0 || baselineScenario >= s)
            throw new ArgumentOutOfRangeException(nameof(baselineScenario), baselineScenario, $"scenarios are 0..{s - 1}");
        return outcome.Select(r => Shortfall(r, r[baselineScenario], goal)).ToArray();
    }

    /// <summary>Share of scenarios in which the outcome meets the threshold (Starr's domain criterion).</summary>
    public static double[] Satisficing(IReadOnlyList<double[]> outcome, double threshold, Goal goal) =>
        Satisficing([new SatisficingCriterion(outcome, threshold, goal)]);

    /// <summary>Share of scenarios in which every criterion is met at once (Starr's domain criterion).</summary>
    /// <exception cref="ArgumentException">no criteria, or matrices of different shapes.</exception>
    public static double[] Satisficing(IReadOnlyList<SatisficingCriterion> criteria)
    {
        if (criteria.Count == 0) throw new ArgumentException("give at least one criterion", nameof(criteria));
        int s = Check(criteria[0].Outcome);
        int policies = criteria[0].Outcome.Count;
        foreach (var c in criteria)
        {
            Checks.Finite(c.Threshold, "threshold");
            if (Check(c.Outcome) != s || c.Outcome.Count != policies)
                throw new ArgumentException("every criterion needs a matrix of the same shape", nameof(criteria));
        }
        var share = new double[policies];
        for (int i = 0; i < policies; i++)
        {
            int met = 0;
            for (int j = 0; j < s; j++)
                if (criteria.All(c => c.Met(i, j))) met++;
            share[i] = (double)met / s;
        }
        return share;
    }

    private static double[] Shortfall(double[] row, double reference, Goal goal) =>
        row.Select(v => Math.Max(0, goal == Goal.Minimise ? v - reference : reference - v)).ToArray();

    private static double Percentile(double[] row, double p)
    {
        var sorted = row.Order().ToArray();
        double h = (sorted.Length - 1) * p / 100.0;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static double[] Rows(IReadOnlyList<double[]> outcome, Func<double[], double> f)
    {
        Check(outcome);
        return outcome.Select(f).ToArray();
    }

    /// <summary>Checks the matrix is non-empty, rectangular and free of NaN; returns the scenario count.</summary>
    private static int Check(IReadOnlyList<double[]> outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Count == 0) throw new ArgumentException("no policies", nameof(outcome));
        int s = outcome[0].Length;
        if (s == 0) throw new ArgumentException("no scenarios", nameof(outcome));
        for (int i = 0; i < outcome.Count; i++)
        {
            if (outcome[i].Length != s)
                throw new ArgumentException($"policy {i} has {outcome[i].Length} scenarios, policy 0 has {s}", nameof(outcome));
            for (int j = 0; j < s; j++)
                if (double.IsNaN(outcome[i][j])) throw new ArgumentException($"outcome[{i}][{j}] is NaN", nameof(outcome));
        }
        return s;
    }
}
