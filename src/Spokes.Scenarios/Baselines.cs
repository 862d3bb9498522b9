using Spokes.Model.World;
using Spokes.Scenarios.Data;

namespace Spokes.Scenarios;

/// <summary>
/// The built-in baselines: 1969 (the Nixon doctrine), 1990 (the end of the Cold War, the first year of the yearly
/// series), 2010 (the start of the 2010s history runs), 2016 (the essay's moment) and 2024 (the latest data).
/// </summary>
public static class Baselines
{
    public static IReadOnlyList<int> Years { get; } = [1969, 1990, 2010, 2016, 2024];

    private static readonly Dictionary<int, Lazy<Baseline>> Built = Years.ToDictionary(y => y,
        y => new Lazy<Baseline>(() => BaselineBuilder.Build(ReferenceData.BuiltIn, y, $"baseline-{y}", DriverData.BuiltIn)));


    public static Baseline Year1969 => Built[1969].Value;
    public static Baseline Year1990 => Built[1990].Value;
    public static Baseline Year2010 => Built[2010].Value;
    public static Baseline Year2016 => Built[2016].Value;
    public static Baseline Year2024 => Built[2024].Value;

    /// <summary>The built-in baseline for a year, or null when there is none.</summary>
    public static Baseline? ForYear(int year) => Built.TryGetValue(year, out var b) ? b.Value : null;
}
