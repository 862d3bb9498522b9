using Spokes.Model.World;
using Spokes.Scenarios.Data;

namespace Spokes.Scenarios;

/// <summary>The built-in baselines: 2010 (the start of the history runs), 2016 (the essay's moment) and 2024 (the latest data).</summary>
public static class Baselines
{
    public static IReadOnlyList<int> Years { get; } = [2010, 2016, 2024];

    private static readonly Lazy<Baseline> B2010 = new(() => BaselineBuilder.Build(ReferenceData.BuiltIn, 2010, "baseline-2010", DriverData.BuiltIn));
    private static readonly Lazy<Baseline> B2016 = new(() => BaselineBuilder.Build(ReferenceData.BuiltIn, 2016, "baseline-2016", DriverData.BuiltIn));
    private static readonly Lazy<Baseline> B2024 = new(() => BaselineBuilder.Build(ReferenceData.BuiltIn, 2024, "baseline-2024", DriverData.BuiltIn));

    public static Baseline Year2010 => B2010.Value;
    public static Baseline Year2016 => B2016.Value;
    public static Baseline Year2024 => B2024.Value;

    /// <summary>The built-in baseline for a year, or null when there is none.</summary>
    public static Baseline? ForYear(int year) => year switch { 2010 => Year2010, 2016 => Year2016, 2024 => Year2024, _ => null };
}
