using ScottPlot;
using Spokes.Explore.Sensitivity;

namespace Spokes.Reports.Charts;

/// <summary>
/// Morris screening of one outcome: each input a point at (μ*, σ), labelled, with its bootstrap interval on μ*
/// when there is one, and the line σ = μ* dashed. Inputs far right matter; inputs high above the line act through
/// interactions or non-linearly, those near the x-axis roughly linearly and alone (Campolongo et al. 2007).
/// </summary>
public sealed class MorrisChart : Chart
{
    private readonly string[] _inputs;
    private readonly double[] _muStar, _sigma, _muStarConf;
    private readonly double _level;

    /// <param name="outcome">the outcome (title and id).</param>
    /// <param name="inputs">input names.</param>
    /// <param name="muStar">μ* per input.</param>
    /// <param name="sigma">σ per input (NaN: drawn at 0).</param>
    /// <param name="muStarConf">confidence half-widths of μ* (NaN: none drawn).</param>
    /// <param name="confidenceLevel">level of the intervals.</param>
    /// <exception cref="ArgumentException">no inputs, or arrays of different lengths.</exception>
    public MorrisChart(string outcome, IReadOnlyList<string> inputs, IReadOnlyList<double> muStar, IReadOnlyList<double> sigma,
        IReadOnlyList<double> muStarConf, double confidenceLevel)
        : base(ChartId.Slug("morris-", outcome), $"Morris screening of {outcome}",
            "Each input at its mean absolute elementary effect μ* (importance) and the standard deviation σ of its effects " +
            "(interactions and non-linearity); the dashed line is σ = μ*. Horizontal bars are bootstrap intervals of μ*.")
    {
        int d = inputs.Count;
        if (d == 0) throw new ArgumentException("at least one input is needed", nameof(inputs));
        if (muStar.Count != d || sigma.Count != d || muStarConf.Count != d)
            throw new ArgumentException($"every statistic needs {d} entries, one per input");
        _inputs = inputs.ToArray();
        _muStar = muStar.ToArray();
        _sigma = sigma.ToArray();
        _muStarConf = muStarConf.ToArray();
        _level = confidenceLevel;
    }

    /// <summary>The chart of an analysis result.</summary>
    public static MorrisChart From(string outcome, IReadOnlyList<string> inputs, MorrisIndices indices) =>
        new(outcome, inputs, indices.MuStar, indices.Sigma, indices.MuStarConf, indices.ConfidenceLevel);

    protected override void Draw(Plot plot)
    {
        int d = _inputs.Length;
        var x = _muStar.Select(Finite).ToArray();
        var y = _sigma.Select(Finite).ToArray();
        var conf = _muStarConf.Select(Finite).ToArray();
        double max = Math.Max(1e-12, Math.Max(x.Zip(conf, (a, c) => a + c).Max(), y.Max()));

        var diagonal = plot.Add.Line(0, 0, max * 1.1, max * 1.1);
        diagonal.LineColor = ChartStyle.Ink;
        diagonal.LinePattern = LinePattern.Dashed;
        diagonal.LineWidth = 1;

        if (conf.Any(c => c > 0))
        {
            var zeros = new double[d];
            var errors = new ScottPlot.Plottables.ErrorBar(x, y, conf, conf, zeros, zeros) { LineColor = ChartStyle.Series(0), LineWidth = 1.5f, CapSize = 4 };
            plot.Add.Plottable(errors);
        }
        plot.Add.Markers(x, y, MarkerShape.FilledCircle, 9, ChartStyle.Series(0));
        for (int j = 0; j < d; j++)
            ChartStyle.Label(plot, _inputs[j], x[j], y[j], ChartStyle.Ink);

        var items = new List<LegendItem>
        {
            new() { LabelText = "input (μ*, σ)", LineWidth = 0, MarkerShape = MarkerShape.FilledCircle, MarkerSize = 9, MarkerFillColor = ChartStyle.Series(0), MarkerLineColor = ChartStyle.Series(0) },
            new() { LabelText = "σ = μ*", LineColor = ChartStyle.Ink, LineWidth = 1, LinePattern = LinePattern.Dashed },
        };
        if (conf.Any(c => c > 0))
            items.Add(new() { LabelText = $"{ChartStyle.Number(100 * _level, 1)}% interval of μ*", LineColor = ChartStyle.Series(0), LineWidth = 1.5f });
        ChartStyle.LegendRight(plot, items);

        plot.Axes.SetLimits(0, max * 1.25, 0, max * 1.1);
        ChartStyle.NumberTicks(plot.Axes.Bottom);
        ChartStyle.NumberTicks(plot.Axes.Left);
        ChartStyle.Finish(plot, Title, "μ* (mean |elementary effect|)", "σ (std. dev. of elementary effects)");
    }

    private static double Finite(double v) => double.IsFinite(v) ? v : 0;
}
