namespace Spokes.Explore.Discovery;

/// <summary>
/// The score PRIM maximises when it chooses among candidate peels and pastes (names and formulas as in EMA
/// Workbench's prim). ȳ is the share of cases of interest; n the number of rows; "old" the current box, "new" the
/// candidate.
/// </summary>
public enum PeelObjective
{
    /// <summary>ȳ_new, the density of the candidate box (Friedman &amp; Fisher 1999): the default here.</summary>
    Original,

    /// <summary>(ȳ_new − ȳ_old) / |n_old − n_new|: gain in density per row removed (EMA's default).</summary>
    Lenient1,

    /// <summary>n_new · (ȳ_new − ȳ_old) / |n_old − n_new| (Friedman &amp; Fisher 1999, eq. 14.6).</summary>
    Lenient2,
}
