using Spokes.Model.World;

namespace Spokes.Scenarios.Data;

/// <summary>
/// Turns reference data into a model <see cref="Baseline"/> for one year: one hub, the spokes and the threats in the
/// order of actors.csv, each indicator looked up by name. A missing figure is an error naming the actor, year and
/// indicator — never a silent default.
/// </summary>
public static class BaselineBuilder
{
    public static Baseline Build(ReferenceData data, int year, string name, DriverData? drivers = null)
    {
        var figures = new Dictionary<(string, int, string), DataRow>();
        foreach (var row in data.Figures)
            if (!figures.TryAdd((row.Actor, row.Year, row.Indicator), row))
                throw new InputException(row.File, row.Line, 0, "indicator", $"{row.Actor} {row.Year} {row.Indicator} appears twice");

        var ids = new Dictionary<string, ActorRow>(StringComparer.Ordinal);
        foreach (var a in data.Actors)
            if (!ids.TryAdd(a.Id, a))
                throw new InputException(a.File, a.Line, 0, "id", $"actor id '{a.Id}' is already used at line {ids[a.Id].Line}");
        // Nothing in a data file is ignored: a figure for an unknown actor or indicator is a typo until shown otherwise.
        foreach (var row in data.Figures)
        {
            if (!ids.ContainsKey(row.Actor))
                throw new InputException(row.File, row.Line, 0, "actor", $"unknown actor '{row.Actor}' (actors.csv lists {string.Join(", ", ids.Keys)})");
            if (!IsKnownIndicator(row.Indicator))
                throw new InputException(row.File, row.Line, 0, "indicator", $"unknown indicator '{row.Indicator}' (see data/README.md for the list)");
        }

        string actorsFile = data.Actors.Count > 0 ? data.Actors[0].File : ReferenceData.ActorsFile;
        foreach (var dup in data.Actors.GroupBy(a => a.Id).Where(g => g.Count() > 1))
            throw new InputException(dup.ElementAt(1).File, dup.ElementAt(1).Line, 0, "id", $"actor '{dup.Key}' appears twice (first on line {dup.First().Line})");
        var hubs = data.Actors.Where(a => a.Role == "hub").ToList();
        foreach (var a in data.Actors)
            if (a.Role is not ("hub" or "spoke" or "threat"))
                throw new InputException(a.File, a.Line, 0, "role", $"'{a.Role}' is not one of hub, spoke, threat");
        if (hubs.Count != 1) throw new InputException(actorsFile, 0, 0, "role", $"exactly one hub is needed, found {hubs.Count}");
        var spokes = data.Actors.Where(a => a.Role == "spoke").ToList();
        var threats = data.Actors.Where(a => a.Role == "threat").ToList();
        if (spokes.Count == 0) throw new InputException(actorsFile, 0, 0, "role", "at least one spoke is needed");
        if (!figures.Keys.Any(k => k.Item2 == year))
            throw new InputException(data.Figures.FirstOrDefault()?.File ?? ReferenceData.FiguresFile, 0, 0, "year",
                $"no figures for {year} (years present: {string.Join(", ", data.Figures.Select(f => f.Year).Distinct().Order())})");

        double Get(ActorRow actor, string indicator)
        {
            if (figures.TryGetValue((actor.Id, year, indicator), out var row))
            {
                if (ValidRange(indicator) is var (min, max, open) && (open ? !(row.Value > min && row.Value < max) : !(row.Value >= min && row.Value <= max)))
                    throw new InputException(row.File, row.Line, 0, "value",
                        $"{indicator} of {actor.Id} is {row.Value}; it must lie {(open ? "strictly " : "")}between {min} and {max}");
                return row.Value;
            }
            var file = data.Figures.FirstOrDefault()?.File ?? ReferenceData.FiguresFile;
            throw new InputException(file, 0, 0, indicator, $"no figure for {actor.Id} in {year}");
        }

        var hub = hubs[0];
        var hubProfile = new HubProfile
        {
            Id = hub.Id, Name = hub.Name, Gdp = Get(hub, "gdp_usd_bn"), GdpGrowth = Get(hub, "gdp_growth"),
            Spending = Get(hub, "milex_usd_bn"), PublicSupport = Get(hub, "public_support"), PacificShare = Get(hub, "pacific_share"),
        };
        var spokeProfiles = spokes.Select(s => new SpokeProfile
        {
            Id = s.Id, Name = s.Name,
            Gdp = Get(s, "gdp_usd_bn"), GdpGrowth = Get(s, "gdp_growth"), Spending = Get(s, "milex_usd_bn"),
            Troops = Get(s, "us_troops"), HostNationSupport = Get(s, "hns_usd_bn"), TradeWithChina = Get(s, "trade_china_share"),
            NuclearLatency = Get(s, "nuclear_latency"), NuclearStage = Stage(s, Get(s, "nuclear_stage"), data),
            Belief = Get(s, "belief"), Alignment = Get(s, "alignment"), Entrapment = Get(s, "entrapment"),
            Independence = Get(s, "independence"), Duplication = Get(s, "duplication"), Cooperation = Get(s, "cooperation"),
            DistanceHomeKm = Get(s, "distance_home_km"),
            GovernmentOrientation = drivers?.Orientation(s.Id, year) ?? 0,
            ThreatExposure = threats.Select(t => Get(s, "threat_" + t.Id.ToLowerInvariant())).ToArray(),
        }).ToList();
        var threatProfiles = threats.Select(t => new ThreatProfile
        {
            Id = t.Id, Name = t.Name, Gdp = Get(t, "gdp_usd_bn"), GdpGrowth = Get(t, "gdp_growth"),
            Spending = Get(t, "milex_usd_bn"), Probing = Get(t, "probing"),
        }).ToList();

        int n = spokes.Count;
        var ties = new double[n, n];
        var tieLines = new Dictionary<(string, string, int), int>();
        foreach (var tie in data.Ties)
        {
            int i = spokes.FindIndex(s => s.Id == tie.A), j = spokes.FindIndex(s => s.Id == tie.B);
            if (i < 0 || j < 0)
                throw new InputException(tie.File, tie.Line, 0, i < 0 ? "a" : "b", $"'{(i < 0 ? tie.A : tie.B)}' is not a spoke in actors.csv (spokes: {string.Join(", ", spokes.Select(s => s.Id))})");
            if (i == j) throw new InputException(tie.File, tie.Line, 0, "b", $"a tie joins two different spokes, not {tie.A} to itself");
            var key = string.CompareOrdinal(tie.A, tie.B) < 0 ? (tie.A, tie.B, tie.Year) : (tie.B, tie.A, tie.Year);
            if (!tieLines.TryAdd(key, tie.Line))
                throw new InputException(tie.File, tie.Line, 0, "b", $"the tie {tie.A}–{tie.B} in {tie.Year} is already given at line {tieLines[key]}");
            if (tie.Year == year) ties[i, j] = ties[j, i] = tie.Weight;
        }
        // A missing pair is an error, not a silent 0: "no tie" is a judgement that needs a row and a source like any
        // other figure (write weight 0). Added actors otherwise start with no network effects unnoticed.
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
            {
                var (a, b) = string.CompareOrdinal(spokes[i].Id, spokes[j].Id) < 0 ? (spokes[i].Id, spokes[j].Id) : (spokes[j].Id, spokes[i].Id);
                if (!tieLines.ContainsKey((a, b, year)))
                    throw new InputException(data.Ties.FirstOrDefault()?.File ?? ReferenceData.TiesFile, 0, 0, "",
                        $"no tie {a}–{b} for {year}: every pair of spokes needs a row for the baseline year (weight 0 with a source where they have no security tie)");
            }

        var baseline = new Baseline
        {
            Name = name, Year = year, Hub = hubProfile, Spokes = spokeProfiles, Threats = threatProfiles, Ties = ties,
        };
        if (baseline.Validate() is { } problem)
            throw new InputException(data.Figures.FirstOrDefault()?.File ?? ReferenceData.FiguresFile, 0, 0, "", $"{year}: {problem}");
        return baseline;
    }

