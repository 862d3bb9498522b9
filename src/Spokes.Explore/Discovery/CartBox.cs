namespace Spokes.Explore.Discovery;

/// <summary>
/// One leaf of a CART tree read as a box: the conditions on the path from the root (one per dimension, intersected),
/// and, as for PRIM boxes, coverage, density and mass; <see cref="Mean"/> is the mean outcome (the density for a 0/1
/// outcome). Immutable.
/// </summary>
public sealed record CartBox(int Leaf, IReadOnlyList<CartCondition> Conditions, int Rows, double Mean, int CasesOfInterest,
    double Coverage, double Density, double Mass)
{
    /// <summary>The conditions joined by "and" ("everything" for a tree that never split).</summary>
    public string Rule => Conditions.Count == 0 ? "everything" : string.Join(" and ", Conditions.Select(c => c.ToString()));
}
