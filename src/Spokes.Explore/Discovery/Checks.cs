namespace Spokes.Explore.Discovery;

/// <summary>Argument checks shared by the discovery types, so call sites stay one line. NaN is always rejected.</summary>
internal static class Checks
{
    public static double InOpenInterval(double value, double low, double high, string name) =>
        value > low && value < high
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must lie strictly between {low} and {high}");

    public static double InClosedInterval(double value, double low, double high, string name) =>
        value >= low && value <= high
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must lie in [{low}, {high}]");

    public static int AtLeast(int value, int low, string name) =>
        value >= low ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least {low}");

    public static double Finite(double value, string name) =>
        double.IsFinite(value) ? value : throw new ArgumentException($"{name} must be a finite number, not {value}", name);
}