    /// <summary>The values each indicator may take (open: the bounds themselves excluded, for values that enter a logit).</summary>
    private static (double Min, double Max, bool Open)? ValidRange(string indicator) => indicator switch
    {
        // Upper bounds (assumptions, generous): ten times world GDP (about 110,000 bn USD in 2024, World Bank WDI
        // NY.GDP.MKTP.CD), so that no product of figures overflows; half the Earth's circumference for distances.
        "gdp_usd_bn" => (0, MaxGdp, true),
        "milex_usd_bn" or "hns_usd_bn" => (0, MaxGdp, false),
        "us_troops" => (0, 10_000_000, false),
        "distance_home_km" or "distance_guam_km" => (0, 20_040, false),
        "gdp_growth" => (-0.5, 0.5, false),
        "belief" or "entrapment" or "independence" or "duplication" or "probing" => (0, 1, true),
        "alignment" => (-1, 1, true),
        "cooperation" or "trade_china_share" or "nuclear_latency" or "public_support" or "pacific_share" => (0, 1, false),
        _ when indicator.StartsWith("threat_", StringComparison.Ordinal) => (0, 1, false),
        _ => null,
    };

    /// <summary>Largest GDP (and spending) accepted, bn USD: about ten times world GDP (an assumption).</summary>
    public const double MaxGdp = 1_000_000;

    private static bool IsKnownIndicator(string indicator) => indicator == "nuclear_stage" || ValidRange(indicator) is not null;

    private static NuclearStage Stage(ActorRow actor, double value, ReferenceData data)
    {
        if (value is < 0 or > 4 || value != Math.Floor(value))
            throw new InputException(data.Figures[0].File, 0, 0, "nuclear_stage", $"{actor.Id}: must be an integer 0..4");
        return (NuclearStage)(int)value;
    }
}
