using Spokes.Model.Outputs;

namespace Spokes.Explore.Experiments;

/// <summary>How a yearly trajectory is reduced to the outcome of an experiment.</summary>
public enum OutcomeStat
{
    /// <summary>The value in the final year.</summary>
    Final,
    /// <summary>The mean over the simulated years (start year excluded).</summary>
    Mean,
    /// <summary>The sum over the simulated years (start year excluded).</summary>
    Cumulative,
    Min,
    Max,
    /// <summary>Every simulated year: a time-series outcome.</summary>
    Series,
}

/// <summary>An outcome: one recorded variable of one row (an actor id or ALLIANCE), reduced by a statistic.</summary>
public sealed record OutcomeSpec(string Name, Variable Variable, string Actor, OutcomeStat Stat)
{
    public bool IsSeries => Stat == OutcomeStat.Series;

    /// <summary>Reduces a trajectory to the scalar outcome (not for series outcomes).</summary>
    public double Scalar(Trajectory t)
    {
        int row = t.RowIndex(Actor);
        return Stat switch
        {
            OutcomeStat.Final => t[t.EndYear, row, Variable],
            OutcomeStat.Mean => Fold(t, row, 0.0, (acc, v) => acc + v) / (t.EndYear - t.StartYear),
            OutcomeStat.Cumulative => Fold(t, row, 0.0, (acc, v) => acc + v),
            OutcomeStat.Min => Fold(t, row, double.PositiveInfinity, Math.Min),
            OutcomeStat.Max => Fold(t, row, double.NegativeInfinity, Math.Max),
            _ => throw new InvalidOperationException($"{Name} is a series outcome"),
        };
    }

    private double Fold(Trajectory t, int row, double seed, Func<double, double, double> f)
    {
        double acc = seed;
        for (int y = t.StartYear + 1; y <= t.EndYear; y++) acc = f(acc, t[y, row, Variable]);
        return acc;
    }
}
