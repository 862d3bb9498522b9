namespace Spokes.Formal.Bargaining;

/// <summary>
/// The basic utilities of a challenge, from the viewpoint of an actor with risk exponent r (Bueno de Mesquita 1994;
/// Scholz, Calbert &amp; Smith 2011). d is the distance |x_i − x_j| between challenger and target and D the
/// width of the issue scale (the range of the starting positions), so d/D ∈ [0, 1]:
/// <list type="bullet">
/// <item>success U_s = 2 − 4·(0.5 − 0.5·d/D)^r — the challenger imposes its position;</item>
/// <item>failure U_f = 2 − 4·(0.5 + 0.5·d/D)^r — the challenger must take the target's position;</item>
/// <item>status quo U_sq = 2 − 4·0.5^r.</item>
/// </list>
/// r &gt; 1 makes the utilities concave (risk averse), r &lt; 1 convex (risk acceptant); at d = 0 all three coincide.
/// </summary>
public static class Utility
{
    /// <summary>U_s = 2 − 4·(0.5 − 0.5·d/D)^r.</summary>
    public static double Success(double distance, double range, double risk) =>
        2 - 4 * Math.Pow(0.5 - 0.5 * distance / range, risk);

    /// <summary>U_f = 2 − 4·(0.5 + 0.5·d/D)^r.</summary>
    public static double Failure(double distance, double range, double risk) =>
        2 - 4 * Math.Pow(0.5 + 0.5 * distance / range, risk);

    /// <summary>U_sq = 2 − 4·0.5^r.</summary>
    public static double StatusQuo(double risk) => 2 - 4 * Math.Pow(0.5, risk);
}
