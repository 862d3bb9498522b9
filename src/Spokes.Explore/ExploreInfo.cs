namespace Spokes.Explore;

/// <summary>
/// Exploratory modelling for Spokes, in the vocabulary of EMA Workbench, SALib and Rhodium: uncertainties, levers,
/// constants and outcomes; samplers that draw in the unit cube; evaluators; sensitivity analysis, scenario discovery
/// and robust policy search that work on plain tables.
/// </summary>
public static class ExploreInfo
{
    public const string Version = "0.1.0";
}
