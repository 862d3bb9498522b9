using System.Xml.Linq;
using Spokes.Reports.Charts;

namespace Spokes.Reports.Tests.Charts;

/// <summary>The visual-analytics charts (issue 15): each on data with a known answer, checked in its numbers and its SVG.</summary>
public sealed class AnalysisChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static List<string> Texts(Chart c) => XDocument.Parse(c.RenderSvg()).Descendants(Svg + "text").Select(t => t.Value).ToList();

    [Fact]
    public void Parallel_coordinates_scale_each_axis_to_its_own_range_and_write_the_ends()
    {
        var c = new ParallelCoordinatesChart("pc", "t", "c", ["a", "b"], [[0, 10], [2, 30], [1, 20]], ["threaten", "threaten", "withdraw"]);
        Assert.Equal((0, 2), c.Range(0));
        Assert.Equal(0.5, c.Scaled(1, 20));
        var texts = Texts(c);
        foreach (var s in new[] { "a", "b", "0", "2", "10", "30", "threaten", "withdraw" }) Assert.Contains(s, texts);
        Assert.Throws<ArgumentException>(() => new ParallelCoordinatesChart("pc", "t", "c", ["a"], [[0]], ["x"]));
    }

    [Fact]
    public void Box_limits_are_drawn_as_shares_of_the_data_range_with_their_values_and_p()
    {
        var l = new BoxLimit("publicSupport", 0.4, 0.95, 0.4, 0.68, "< 0.001");
        Assert.Equal(0.28 / 0.55, PrimBoxLimitsChart.Scaled(l, 0.68), 12);
        var texts = Texts(new PrimBoxLimitsChart("bl", "t", "c", [l]));
        Assert.Contains("publicSupport", texts);
        Assert.Contains("0.68", texts);
        Assert.Contains("p < 0.001", texts);
    }

    [Fact]
    public void Pairs_plot_has_one_panel_per_pair_and_names_on_the_diagonal()
    {
        var x = new[] { 0.1, 0.2, 0.8, 0.9 };
        var y = new[] { 0.9, 0.1, 0.5, 0.3 };
        var c = new PairsPlotChart("pp", "pairs", "c", ["x", "y"], [x, y], [true, false, true, false], [(0, 0.5), (0, 1)]);
        var svg = c.RenderSvg();
        var texts = Texts(c);
        Assert.Single(texts, "x");
        Assert.Single(texts, "y");
        Assert.Contains("pairs", texts);
        Assert.Throws<ArgumentException>(() => new PairsPlotChart("pp", "p", "c", ["x"], [x], [true, false, true, false], null));
    }

    [Fact]
    public void Dimensional_stacking_counts_the_cases_in_each_cell()
    {
        // cases exactly where both inputs are in their upper third
        var a = Enumerable.Range(0, 81).Select(i => (i % 9 + 0.5) / 9).ToArray();
        var b = Enumerable.Range(0, 81).Select(i => (i / 9 + 0.5) / 9).ToArray();
        var interest = a.Zip(b, (p, q) => p > 2.0 / 3 && q > 2.0 / 3).ToArray();
        var c = new DimensionalStackingChart("ds", "t", "c", ["a", "b"], [a, b], interest);
        var cells = c.Cells();
        Assert.Equal((3, 3), (cells.GetLength(0), cells.GetLength(1)));
        Assert.Equal(cells[2, 2].Count, cells[2, 2].Cases);
        for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++)
            if (i < 2 || j < 2) Assert.Equal(0, cells[i, j].Cases);
        Assert.Equal(81, Enumerable.Range(0, 9).Sum(k => cells[k / 3, k % 3].Count));
        Assert.Equal(9, cells[2, 2].Cases);
        Assert.Contains("100%", Texts(c));
        // four inputs: 9 × 9 cells
        Assert.Equal((9, 9), (new DimensionalStackingChart("ds4", "t", "c", ["a", "b", "a2", "b2"], [a, b, a, b], interest).Cells().GetLength(0), 9));
    }

    [Fact]
    public void Envelopes_give_the_range_quartiles_and_median_of_each_year()
    {
        var runs = Enumerable.Range(0, 5).Select(k => new[] { k * 1.0, k * 2.0 }).ToList(); // year 0: 0..4, year 1: 0..8
        var c = new EnvelopeChart("env", "t", "c", "x", 2020, [new PolicySeries("threaten", runs)]);
        var b = Assert.Single(c.Bands());
        Assert.Equal([0.0, 0.0], b.Min);
        Assert.Equal([2.0, 4.0], b.Median);
        Assert.Equal([1.0, 2.0], b.Q1);
        Assert.Equal([4.0, 8.0], b.Max);
        Assert.Contains("2020", Texts(c));
    }

    [Fact]
    public void Density_integrates_to_one_and_peaks_at_the_data()
    {
        var v = Enumerable.Range(0, 200).Select(i => Math.Sin(i) * 0.5 + 3).ToArray();
        double h = DensityChart.Bandwidth(v);
        Assert.True(h > 0);
        double area = 0, step = 0.01;
        for (double x = 0; x < 6; x += step) area += DensityChart.Density(v, h, x) * step;
        Assert.Equal(1, area, 2);
        Assert.True(DensityChart.Density(v, h, 3) > DensityChart.Density(v, h, 5));
        Assert.Contains("density", Texts(new DensityChart("d", "t", "c", "x", [("threaten", v)])));
    }
}
