namespace Spokes.Model.World;

/// <summary>
/// The world at the start year: the hub, the spokes, the threats and the spoke-to-spoke ties. Immutable; built by
/// the scenario layer from data files, or by tests directly.
/// </summary>
public sealed record Baseline
{
    public required string Name { get; init; }
    public required int Year { get; init; }
    public required HubProfile Hub { get; init; }
    public required IReadOnlyList<SpokeProfile> Spokes { get; init; }
    public required IReadOnlyList<ThreatProfile> Threats { get; init; }
    /// <summary>Symmetric spoke × spoke tie weights (0..1), zero diagonal.</summary>
    public required double[,] Ties { get; init; }

    /// <summary>The baseline's nominal GDP growth of an actor in the model's actor order: the hub 0, spokes 1..n,
    /// threats n+1..n+m (the order of the dated paths' actors).</summary>
    public double GdpGrowth(int actor) =>
        actor == 0 ? Hub.GdpGrowth : actor <= Spokes.Count ? Spokes[actor - 1].GdpGrowth : Threats[actor - 1 - Spokes.Count].GdpGrowth;

    /// <summary>Checks shapes and ranges; returns the first problem found, or null when the baseline is usable.</summary>
    public string? Validate()
    {
        int n = Spokes.Count, m = Threats.Count;
        if (n == 0) return "a baseline needs at least one spoke";
        if (Ties.GetLength(0) != n || Ties.GetLength(1) != n) return $"ties must be {n}×{n}";
        if (!(Hub.PublicSupport is >= 0 and <= 1)) return "public support must lie in 0..1";
        if (!(Hub.Spending > 0) || !(Hub.Gdp > Hub.Spending)) return "U.S. spending must be positive and below GDP";
        foreach (var s in Spokes)
        {
            if (s.ThreatExposure.Length != m) return $"{s.Id}: needs one exposure per threat ({m})";
            if (!(s.Gdp > 0)) return $"{s.Id}: GDP must be positive";
            if (!(s.Spending >= 0 && s.Spending < s.Gdp)) return $"{s.Id}: spending must lie in [0, GDP)";
            if (!(s.Troops >= 0) || !(s.HostNationSupport >= 0)) return $"{s.Id}: troops and host-nation support must be ≥ 0";
            // Variables that enter a logit or artanh must lie strictly inside their range, or the start is no fixed point.
            if (!(s.Alignment is > -1 and < 1)) return $"{s.Id}: alignment must lie strictly between −1 and 1";
            foreach (var (name, v) in new[] { ("belief", s.Belief), ("entrapment", s.Entrapment),
                         ("independence", s.Independence), ("duplication", s.Duplication) })
                if (!(v is > 0 and < 1)) return $"{s.Id}: {name} must lie strictly between 0 and 1";
            foreach (var (name, v) in new[] { ("cooperation", s.Cooperation), ("trade with China", s.TradeWithChina),
                         ("nuclear latency", s.NuclearLatency) })
                if (!(v is >= 0 and <= 1)) return $"{s.Id}: {name} must lie in 0..1";
            if (!(s.GovernmentOrientation is >= -1 and <= 1)) return $"{s.Id}: government orientation must lie in −1..1";
            foreach (var e in s.ThreatExposure)
                if (!(e is >= 0 and <= 1)) return $"{s.Id}: threat exposure must lie in 0..1";
        }
        foreach (var t in Threats)
            if (!(t.Spending > 0) || !(t.Probing is > 0 and < 1)) return $"{t.Id}: spending must be positive and probing in (0, 1)";
        return null;
    }
}
