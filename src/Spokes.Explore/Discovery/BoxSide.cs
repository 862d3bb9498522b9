namespace Spokes.Explore.Discovery;

/// <summary>The part of a box limit a quasi-p value tests.</summary>
public enum BoxSide
{
    /// <summary>The lower limit of a real dimension.</summary>
    Lower,

    /// <summary>The upper limit of a real dimension.</summary>
    Upper,

    /// <summary>The set of allowed categories of a categorical dimension.</summary>
    Categories,
}
