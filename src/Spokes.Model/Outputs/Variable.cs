namespace Spokes.Model.Outputs;

/// <summary>Which kind of row a recorded variable belongs to.</summary>
[Flags]
public enum RowKind
{
    Hub = 1,
    Spoke = 2,
    Threat = 4,
    Alliance = 8,
}

/// <summary>Every variable recorded each year. <see cref="VariableInfo"/> gives its key, unit and rows.</summary>
public enum Variable
{
    Gdp,
    Spending,
    SpendingShare,
    HostSupport,
    Belief,
    Entrapment,
    Independence,
    Alignment,
    Duplication,
    Efficiency,
    Capability,
    EffectiveCapability,
    NuclearStage,
    ProliferationRisk,
    Troops,
    ResponseDays,
    PerceivedThreat,
    Discounting,
    UsProtection,
    Probing,
    PostureCost,
    PublicSupport,
    Distancing,
    BurdenShare,
    UsNetCost,
    CapabilityPerDollar,
    RemedyCost,
    Latency,
    ThreatShock,
    GovernmentOrientation,
}

public sealed record VariableInfo(Variable Variable, string Key, string Unit, RowKind Rows, string Meaning)
{
    private const RowKind Countries = RowKind.Hub | RowKind.Spoke | RowKind.Threat;

    public static IReadOnlyList<VariableInfo> All { get; } =
    [
        new(Variable.Gdp, "gdp", "US$ bn", Countries, "GDP"),
        new(Variable.Spending, "spending", "US$ bn", Countries | RowKind.Alliance, "defence spending (alliance: sum over spokes)"),
        new(Variable.SpendingShare, "spending_share", "% of GDP", Countries | RowKind.Alliance, "defence spending as a share of GDP"),
        new(Variable.HostSupport, "host_support", "US$ bn", RowKind.Spoke, "host-nation support paid to the U.S."),
        new(Variable.Belief, "belief", "0..1", RowKind.Spoke, "belief that the U.S. will defend the ally"),
        new(Variable.Entrapment, "entrapment", "0..1", RowKind.Spoke, "entrapment fear"),
        new(Variable.Independence, "independence", "0..1", RowKind.Spoke, "political weight of advocates of an independent policy"),
        new(Variable.Alignment, "alignment", "-1..1", RowKind.Spoke, "alignment with the U.S. (−1 bandwagoning with the adversary)"),
        new(Variable.Duplication, "duplication", "0..1", RowKind.Spoke | RowKind.Alliance, "share of spending duplicating U.S. capabilities (alliance: spending-weighted; the duplication index)"),
        new(Variable.Efficiency, "efficiency", "ratio", RowKind.Spoke, "alliance value of a dollar of the ally's spending"),
        new(Variable.Capability, "capability", "US$ bn eff.", RowKind.Spoke, "capability flow δK"),
        new(Variable.EffectiveCapability, "effective_capability", "US$ bn eff.", RowKind.Spoke | RowKind.Alliance, "capability that serves the alliance: max(a,0)·δK (alliance: plus believed U.S. protection)"),
        new(Variable.NuclearStage, "nuclear_stage", "0..4", RowKind.Spoke, "realised nuclear stage: 0 none, 1 latent, 2 hedging, 3 programme, 4 armed"),
        new(Variable.ProliferationRisk, "proliferation_risk", "probability", RowKind.Spoke | RowKind.Alliance, "probability of a weapons programme or beyond (alliance: of at least one)"),
        new(Variable.Troops, "troops", "troops", RowKind.Spoke | RowKind.Hub, "U.S. troops present (hub: total in the spokes)"),
        new(Variable.ResponseDays, "response_days", "days", RowKind.Spoke | RowKind.Alliance, "U.S. response time (alliance: GDP-weighted mean)"),
        new(Variable.PerceivedThreat, "perceived_threat", "ratio to start", RowKind.Spoke, "perceived threat T/T⁰"),
        new(Variable.Discounting, "discounting", "0..1", RowKind.Spoke | RowKind.Alliance, "share of the threat to leave the ally discounts, 1 − P (alliance: GDP-weighted; the discounting index)"),
        new(Variable.UsProtection, "us_protection", "US$ bn", RowKind.Spoke, "U.S. regional effort available to the ally"),
        new(Variable.Probing, "probing", "probability", RowKind.Threat | RowKind.Alliance, "yearly probability of probing a commitment (alliance: mean)"),
        new(Variable.PostureCost, "posture_cost", "US$ bn", RowKind.Hub, "net cost of the U.S. posture (stationing − host support + home basing + relocation + distance + remedies)"),
        new(Variable.PublicSupport, "public_support", "0..1", RowKind.Hub, "U.S. public support for alliances"),
        new(Variable.Distancing, "distancing", "0..1", RowKind.Alliance, "distancing index: GDP-weighted mean of (1 − a)/2"),
        new(Variable.BurdenShare, "burden_share", "0..1", RowKind.Alliance, "allied share of alliance spending: Σx / (Σx + U.S. regional effort)"),
        new(Variable.UsNetCost, "us_net_cost", "US$ bn", RowKind.Alliance, "U.S. regional effort plus posture cost"),
        new(Variable.CapabilityPerDollar, "capability_per_us_dollar", "ratio", RowKind.Alliance, "effective alliance capability per U.S. dollar"),
        new(Variable.RemedyCost, "remedy_cost", "US$ bn", RowKind.Hub, "part of the posture cost spent on the cooperation activities, reassurance, networking and non-proliferation pressure"),
        new(Variable.Latency, "nuclear_latency", "0..1", RowKind.Spoke, "nuclear latency L (grows while a programme runs)"),
        new(Variable.ThreatShock, "threat_shock", "stock", RowKind.Spoke, "stock of recent threat shocks σ (data/threat-events.csv)"),
        new(Variable.GovernmentOrientation, "government_orientation", "-1..1", RowKind.Spoke, "orientation of the government in office toward the U.S. relative to China (data/politics.csv)"),
    ];

    public static VariableInfo Get(Variable v) => All[(int)v];

    public static VariableInfo? Find(string key) => All.FirstOrDefault(v => v.Key == key);
}
