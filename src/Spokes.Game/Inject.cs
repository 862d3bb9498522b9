using Spokes.Model.World;
using Spokes.Scenarios;
using Spokes.Scenarios.Data;

namespace Spokes.Game;

/// <summary>
/// A facilitator's inject: a recorded event played again in the turn's first year, through the model's own event
/// types, so every inject carries its data row's judged intensity and source. <c>shock</c>: the threat events of one
/// id in data/threat-events.csv (a missile or nuclear test, a coercion incident), felt by the same allies at the same
/// intensities, as a scenario's <c>events:</c> would be. <c>government</c>: an ally's government orientation taken
/// from a row of data/politics.csv (e.g. Duterte's 2016 "separation"), held from the turn's first year, as a
/// scenario's <c>politics:</c> would be.
/// </summary>
public sealed record Inject(string Kind, string Analogue, string Ally)
{
    public const string Shock = "shock", Government = "government";

    /// <summary>Words for the page and the report: what happened in the analogue, and its source.</summary>
    public (string Description, string Source) Describe(DriverData data)
    {
        if (Kind == Shock)
        {
            var e = data.Events.First(x => x.Id == Analogue);
            return ($"{e.Adversary}: {e.Event} (analogue {e.Id})", e.Source);
        }
        var p = Politics(data);
        return ($"{Ally}: a government like {p.Leader}'s in {p.Year} (orientation {p.Orientation:0.##})", p.Source);
    }

    /// <summary>The inject, checked against the data and the scenario's allies.</summary>
    /// <exception cref="InputException">an unknown kind, event id, ally or politics year.</exception>
    public static Inject Check(Baseline b, DriverData data, string kind, string analogue, string? ally)
    {
        if (kind == Shock)
        {
            if (!data.Events.Any(e => e.Id == analogue))
                throw new InputException("inject", 0, 0, "analogue", $"no event '{analogue}' in data/threat-events.csv");
            return new Inject(Shock, analogue, "");
        }
        if (kind != Government) throw new InputException("inject", 0, 0, "kind", $"'{kind}' is not an inject (shock or government)");
        if (ally is null || !b.Spokes.Any(s => s.Id == ally))
            throw new InputException("inject", 0, 0, "ally", $"unknown ally '{ally}' (spokes: {string.Join(", ", b.Spokes.Select(s => s.Id))})");
        var inject = new Inject(Government, analogue, ally);
        if (!int.TryParse(analogue, out _) || inject.PoliticsOrNull(data) is null)
            throw new InputException("inject", 0, 0, "analogue", $"no row for {ally} in {analogue} in data/politics.csv");
        return inject;
    }

    /// <summary>The scenario with this inject added in <paramref name="year"/>.</summary>
    public ScenarioDefinition ApplyTo(ScenarioDefinition d, Baseline b, DriverData data, int year)
    {
        if (Kind == Shock)
        {
            var spokes = b.Spokes.Select(s => s.Id).ToHashSet();
            var added = data.Events.Where(e => e.Id == Analogue && (e.Target == "ALL" || spokes.Contains(e.Target)))
                .Select(e => new EventOverride(year, e.Target, e.Intensity, $"inject: {e.Event}", 0));
            return d with { Events = [.. d.Events, .. added] };
        }
        var politics = d.Politics.ToDictionary(kv => kv.Key, kv => kv.Value);
        var years = politics.TryGetValue(Ally, out var held) ? held.ToDictionary(kv => kv.Key, kv => kv.Value) : [];
        years[year] = Politics(data).Orientation;
        politics[Ally] = years;
        return d with { Politics = politics };
    }

    private PoliticsRow Politics(DriverData data) => PoliticsOrNull(data)!;

    private PoliticsRow? PoliticsOrNull(DriverData data) =>
        int.TryParse(Analogue, out int y) ? data.Politics.FirstOrDefault(r => r.Actor == Ally && r.Year == y) : null;
}
