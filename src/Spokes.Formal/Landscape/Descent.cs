namespace Spokes.Formal.Landscape;

/// <summary>
/// Myopic, incremental dynamics (Axelrod &amp; Bennett 1993): one actor at a time switches blocs if that
/// lowers its frustration. Here the rule is made deterministic as steepest descent: of all actors whose switch
/// lowers the energy, by ΔE_k = 2·s_k·ΔF_k &lt; −ε, the one with the largest fall switches (the lowest index on a
/// tie). ε is <see cref="LandscapeSystem.EnergyTolerance"/>, so rounding noise never counts as a move. Every
/// move lowers E by more than ε, so the walk ends, at a configuration where no actor can lower its frustration:
/// a local minimum of the energy landscape.
/// </summary>
public static class Descent
{
    /// <summary>The actor that switches next from <paramref name="x"/>, or −1 when none can lower its frustration.</summary>
    public static int NextMover(LandscapeSystem system, BlocConfiguration x)
    {
        int best = -1;
        double bestChange = -system.EnergyTolerance;
        for (int k = 0; k < system.Count; k++)
        {
            double change = 2 * system.Size(k) * Frustration.SwitchChange(system, x, k);
            if (change < bestChange) (best, bestChange) = (k, change);
        }
        return best;
    }

    /// <summary>Walks from <paramref name="start"/> to a local minimum; returns it (canonical) and the actors that
    /// switched, in order.</summary>
    public static (BlocConfiguration End, IReadOnlyList<int> Switches) Run(LandscapeSystem system, BlocConfiguration start)
    {
        if (start.Count != system.Count) throw new ArgumentException("configuration and system differ in size", nameof(start));
        var x = start;
        var switches = new List<int>();
        for (int k = NextMover(system, x); k >= 0; k = NextMover(system, x))
        {
            switches.Add(k);
            x = x.Switch(k);
        }
        return (x.Canonical(), switches);
    }
}
