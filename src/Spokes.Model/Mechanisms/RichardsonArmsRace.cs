namespace Spokes.Model.Mechanisms;

/// <summary>
/// Richardson's (1960) two-party arms race: dx/dt = −a·x + k·y + g, dy/dt = l·x − b·y + h, where k, l are
/// reactions to the rival, a, b fatigue and g, h grievances. The equilibrium is x* = (k·h + b·g)/(a·b − k·l),
/// y* = (l·g + a·h)/(a·b − k·l); it is stable when a·b &gt; k·l, and the race runs away when k·l &gt; a·b.
/// <see cref="AdversaryBuildup"/> uses the same reaction form, year by year, for China and North Korea.
/// </summary>
public readonly record struct RichardsonArmsRace(double A, double K, double G, double B, double L, double H)
{
    /// <summary>a·b − k·l: positive means a stable equilibrium.</summary>
    public double Determinant => A * B - K * L;

    public bool IsStable => Determinant > 0;

    public (double X, double Y) Equilibrium =>
        Determinant == 0
            ? throw new InvalidOperationException("a·b = k·l: no unique equilibrium")
            : ((K * H + B * G) / Determinant, (L * G + A * H) / Determinant);

    /// <summary>Eigenvalues of [[−a, k], [l, −b]]; real because k·l ≥ 0.</summary>
    public (double Larger, double Smaller) Eigenvalues
    {
        get
        {
            double mean = -(A + B) / 2, root = Math.Sqrt((A - B) * (A - B) / 4 + K * L);
            return (mean + root, mean - root);
        }
    }

    public (double Dx, double Dy) Derivative(double x, double y) => (-A * x + K * y + G, L * x - B * y + H);

    /// <summary>Classical fourth-order Runge–Kutta step of length dt.</summary>
    public (double X, double Y) Step(double x, double y, double dt)
    {
        var (k1x, k1y) = Derivative(x, y);
        var (k2x, k2y) = Derivative(x + dt / 2 * k1x, y + dt / 2 * k1y);
        var (k3x, k3y) = Derivative(x + dt / 2 * k2x, y + dt / 2 * k2y);
        var (k4x, k4y) = Derivative(x + dt * k3x, y + dt * k3y);
        return (x + dt / 6 * (k1x + 2 * k2x + 2 * k3x + k4x), y + dt / 6 * (k1y + 2 * k2y + 2 * k3y + k4y));
    }
}
