using Spokes.Scenarios.Data;

namespace Spokes.Explore.Validation;

/// <summary>
/// The observations a forecast made at <see cref="Origin"/> may read: every driver the forecast is conditioned on
/// (GDP, the adversaries' and the U.S. budgets, troops, governments, events) in any year, but none of the
/// outcomes it is judged on — the allies' spending and UN voting — in the origin year or later. A read of a
/// judged outcome at or after the origin throws, so a forecast cannot see what it is scored against.
/// </summary>
public sealed class OutcomeWindow : IObservations
{
    private readonly IObservations _inner;
    private readonly HashSet<string> _allies;

    /// <summary>Indicators the validation scores; the allies' values of these are hidden from the origin on.</summary>
    public static readonly string[] JudgedIndicators =
        ["milex_usd_bn", "milex_share_gdp_pct", "milex_const2023_usd_bn", "unga_relative_alignment", "unga_ideal_dist_us", "unga_agree_us"];

    public OutcomeWindow(IObservations inner, int origin, IEnumerable<string> allies)
    {
        _inner = inner;
        Origin = origin;
        _allies = allies.ToHashSet(StringComparer.Ordinal);
    }

    public int Origin { get; }

    public double? Get(string actor, string indicator, int year)
    {
        if (year >= Origin && _allies.Contains(actor) && JudgedIndicators.Contains(indicator))
            throw new InvalidOperationException($"read of {actor} {indicator} {year}: a forecast made at {Origin} may not see the outcomes it is judged on");
        return _inner.Get(actor, indicator, year);
    }
}
