namespace Spokes.Explore.Discovery;

/// <summary>
/// The quasi-p value of one restriction of a box (Bryant &amp; Lempert 2010, as computed by EMA Workbench): the
/// one-sided binomial probability P(X ≥ H) with X ~ Binomial(T, p), where T and H are the rows and cases of interest in
/// the box and p is the density of the box with this restriction (this side, or these categories) removed. A small
/// value means the restriction raises the density by more than chance would.
/// </summary>
/// <param name="Dimension">the column's name.</param>
/// <param name="Side">which limit was released.</param>
/// <param name="Limit">the limit, as text.</param>
/// <param name="PValue">the quasi-p value.</param>
public sealed record QuasiPValue(string Dimension, BoxSide Side, string Limit, double PValue);
