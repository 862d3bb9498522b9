namespace Spokes.Explore.Optimization;

/// <summary>Argument checks shared by the optimisation types, so call sites stay one line. NaN is always rejected.</summary>
internal static class Checks
{
    public static int AtLeast(int value, int low, string name) =>
        value >= low ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least {low}");

    public static double Positive(double value, string name) =>
        value > 0 && double.IsFinite(value)
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be a positive finite number");

    public static double InClosedInterval(double value, double low, double high, string name) =>
        value >= low && value <= high
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must lie in [{low}, {high}]");

    public static double Finite(double value, string name) =>
        double.IsFinite(value) ? value : throw new ArgumentException($"{name} must be a finite number, not {value}", name);
}
