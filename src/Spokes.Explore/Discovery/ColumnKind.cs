namespace Spokes.Explore.Discovery;

/// <summary>How PRIM treats a column of a <see cref="Table"/>.</summary>
public enum ColumnKind
{
    /// <summary>Ordered numbers (real or integer): a box restricts them to an interval [lower, upper].</summary>
    Real,

    /// <summary>Unordered labels stored as integer codes 0..k−1: a box restricts them to a subset of the labels.</summary>
    Categorical,
}
