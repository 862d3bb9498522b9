namespace Spokes.Formal.Landscape;

/// <summary>
/// A local minimum of the energy landscape: a configuration no single switch can improve, its energy, and its
/// basin of attraction — how many of the 2^(n−1) distinct starting configurations <see cref="Descent"/> carries
/// there, and that number's share. Immutable.
/// </summary>
public sealed record LocalMinimum(BlocConfiguration Configuration, double Energy, int BasinCount, double BasinShare);
