namespace Spokes.Model.World;

/// <summary>An adversary at the start year. Money in US$ billions (current).</summary>
public sealed record ThreatProfile
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required double Gdp { get; init; }
    public required double GdpGrowth { get; init; }
    public required double Spending { get; init; }
    /// <summary>Yearly propensity to probe U.S. commitments at the start (0..1).</summary>
    public required double Probing { get; init; }
}
