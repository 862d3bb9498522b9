using System.Xml.Linq;
using Spokes.Explore.Samplers;
using Spokes.Explore.Sensitivity;
using Spokes.Explore.TestModels;
using Spokes.Model.Outputs;
using Spokes.Reports.Charts;
using Spokes.Scenarios;
using Spokes.Scenarios.Data;

namespace Spokes.Reports.Tests.Charts;

public sealed class ChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly Lazy<Trajectory> Default = new(() => ScenarioPlan.Build(ScenarioDefinition.Default).Run());

    /// <summary>One chart of every kind, on small fixed data.</summary>
    public static TheoryData<string> Kinds => ["trajectory", "posture", "trilemma", "sobol", "morris", "prim"];

    private static Chart Make(string kind) => kind switch
    {
        "trajectory" => AllyTrajectoryChart.For(Default.Value, TrajectoryVariable.Standard[0], "default", ObservedSeries.BuiltIn),
        "posture" => new PostureComparisonChart("posture-x", "X by posture", "caption", "x (0..1)",
            [new("status-quo", 0.77), new("threaten", 0.667), new("withdraw", 0)], 3),
        "trilemma" => new TrilemmaChart(
            [new("status-quo", 0.77, 0.14, 0.28), new("threaten", 0.67, 0.17, 0.30), new("withdraw", 0, 0.9, 0.66)], "test"),
        "sobol" => new SobolChart("y", ["a", "b", "c"], [0.3, 0.4, 0], [0.05, 0.05, 0.02], [0.55, 0.45, 0.24], [0.07, double.NaN, 0.03], 0.95),
        "morris" => new MorrisChart("y", ["a", "b"], [7.5, 2], [7, 0.5], [0.9, double.NaN], 0.95),
        "prim" => new PrimTradeoffChart([1, 0.9, 0.7, 0.5], [0.3, 0.4, 0.6, 0.8], 2, "high distancing"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Svg_is_deterministic_even_after_other_renders(string kind)
    {
        var chart = Make(kind);
        string first = chart.RenderSvg();
        _ = Make("prim").RenderSvg(); // advances SkiaSharp's process-wide clip-path counter
        Assert.Equal(first, chart.RenderSvg());
        Assert.Equal(first, Make(kind).RenderSvg());
    }

    /// <summary>
    /// Firefox rejects a coordinate list with a trailing separator ("x0, x1, ") and draws every glyph at 0; Chromium
    /// tolerates it. Every x and y list must be a clean list of numbers, as long as the text it positions, and the text
    /// must carry no indentation (Firefox draws the collapsed space as one more glyph).
    /// </summary>
    [Theory]
    [MemberData(nameof(Kinds))]
    public void Glyph_position_lists_have_no_trailing_separator(string kind)
    {
        var root = XDocument.Parse(Make(kind).RenderSvg()).Root!;
        var texts = root.Descendants(Svg + "text").ToList();
        Assert.NotEmpty(texts);
        foreach (var text in texts)
            foreach (var name in new[] { "x", "y" })
                if ((string?)text.Attribute(name) is { } list)
                {
                    Assert.DoesNotMatch(@"[,\s]$", list);
                    if (list.Contains(',')) Assert.Equal(text.Value.Length, list.Split(',').Length);
                    Assert.Equal(text.Value.Trim(), text.Value);
                    Assert.All(list.Split(','), v => Assert.True(double.TryParse(v.Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _), $"'{v}' in {name}=\"{list}\""));
                }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Svg_is_a_standalone_document_with_title_viewbox_and_prefixed_ids(string kind)
    {
        var chart = Make(kind);
        var svg = chart.RenderSvg();
        Assert.StartsWith("<svg ", svg, StringComparison.Ordinal);
        var root = XDocument.Parse(svg).Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal($"0 0 {chart.Width} {chart.Height}", (string?)root.Attribute("viewBox"));
        Assert.Equal(chart.Title, root.Element(Svg + "title")?.Value);
        var ids = root.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        Assert.All(ids, id => Assert.StartsWith(chart.Id + "-", id, StringComparison.Ordinal));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("font-family=\"DejaVu Sans\"", svg, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Png_is_a_valid_non_trivial_picture(string kind)
    {
        var chart = Make(kind);
        var png = chart.RenderPng();
        Assert.True(Png.HasSignature(png));
        Assert.Equal((chart.Width, chart.Height), Png.Size(png));
        Assert.True(png.Length > 5_000, $"{png.Length} bytes");
        Assert.True(Png.DistinctColours(png) > 20, "a blank or nearly blank picture");
    }

    [Fact]
    public void Chart_font_is_installed()
    {
        // SkiaSharp silently falls back to another family when a font is missing, and the charts would then differ
        // from machine to machine.
        using var typeface = SkiaSharp.SKTypeface.FromFamilyName(ChartStyle.FontName);
        Assert.True(typeface?.FamilyName == ChartStyle.FontName,
            $"font '{ChartStyle.FontName}' not found (got '{typeface?.FamilyName}'): install it, on Debian `apt-get install -y fonts-dejavu-core`");
    }

    [Fact]
    public void Trajectory_chart_has_one_line_per_ally_and_sipri_points_only_inside_the_run()
    {
        var t = Default.Value;
        var spending = AllyTrajectoryChart.For(t, TrajectoryVariable.Standard[0], "default", ObservedSeries.BuiltIn);
        Assert.Equal(["JPN", "KOR", "AUS", "PHL", "THA", "TWN"], spending.Series.Select(s => s.Ally));
        Assert.All(spending.Series, s => Assert.Equal(t.YearCount, s.Values.Count));
        Assert.Equal(t.Get(2030, "KOR", Variable.SpendingShare), spending.Series[1].Values[^1]);
        Assert.NotEmpty(spending.Observed);
        foreach (var o in spending.Observed)
            for (int i = 0; i < o.Years.Count; i++)
            {
                Assert.InRange(o.Years[i], t.StartYear, t.EndYear);
                Assert.Equal(ObservedSeries.BuiltIn.Get(o.Ally, "milex_share_gdp_pct", o.Years[i]), o.Values[i]);
            }
        var belief = AllyTrajectoryChart.For(t, TrajectoryVariable.Standard[1], "default", ObservedSeries.BuiltIn);
        Assert.Empty(belief.Observed);
    }

    [Fact]
    public void Standard_trajectory_charts_cover_the_five_ally_variables()
    {
        Assert.Equal([Variable.SpendingShare, Variable.Belief, Variable.Entrapment, Variable.Alignment, Variable.Duplication],
            TrajectoryVariable.Standard.Select(v => v.Variable));
    }

    [Fact]
    public void Sobol_chart_orders_inputs_by_total_index()
    {
        var chart = new SobolChart("y", ["a", "b", "c", "d"], [0, 0, 0, 0], [0, 0, 0, 0], [0.2, double.NaN, 0.5, 0.2], [0, 0, 0, 0], 0.95);
        Assert.Equal([2, 0, 3, 1], chart.Order);
    }

    [Fact]
    public void Sensitivity_charts_take_analysis_results()
    {
        int n = 64, d = Ishigami.Dimensions;
        var sobol = SobolAnalysis.Analyze(Ishigami.Standard.EvaluateUnit(SaltelliDesign.Create(n, d)), d, bootstrap: 20, seed: 1);
        var sobolChart = SobolChart.From("ishigami", ["x1", "x2", "x3"], sobol);
        Assert.Equal("sobol-ishigami", sobolChart.Id);
        Assert.Contains("Sobol indices of ishigami", sobolChart.RenderSvg(), StringComparison.Ordinal);

        var design = MorrisDesign.Create(10, d, 4, seed: 1);
        var morris = MorrisAnalysis.Analyze(design, Ishigami.Standard.EvaluateUnit(design), bootstrap: 20, seed: 1);
        var morrisChart = MorrisChart.From("ishigami", ["x1", "x2", "x3"], morris);
        Assert.Equal("morris-ishigami", morrisChart.Id);
        Assert.True(Png.HasSignature(morrisChart.RenderPng()));
    }

    [Fact]
    public void Trilemma_marker_grows_with_duplication()
    {
        var chart = (TrilemmaChart)Make("trilemma");
        Assert.Equal(TrilemmaChart.MinMarker, chart.MarkerSize(0.28));
        Assert.Equal(TrilemmaChart.MaxMarker, chart.MarkerSize(0.66));
        Assert.InRange(chart.MarkerSize(0.30), TrilemmaChart.MinMarker, TrilemmaChart.MaxMarker);
    }

    [Fact]
    public void Bad_chart_input_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PrimTradeoffChart([1, 0.5], [0.2, 0.6], 2));
        Assert.Throws<ArgumentException>(() => new PrimTradeoffChart([1, 0.5], [0.2], 0));
        Assert.Throws<ArgumentException>(() => new SobolChart("y", ["a", "b"], [0.1], [0.1, 0.1], [0.1, 0.1], [0.1, 0.1], 0.95));
        Assert.Throws<ArgumentException>(() => new MorrisChart("y", [], [], [], [], 0.95));
        Assert.Throws<ArgumentException>(() => new PostureComparisonChart("has space", "t", "c", "x", [new("a", 1)], 1));
        Assert.Throws<ArgumentException>(() => new TrilemmaChart([], "x"));
    }

    [Theory]
    [InlineData("sobol-", "distancing index[2030]", "sobol-distancing-index-2030")]
    [InlineData("", "  Ünïcode & spaces ", "n-code-spaces")]
    [InlineData("prim-", "", "prim")]
    public void Slugs_are_file_name_safe(string prefix, string text, string expected) =>
        Assert.Equal(expected, ChartId.Slug(prefix, text));
}
