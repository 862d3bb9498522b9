namespace Spokes.Explore.Discovery;

/// <summary>
/// A box with one dimension's restriction dropped (both sides of a real dimension, every category of a categorical
/// one), as EMA Workbench's <c>PrimBox.drop_restriction</c>: its coverage, density, mass and rows, counted over the
/// rows the search started from. In regression mode coverage is NaN and density is the mean. Immutable.
/// </summary>
public sealed record RestrictionDrop(string Dimension, double Coverage, double Density, double Mass, int Rows, int CasesOfInterest);
