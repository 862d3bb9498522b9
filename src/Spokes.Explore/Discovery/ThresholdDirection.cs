namespace Spokes.Explore.Discovery;

/// <summary>Which side of a threshold makes a continuous outcome a case of interest.</summary>
public enum ThresholdDirection
{
    /// <summary>outcome ≥ threshold is of interest.</summary>
    AtLeast,

    /// <summary>outcome ≤ threshold is of interest.</summary>
    AtMost,
}
