namespace Spokes.Explore.Samplers;

/// <summary>Where the L levels of a <see cref="FullFactorial"/> dimension sit in the unit interval.</summary>
public enum FactorialSpacing
{
    /// <summary>
    /// (k + ½)/L, k = 0…L−1: the midpoints of L equal strata, all inside [0, 1). A discrete parameter with L values
    /// (<see cref="Distributions.DiscreteUniform"/>, <see cref="Distributions.Categorical"/>) gets each value once, and
    /// an unbounded distribution never receives its extreme tail.
    /// </summary>
    Midpoints,

    /// <summary>
    /// k/(L − 1), k = 0…L−1: evenly spaced from 0 to 1 inclusive (EMA Workbench's <c>linspace</c> levels), so a
    /// bounded parameter is tried at both ends of its range. Coordinates reach 1, outside the usual [0, 1).
    /// A single level sits at ½.
    /// </summary>
    Endpoints,
}
