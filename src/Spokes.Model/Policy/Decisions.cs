namespace Spokes.Model.Policy;

/// <summary>What an ally's player decides for one year (each NaN: the rule decides).</summary>
public enum SpokeDecision
{
    /// <summary>Defence-spending target as a share of GDP, 0..0.5: replaces the best response in <see cref="Mechanisms.BurdenSharing"/>.</summary>
    SpendingTarget,
    /// <summary>Host-nation support offered, as a multiple of the start-year agreement scaled by the garrison, 0..3
    /// (1 = the start-year terms): replaces the target in <see cref="Mechanisms.HostNationSupport"/>.</summary>
    HostSupportOffer,
    /// <summary>Alignment move, −1 (toward China) .. 1 (closer to the U.S.), 0 = hedge: enters the alignment target
    /// where a change of government orientation does (<see cref="Mechanisms.Alignment"/>).</summary>
    AlignmentMove,
    /// <summary>Spoke-to-spoke cooperation effort, 0..1: stands in for the U.S. networking lever on this ally's side
    /// of its ties (<see cref="Mechanisms.NetworkTies"/>).</summary>
    SpokeCooperation,
    /// <summary>Hedging step: −1 steps back one stage, 0 stays, +1 climbs one stage (only a latent state can climb)
    /// (<see cref="Mechanisms.NuclearHedging"/>).</summary>
    HedgingStep,
}

/// <summary>What an adversary's player (China, North Korea) decides for one year (each NaN: the rule decides).</summary>
public enum ThreatDecision
{
    /// <summary>Defence spending as a share of GDP, 0..0.5: replaces the Richardson reaction in <see cref="Mechanisms.AdversaryBuildup"/>.</summary>
    BuildupShare,
    /// <summary>Probability of probing U.S. commitments, 0..1: replaces the logistic rule in <see cref="Mechanisms.Probing"/>.</summary>
    Probing,
    /// <summary>Coercion campaign intensity, 0..1: a threat shock of intensity·exposure felt by every exposed ally
    /// (<see cref="Mechanisms.ThreatPerception"/>), the channel of the coercion incidents in data/threat-events.csv.
    /// 0 (not NaN) is the rule: no campaign beyond the data's events.</summary>
    Coercion,
}

/// <summary>
/// Players' decisions, per actor and per year, that override the rules of the mechanisms they feed. A NaN means
/// "use the rule", so an unplayed actor (or an unplayed year) behaves exactly as without decisions. The U.S. player's
/// decisions are its levers (<see cref="LeverSchedule"/>), so they are not repeated here. Attached to a run through
/// <see cref="ExogenousPaths.Decisions"/>; flat arrays (year-major), read without allocating in the yearly step.
/// The year of a decision is the year being computed (the lever year): a decision for 2018 shapes the 2018 state.
/// </summary>
public sealed class Decisions
{
    private readonly double[] _spoke, _threat;

    public Decisions(int startYear, int endYear, int spokes, int threats)
    {
        if (endYear < startYear) throw new ArgumentException("end year before start year");
        StartYear = startYear;
        EndYear = endYear;
        SpokeCount = spokes;
        ThreatCount = threats;
        int years = endYear - startYear + 1;
        _spoke = new double[years * spokes * SpokeKinds];
        _threat = new double[years * threats * ThreatKinds];
        Array.Fill(_spoke, double.NaN);
        Array.Fill(_threat, double.NaN);
    }

    public static int SpokeKinds { get; } = Enum.GetValues<SpokeDecision>().Length;
    public static int ThreatKinds { get; } = Enum.GetValues<ThreatDecision>().Length;

    public int StartYear { get; }
    public int EndYear { get; }
    public int SpokeCount { get; }
    public int ThreatCount { get; }

    /// <summary>The decision of a spoke in <paramref name="year"/>, or NaN (the rule). Outside the years: NaN.</summary>
    public double Get(int year, int spoke, SpokeDecision kind) =>
        year < StartYear || year > EndYear ? double.NaN : _spoke[SpokeIndex(year, spoke, kind)];

    /// <summary>The decision of an adversary in <paramref name="year"/>, or NaN (the rule). Outside the years: NaN.</summary>
    public double Get(int year, int threat, ThreatDecision kind) =>
        year < StartYear || year > EndYear ? double.NaN : _threat[ThreatIndex(year, threat, kind)];

    /// <summary>Sets a spoke's decision; NaN clears it (back to the rule). Out-of-range values are refused.</summary>
    public void Set(int year, int spoke, SpokeDecision kind, double value) =>
        _spoke[SpokeIndex(year, spoke, kind)] = double.IsNaN(value) ? value : Check(value, Range(kind), kind.ToString());

    /// <summary>Sets an adversary's decision; NaN clears it (back to the rule). Out-of-range values are refused.</summary>
    public void Set(int year, int threat, ThreatDecision kind, double value) =>
        _threat[ThreatIndex(year, threat, kind)] = double.IsNaN(value) ? value : Check(value, Range(kind), kind.ToString());

    public static (double Min, double Max) Range(SpokeDecision kind) => kind switch
    {
        SpokeDecision.SpendingTarget => (0, Mechanisms.BurdenSharing.MaxShareOfGdp),
        SpokeDecision.HostSupportOffer => (0, 3),
        SpokeDecision.AlignmentMove or SpokeDecision.HedgingStep => (-1, 1),
        _ => (0, 1),
    };

    public static (double Min, double Max) Range(ThreatDecision kind) => kind switch
    {
        ThreatDecision.BuildupShare => (0, 0.5),
        _ => (0, 1),
    };

    /// <summary>True when any decision is set in <paramref name="year"/>: the yearly loop then derives afresh.</summary>
    public bool AnyIn(int year)
    {
        if (year < StartYear || year > EndYear) return false;
        foreach (var v in _spoke.AsSpan((year - StartYear) * SpokeCount * SpokeKinds, SpokeCount * SpokeKinds)) if (!double.IsNaN(v)) return true;
        foreach (var v in _threat.AsSpan((year - StartYear) * ThreatCount * ThreatKinds, ThreatCount * ThreatKinds)) if (!double.IsNaN(v)) return true;
        return false;
    }

    private static double Check(double value, (double Min, double Max) range, string what) =>
        value < range.Min || value > range.Max || double.IsInfinity(value)
            ? throw new ArgumentOutOfRangeException(nameof(value), $"{what} {value} is outside [{range.Min}, {range.Max}]")
            : value;

    private int SpokeIndex(int year, int spoke, SpokeDecision kind)
    {
        if (year < StartYear || year > EndYear || (uint)spoke >= (uint)SpokeCount) ThrowOutside(year, spoke);
        return ((year - StartYear) * SpokeCount + spoke) * SpokeKinds + (int)kind;
    }

    private int ThreatIndex(int year, int threat, ThreatDecision kind)
    {
        if (year < StartYear || year > EndYear || (uint)threat >= (uint)ThreatCount) ThrowOutside(year, threat);
        return ((year - StartYear) * ThreatCount + threat) * ThreatKinds + (int)kind;
    }

    // Out of line: an inlined throw with an interpolated string costs the hot path (docs/performance.md).
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void ThrowOutside(int year, int index) =>
        throw new ArgumentOutOfRangeException(nameof(year), $"year {year} or actor {index} is outside the decisions ({StartYear}–{EndYear})");
}
