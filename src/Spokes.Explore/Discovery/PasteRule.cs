namespace Spokes.Explore.Discovery;

/// <summary>How far one paste widens a restricted side of a real dimension.</summary>
public enum PasteRule
{
    /// <summary>
    /// Friedman &amp; Fisher's α·N_B: take in the ⌈α·n_box⌉ outside rows nearest the limit (ties at the last value all
    /// come in); the new limit lies halfway to the next outside value. The default here.
    /// </summary>
    Rows,

    /// <summary>
    /// EMA Workbench's rule (<c>_real_paste</c>): the new lower limit is the 1 − α quantile (the upper limit the α
    /// quantile) of the column's values among the rows between the data's bound and the current limit that satisfy
    /// every other limit, by the same quantile rule as peeling; so a paste takes in about α of the candidates, not
    /// α of the box.
    /// </summary>
    Quantile,
}
