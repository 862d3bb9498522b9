namespace Spokes.Model.Policy;

/// <summary>
/// Dated exogenous paths, one value per year from the start year to the end year: nominal GDP growth of every actor
/// (observed where the data have it, then a documented projection), defence budgets observed where the data have
/// them (history runs follow SIPRI instead of the modelled reaction), each ally's government orientation toward the
/// U.S. relative to China (data/politics.csv), and new threat shocks felt by each ally (data/threat-events.csv).
/// Actors are indexed hub 0, spokes 1..n, threats n+1..n+m, as in the trajectory. A NaN means "not given": the
/// model's own rule applies (baseline growth rate, modelled budget, start orientation). Flat arrays, read without
/// allocating in the yearly step.
/// </summary>
public sealed class ExogenousPaths
{
    private readonly double[] _growth, _budget, _orientation, _shock;

    public ExogenousPaths(int startYear, int endYear, int spokes, int threats)
    {
        if (endYear < startYear) throw new ArgumentException("end year before start year");
        StartYear = startYear;
        EndYear = endYear;
        SpokeCount = spokes;
        ThreatCount = threats;
        int years = endYear - startYear + 1, actors = 1 + spokes + threats;
        _growth = Filled(years * actors, double.NaN);
        _budget = Filled(years * actors, double.NaN);
        _orientation = Filled(years * spokes, double.NaN);
        _shock = new double[years * spokes];
    }

    public int StartYear { get; }
    public int EndYear { get; }
    public int SpokeCount { get; }
    public int ThreatCount { get; }
    public int ActorCount => 1 + SpokeCount + ThreatCount;

    /// <summary>Players' decisions that override the rules (a seminar game), or null: every actor follows its rules.</summary>
    public Decisions? Decisions
    {
        get => _decisions;
        set
        {
            if (value is not null && (value.SpokeCount != SpokeCount || value.ThreatCount != ThreatCount))
                throw new ArgumentException("the decisions must have the paths' spokes and threats", nameof(value));
            _decisions = value;
        }
    }
    private Decisions? _decisions;

    /// <summary>Nominal GDP growth of an actor from the year before to <paramref name="year"/> (fraction), or NaN.</summary>
    public double Growth(int year, int actor) => _growth[ActorIndex(year, actor)];
    /// <summary>Observed defence budget of an actor in <paramref name="year"/> (US$ bn, current), or NaN.</summary>
    public double Budget(int year, int actor) => _budget[ActorIndex(year, actor)];
    /// <summary>Government orientation of a spoke in <paramref name="year"/> (−1 toward China .. 1 toward the U.S.), or NaN.</summary>
    public double Orientation(int year, int spoke) => _orientation[SpokeIndex(year, spoke)];
    /// <summary>Sum of the intensities of the threat shocks a spoke feels in <paramref name="year"/> (0 when none).</summary>
    public double Shock(int year, int spoke) => _shock[SpokeIndex(year, spoke)];

    public void SetGrowth(int year, int actor, double value) => _growth[ActorIndex(year, actor)] = Check(value, -0.9, 10, "growth");
    public void SetBudget(int year, int actor, double value) => _budget[ActorIndex(year, actor)] = Check(value, 0, 1e7, "budget");
    public void SetOrientation(int year, int spoke, double value) => _orientation[SpokeIndex(year, spoke)] = Check(value, -1, 1, "orientation");
    public void AddShock(int year, int spoke, double intensity) => _shock[SpokeIndex(year, spoke)] += Check(intensity, 0, 1, "shock intensity");

    private static double Check(double value, double min, double max, string what) =>
        double.IsNaN(value) || value < min || value > max
            ? throw new ArgumentOutOfRangeException(nameof(value), $"{what} {value} is outside [{min}, {max}]")
            : value;

    private int ActorIndex(int year, int actor)
    {
        if (year < StartYear || year > EndYear || (uint)actor >= (uint)ActorCount) ThrowOutside(year, actor);
        return (year - StartYear) * ActorCount + actor;
    }

    private int SpokeIndex(int year, int spoke)
    {
        if (year < StartYear || year > EndYear || (uint)spoke >= (uint)SpokeCount) ThrowOutside(year, spoke);
        return (year - StartYear) * SpokeCount + spoke;
    }

    // Out of line: an inlined throw with an interpolated string costs the hot path (docs/performance.md).
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void ThrowOutside(int year, int index) =>
        throw new ArgumentOutOfRangeException(nameof(year), $"year {year} or index {index} is outside the paths ({StartYear}–{EndYear})");

    private static double[] Filled(int length, double value)
    {
        var a = new double[length];
        Array.Fill(a, value);
        return a;
    }
}
