using Spokes.Reports.Html;
using Spokes.Scenarios;

namespace Spokes.Reports.Tests;

/// <summary>The default scenario's run report and six-posture comparison, built and rendered once for all tests.</summary>
public sealed class ReportFixture
{
    public ReportFixture()
    {
        Run = ReportBuilder.ForRun(ScenarioDefinition.Default);
        RunHtml = HtmlReport.Render(Run);
        Comparison = ReportBuilder.ForComparison(ScenarioDefinition.Default);
        ComparisonHtml = HtmlReport.Render(Comparison);
    }

    public Report Run { get; }
    public string RunHtml { get; }
    public Report Comparison { get; }
    public string ComparisonHtml { get; }
}
