namespace Spokes.Explore.Discovery;

/// <summary>
/// One point of the coverage–density trade-off of a logistic model: rows with predicted probability ≥
/// <see cref="Threshold"/> form the "box". Immutable.
/// </summary>
public sealed record LogitPoint(double Threshold, double Coverage, double Density, double Mass, int Rows);
