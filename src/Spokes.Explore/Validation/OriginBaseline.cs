using Spokes.Model.World;
using Spokes.Scenarios;
using Spokes.Scenarios.Data;

namespace Spokes.Explore.Validation;

/// <summary>
/// The model's starting state in any year from 1969 on, built from what was known by then: the latest built-in
/// baseline at or before the year supplies the judged values (belief, alignment, entrapment, …), and the observed
/// figures of that year replace its measured ones — GDP and defence spending of every actor (SIPRI, current US$),
/// U.S. troops in each spoke — together with the government in office (data/politics.csv). Nothing after the year
/// is read: the observations come through an <see cref="ObservationWindow"/> ending in it.
/// </summary>
public static class OriginBaseline
{
    public static Baseline At(int year, IObservations observed, DriverData drivers)
    {
        var window = new ObservationWindow(observed, year);
        int from = Baselines.Years.Where(y => y <= year).DefaultIfEmpty(-1).Max();
        if (from < 0) throw new ArgumentOutOfRangeException(nameof(year), year, $"no built-in baseline at or before {year} (first: {Baselines.Years[0]})");
        var b = Baselines.ForYear(from)!;
        double Get(string actor, string indicator, double fallback) =>
            window.Get(actor, indicator, year) is { } v && double.IsFinite(v) && v > 0 ? v : fallback;
        var hub = b.Hub with { Gdp = Get(b.Hub.Id, "gdp_usd_bn", b.Hub.Gdp), Spending = Get(b.Hub.Id, "milex_usd_bn", b.Hub.Spending) };
        var spokes = b.Spokes.Select(s =>
        {
            double gdp = Get(s.Id, "gdp_usd_bn", s.Gdp);
            double spending = Math.Min(Get(s.Id, "milex_usd_bn", s.Spending), 0.5 * gdp);
            return s with
            {
                Gdp = gdp,
                Spending = spending,
                Troops = window.Get(s.Id, "us_troops", year) is { } t && t >= 0 ? t : s.Troops,
                GovernmentOrientation = drivers.Politics.LastOrDefault(r => r.Actor == s.Id && r.Year <= year)?.Orientation ?? s.GovernmentOrientation,
            };
        }).ToList();
        var threats = b.Threats.Select(t => t with { Gdp = Get(t.Id, "gdp_usd_bn", t.Gdp), Spending = Get(t.Id, "milex_usd_bn", t.Spending) }).ToList();
        var built = b with { Name = $"origin-{year} (judged values of {b.Name})", Year = year, Hub = hub, Spokes = spokes, Threats = threats };
        if (built.Validate() is { } problem) throw new InvalidOperationException($"origin baseline {year}: {problem}");
        return built;
    }
}
