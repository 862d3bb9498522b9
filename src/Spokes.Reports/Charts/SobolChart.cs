using ScottPlot;
using Spokes.Explore.Sensitivity;

namespace Spokes.Reports.Charts;

/// <summary>
/// Sobol indices of one outcome: for each input a pair of horizontal bars, first-order S1 and total ST, with their
/// bootstrap confidence half-widths as error bars. Inputs are sorted by ST, largest at the top (ties in input order).
/// S1 is what an input explains alone; ST − S1 is its share through interactions.
/// </summary>
public sealed class SobolChart : Chart
{
    private readonly string[] _inputs;
    private readonly double[] _s1, _s1Conf, _st, _stConf;
    private readonly double _level;

    /// <param name="outcome">the outcome the indices are of (title and id).</param>
    /// <param name="inputs">input names, in the order of the index arrays.</param>
    /// <param name="s1">first-order indices.</param>
    /// <param name="s1Conf">confidence half-widths of S1 (NaN: none drawn).</param>
    /// <param name="st">total indices.</param>
    /// <param name="stConf">confidence half-widths of ST (NaN: none drawn).</param>
    /// <param name="confidenceLevel">level of the intervals, e.g. 0.95.</param>
    /// <exception cref="ArgumentException">no inputs, or arrays of different lengths.</exception>
    public SobolChart(string outcome, IReadOnlyList<string> inputs, IReadOnlyList<double> s1, IReadOnlyList<double> s1Conf,
        IReadOnlyList<double> st, IReadOnlyList<double> stConf, double confidenceLevel)
        : base(ChartId.Slug("sobol-", outcome), $"Sobol indices of {outcome}",
            $"First-order (S1) and total (ST) Sobol indices per input, with {ChartStyle.Number(100 * confidenceLevel, 1)}% bootstrap " +
            "intervals. S1 is the share of the outcome's variance an input explains alone; ST − S1 is its share through interactions.",
            ChartStyle.Width, Math.Max(ChartStyle.Height, 140 + 34 * inputs.Count))
    {
        int d = inputs.Count;
        if (d == 0) throw new ArgumentException("at least one input is needed", nameof(inputs));
        if (s1.Count != d || s1Conf.Count != d || st.Count != d || stConf.Count != d)
            throw new ArgumentException($"every index array needs {d} entries, one per input");
        _inputs = inputs.ToArray();
        _s1 = s1.ToArray();
        _s1Conf = s1Conf.ToArray();
        _st = st.ToArray();
        _stConf = stConf.ToArray();
        _level = confidenceLevel;
    }

    /// <summary>The chart of an analysis result.</summary>
    public static SobolChart From(string outcome, IReadOnlyList<string> inputs, SobolIndices indices) =>
        new(outcome, inputs, indices.S1, indices.S1Conf, indices.ST, indices.STConf, indices.ConfidenceLevel);

    /// <summary>Input indices in display order, top first: ST descending, NaN last, ties by input order.</summary>
    public IReadOnlyList<int> Order =>
        Enumerable.Range(0, _inputs.Length).OrderByDescending(j => double.IsNaN(_st[j]) ? double.NegativeInfinity : _st[j]).ThenBy(j => j).ToArray();

    protected override void Draw(Plot plot)
    {
        var order = Order;
        int d = _inputs.Length;
        var s1Bars = new List<Bar>();
        var stBars = new List<Bar>();
        var positions = new double[d];
        var s1Color = ChartStyle.Series(0);
        var stColor = ChartStyle.Series(1);
        for (int k = 0; k < d; k++)
        {
            int j = order[k];
            positions[k] = d - 1 - k;
            s1Bars.Add(Bar(positions[k] + 0.19, _s1[j], _s1Conf[j], s1Color));
            stBars.Add(Bar(positions[k] - 0.19, _st[j], _stConf[j], stColor));
        }
        plot.Add.Bars(s1Bars).Horizontal = true;
        plot.Add.Bars(stBars).Horizontal = true;
        ChartStyle.CategoryTicks(plot.Axes.Left, order.Select(j => _inputs[j]).ToList(), positions);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        ChartStyle.LegendRight(plot,
        [
            new LegendItem { LabelText = "S1 (first order)", FillColor = s1Color, LineWidth = 0 },
            new LegendItem { LabelText = "ST (total)", FillColor = stColor, LineWidth = 0 },
            new LegendItem { LabelText = $"{ChartStyle.Number(100 * _level, 1)}% interval", LineColor = ChartStyle.Ink, LineWidth = 1.5f },
        ]);

        double hi = Math.Max(1, Enumerable.Range(0, d).Max(j => Finite(_st[j]) + Finite(_stConf[j])));
        double lo = Math.Min(0, Enumerable.Range(0, d).Min(j => Math.Min(Finite(_s1[j]) - Finite(_s1Conf[j]), Finite(_st[j]) - Finite(_stConf[j]))));
        plot.Axes.SetLimits(lo - 0.02, hi + 0.02, -0.6, d - 0.4);
        ChartStyle.NumberTicks(plot.Axes.Bottom);
        ChartStyle.Finish(plot, Title, "share of output variance", "");
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
    }

    private static Bar Bar(double position, double value, double conf, Color color) => new()
    {
        Position = position, Value = Finite(value), Size = 0.36, FillColor = color, LineColor = ChartStyle.Ink, LineWidth = 1,
        Error = Finite(conf), ErrorSize = 0.12, Orientation = Orientation.Horizontal,
    };

    private static double Finite(double v) => double.IsFinite(v) ? v : 0;
}
