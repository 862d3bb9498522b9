namespace Spokes.Explore.Distributions;

/// <summary>
/// Argument checks shared by the distributions, samplers and analyses, so that each call site stays one line.
/// Every check rejects NaN and throws <see cref="ArgumentOutOfRangeException"/> (an <see cref="ArgumentException"/>)
/// or <see cref="ArgumentNullException"/> naming the offending argument.
/// </summary>
internal static class Require
{
    /// <summary>Value must be a finite number (not NaN, not ±∞).</summary>
    public static double Finite(double value, string name) =>
        double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(name, value, "must be a finite number");

    /// <summary>Value must be finite and strictly positive.</summary>
    public static double Positive(double value, string name) =>
        double.IsFinite(value) && value > 0
            ? value
            : throw new ArgumentOutOfRangeException(name, value, "must be a finite number greater than 0");

    /// <summary>Value must be at least <paramref name="minimum"/>.</summary>
    public static int AtLeast(int value, int minimum, string name) =>
        value >= minimum ? value : throw new ArgumentOutOfRangeException(name, value, $"must be at least {minimum}");

    /// <summary>Value must lie in [<paramref name="minimum"/>, <paramref name="maximum"/>].</summary>
    public static int InRange(int value, int minimum, int maximum, string name) =>
        value >= minimum && value <= maximum
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"must lie in [{minimum}, {maximum}]");

    /// <summary>Value must lie in the open interval (<paramref name="lower"/>, <paramref name="upper"/>).</summary>
    public static double Between(double value, double lower, double upper, string name) =>
        value > lower && value < upper
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"must lie strictly between {lower} and {upper}");

    /// <summary>
    /// A unit-interval coordinate: u ∈ [0, 1]. Samplers give [0, 1); the closed end is accepted so that designs
    /// whose levels include 1 (Morris, full factorial with end points) map to the upper end of the support.
    /// </summary>
    public static double UnitCoordinate(double u, string name) =>
        u >= 0 && u <= 1 ? u : throw new ArgumentOutOfRangeException(name, u, "must lie in [0, 1]");

    /// <summary><paramref name="upper"/> must be finite and strictly greater than the finite <paramref name="lower"/>.</summary>
    public static void Increasing(double lower, string lowerName, double upper, string upperName)
    {
        Finite(lower, lowerName);
        Finite(upper, upperName);
        if (!(upper > lower))
            throw new ArgumentOutOfRangeException(upperName, upper, $"must be greater than {lowerName} = {lower}");
    }

    /// <summary>The reference must not be null.</summary>
    public static T NotNull<T>(T? value, string name) where T : class =>
        value ?? throw new ArgumentNullException(name);
}
