namespace Spokes.Model.World;

/// <summary>The United States at the start year. Money in US$ billions (current).</summary>
public sealed record HubProfile
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required double Gdp { get; init; }
    /// <summary>Real GDP growth per year used to project GDP (fraction).</summary>
    public required double GdpGrowth { get; init; }
    public required double Spending { get; init; }
    /// <summary>U.S. public support for alliances (survey share 0..1): scales how believable a threat to leave is.</summary>
    public required double PublicSupport { get; init; }
    /// <summary>Share of U.S. defence spending devoted to the Indo-Pacific (0..1).</summary>
    public required double PacificShare { get; init; }
}
