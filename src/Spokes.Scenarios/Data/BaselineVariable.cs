using Spokes.Model.World;

namespace Spokes.Scenarios.Data;

/// <summary>
/// A starting-state figure a modeler can treat as uncertain: `baseline.ACTOR.INDICATOR` in an `experiments:`
/// section, e.g. `baseline.JPN.belief`. The judged values of data/baseline.csv carry ranges (low–high); sampling them
/// makes the start of the run uncertain, as it is. Values are kept inside each variable's domain: strictly inside
/// (0, 1) for the variables that enter a logit, inside (−1, 1) for alignment, non-negative for money and troops.
/// </summary>
public sealed record BaselineVariable(string Actor, string Indicator)
{
    public const string Prefix = "baseline.";

    /// <summary>How far inside an open domain a sampled value is kept (the logit and artanh clamp at 10⁻⁶).</summary>
    public const double Margin = 1e-3;

    private static readonly string[] SpokeIndicators =
        ["belief", "alignment", "entrapment", "independence", "duplication", "cooperation", "nuclear_latency", "trade_china_share",
         "milex_usd_bn", "gdp_usd_bn", "us_troops", "hns_usd_bn"];
    private static readonly string[] ThreatIndicators = ["milex_usd_bn", "gdp_usd_bn", "probing"];
    private static readonly string[] HubIndicators = ["public_support", "pacific_share", "milex_usd_bn", "gdp_usd_bn"];

    /// <summary>Parses `baseline.ACTOR.INDICATOR` against a baseline; null with a reason when it names nothing there.</summary>
    public static BaselineVariable? Parse(string name, Baseline b, out string problem)
    {
        problem = "";
        var parts = name.Split('.');
        if (parts.Length != 3 || parts[0] + "." != Prefix) { problem = "must be baseline.ACTOR.INDICATOR"; return null; }
        var (actor, indicator) = (parts[1], parts[2]);
        string[] allowed = b.Hub.Id == actor ? HubIndicators
            : b.Spokes.Any(s => s.Id == actor) ? SpokeIndicators.Concat(b.Threats.Select(t => "threat_" + t.Id.ToLowerInvariant())).ToArray()
            : b.Threats.Any(t => t.Id == actor) ? ThreatIndicators : [];
        if (allowed.Length == 0) { problem = $"unknown actor '{actor}'"; return null; }
        if (!allowed.Contains(indicator)) { problem = $"{actor} has no uncertain starting figure '{indicator}' (known: {string.Join(", ", allowed)})"; return null; }
        return new BaselineVariable(actor, indicator);
    }

    /// <summary>The values the model accepts for this figure.</summary>
    public (double Min, double Max) Domain => Indicator switch
    {
        "alignment" => (-1 + Margin, 1 - Margin),
        "belief" or "entrapment" or "independence" or "duplication" or "probing" => (Margin, 1 - Margin),
        "cooperation" or "nuclear_latency" or "trade_china_share" or "public_support" or "pacific_share" => (0, 1),
        _ when Indicator.StartsWith("threat_", StringComparison.Ordinal) => (0, 1),
        _ => (0, double.MaxValue),
    };

    /// <summary>The range data/baseline.csv gives for this figure in the baseline's year (low, high), or null.</summary>
    public (double Low, double High)? DataRange(ReferenceData data, int year) =>
        data.Figures.FirstOrDefault(f => f.Actor == Actor && f.Year == year && f.Indicator == Indicator) is { } row
            ? (Math.Max(row.Low, Domain.Min), Math.Min(row.High, Domain.Max))
            : null;

    /// <summary>The baseline with this figure set to <paramref name="value"/> (clamped into the domain).</summary>
    public Baseline Apply(Baseline b, double value)
    {
        double v = Math.Clamp(value, Domain.Min, Domain.Max);
        if (b.Hub.Id == Actor)
            return b with { Hub = Indicator switch
            {
                "public_support" => b.Hub with { PublicSupport = v },
                "pacific_share" => b.Hub with { PacificShare = v },
                "milex_usd_bn" => b.Hub with { Spending = v },
                _ => b.Hub with { Gdp = v },
            } };
        if (b.Threats.Any(t => t.Id == Actor))
            return b with { Threats = b.Threats.Select(t => t.Id != Actor ? t : Indicator switch
            {
                "milex_usd_bn" => t with { Spending = v },
                "gdp_usd_bn" => t with { Gdp = v },
                _ => t with { Probing = v },
            }).ToList() };
        return b with { Spokes = b.Spokes.Select(s => s.Id != Actor ? s : Indicator switch
        {
            "belief" => s with { Belief = v },
            "alignment" => s with { Alignment = v },
            "entrapment" => s with { Entrapment = v },
            "independence" => s with { Independence = v },
            "duplication" => s with { Duplication = v },
            "cooperation" => s with { Cooperation = v },
            "nuclear_latency" => s with { NuclearLatency = v },
            "trade_china_share" => s with { TradeWithChina = v },
            "milex_usd_bn" => s with { Spending = Math.Min(v, 0.5 * s.Gdp) },
            "gdp_usd_bn" => s with { Gdp = Math.Max(v, 2 * s.Spending) },
            "us_troops" => s with { Troops = v },
            "hns_usd_bn" => s with { HostNationSupport = v },
            _ => s with { ThreatExposure = Exposure(b, s, v) },
        }).ToList() };
    }

    private double[] Exposure(Baseline b, SpokeProfile s, double v)
    {
        var e = (double[])s.ThreatExposure.Clone();
        e[b.Threats.ToList().FindIndex(t => "threat_" + t.Id.ToLowerInvariant() == Indicator)] = v;
        return e;
    }
}
