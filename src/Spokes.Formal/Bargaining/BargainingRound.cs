namespace Spokes.Formal.Bargaining;

/// <summary>
/// One round of the bargaining model: the risk exponents r_i the actors used, the offers they accepted (all chosen
/// against the positions at the start of the round and applied together), the positions afterwards and the two
/// forecasts of the outcome. Immutable.
/// </summary>
public sealed record BargainingRound(
    int Number,
    IReadOnlyList<double> RiskExponents,
    IReadOnlyList<ActorMove> Moves,
    IReadOnlyList<double> Positions,
    double Mean,
    double Median);
