namespace Spokes.Formal.Landscape;

/// <summary>
/// Frustration and energy (Axelrod &amp; Bennett 1993). Actor i's frustration with configuration X is
/// F_i(X) = Σ_{j≠i} s_j·p_ij·d_ij(X), with d_ij = 0 if i and j are in the same bloc and 1 otherwise: being apart
/// from those it likes frustrates an actor, being apart from those it dislikes relieves it. The energy of the
/// system is E(X) = Σ_i s_i·F_i(X). When one actor k switches blocs, d_kj flips for every j, so
/// ΔF_k = Σ_{j≠k} s_j·p_kj·(1 − 2·d_kj) and, p being symmetric, ΔE = 2·s_k·ΔF_k: an actor that lowers its own
/// frustration lowers the energy of the whole system, so myopic moves descend the energy landscape.
/// </summary>
public static class Frustration
{
    /// <summary>F_i(X) = Σ_{j≠i} s_j·p_ij·d_ij(X).</summary>
    public static double Of(LandscapeSystem system, BlocConfiguration x, int i)
    {
        double f = 0;
        for (int j = 0; j < system.Count; j++)
            if (j != i && x.Distance(i, j) == 1) f += system.Size(j) * system.Propensity(i, j);
        return f;
    }

    /// <summary>E(X) = Σ_i s_i·F_i(X).</summary>
    public static double Energy(LandscapeSystem system, BlocConfiguration x)
    {
        double e = 0;
        for (int i = 0; i < system.Count; i++) e += system.Size(i) * Of(system, x, i);
        return e;
    }

    /// <summary>ΔF_k = F_k(X with k switched) − F_k(X) = Σ_{j≠k} s_j·p_kj·(1 − 2·d_kj(X)).</summary>
    public static double SwitchChange(LandscapeSystem system, BlocConfiguration x, int k)
    {
        double change = 0;
        for (int j = 0; j < system.Count; j++)
            if (j != k) change += x.Distance(k, j) == 0 ? system.Size(j) * system.Propensity(k, j) : -system.Size(j) * system.Propensity(k, j);
        return change;
    }
}
