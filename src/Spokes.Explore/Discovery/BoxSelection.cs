using System.Globalization;

namespace Spokes.Explore.Discovery;

/// <summary>A rule for choosing a box from a trajectory. Immutable; build it with the static methods.</summary>
public sealed record BoxSelection
{
    private BoxSelection(BoxSelectionKind kind, double value)
    {
        Kind = kind;
        Value = value;
    }

    public BoxSelectionKind Kind { get; }

    /// <summary>The index, or the density or coverage threshold.</summary>
    public double Value { get; }

    public static BoxSelection At(int index) => new(BoxSelectionKind.Index, Checks.AtLeast(index, 0, nameof(index)));

    public static BoxSelection Last { get; } = new(BoxSelectionKind.Last, 0);

    /// <exception cref="ArgumentOutOfRangeException">outside [0, 1].</exception>
    public static BoxSelection MinDensity(double density) =>
        new(BoxSelectionKind.MinDensity, Checks.InClosedInterval(density, 0, 1, nameof(density)));

    /// <exception cref="ArgumentOutOfRangeException">outside [0, 1].</exception>
    public static BoxSelection MinCoverage(double coverage) =>
        new(BoxSelectionKind.MinCoverage, Checks.InClosedInterval(coverage, 0, 1, nameof(coverage)));

    /// <summary>The box with the highest harmonic mean of coverage and density; see <see cref="BoxSelectionKind.BestF1"/>.</summary>
    public static BoxSelection BestF1 { get; } = new(BoxSelectionKind.BestF1, 0);

    /// <summary>The harmonic mean of a box's coverage and density (0 when both are 0).</summary>
    public static double F1(PrimBox box) =>
        box.Coverage + box.Density > 0 ? 2 * box.Coverage * box.Density / (box.Coverage + box.Density) : 0;

    /// <summary>The index chosen on a trajectory, or null when no box meets the rule.</summary>
    internal int? Choose(IReadOnlyList<PrimBox> trajectory) => Kind switch
    {
        BoxSelectionKind.Index => (int)Value < trajectory.Count ? (int)Value : null,
        BoxSelectionKind.Last => trajectory.Count - 1,
        BoxSelectionKind.MinDensity => trajectory.Where(b => b.Density >= Value)
            .OrderByDescending(b => b.Coverage).ThenByDescending(b => b.Density).ThenBy(b => b.Index)
            .Select(b => (int?)b.Index).FirstOrDefault(),
        BoxSelectionKind.BestF1 => trajectory.OrderByDescending(F1).ThenBy(b => b.Index).First().Index,
        _ => trajectory.Where(b => b.Coverage >= Value)
            .OrderByDescending(b => b.Density).ThenByDescending(b => b.Coverage).ThenBy(b => b.Index)
            .Select(b => (int?)b.Index).FirstOrDefault(),
    };

    public override string ToString() => Kind switch
    {
        BoxSelectionKind.Index => string.Create(CultureInfo.InvariantCulture, $"box {Value}"),
        BoxSelectionKind.Last => "last box",
        BoxSelectionKind.MinDensity => string.Create(CultureInfo.InvariantCulture, $"highest coverage with density ≥ {Value}"),
        BoxSelectionKind.BestF1 => "highest harmonic mean of coverage and density",
        _ => string.Create(CultureInfo.InvariantCulture, $"highest density with coverage ≥ {Value}"),
    };
}
