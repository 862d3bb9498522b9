using ScottPlot;

namespace Spokes.Reports.Charts;

/// <summary>One policy's time series over the experiments: one array of values per experiment, one value per year.</summary>
public sealed record PolicySeries(string Policy, IReadOnlyList<double[]> Runs);

/// <summary>
/// Time series across experiments, per policy (EMA Workbench's envelopes): the band from the lowest to the highest value
/// of each year, a darker band for the middle half (quartiles) and the median as a line, one colour per policy.
/// </summary>
public sealed class EnvelopeChart : Chart
{
    private readonly int _startYear;
    private readonly IReadOnlyList<PolicySeries> _series;

    /// <exception cref="ArgumentException">no policies, a policy without runs, or runs of different lengths.</exception>
    public EnvelopeChart(string id, string title, string caption, string axis, int startYear, IReadOnlyList<PolicySeries> series)
        : base(id, title, caption)
    {
        if (series.Count == 0 || series.Any(s => s.Runs.Count == 0)) throw new ArgumentException("every policy needs at least one run", nameof(series));
        int n = series[0].Runs[0].Length;
        if (n == 0 || series.Any(s => s.Runs.Any(r => r.Length != n))) throw new ArgumentException("every run needs the same, non-zero number of years", nameof(series));
        _startYear = startYear;
        _series = series;
        Axis = axis;
    }

    public string Axis { get; }

    /// <summary>Per policy and year: minimum, lower quartile, median, upper quartile and maximum over the runs.</summary>
    public IReadOnlyList<(string Policy, double[] Min, double[] Q1, double[] Median, double[] Q3, double[] Max)> Bands() =>
        _series.Select(s =>
        {
            int n = s.Runs[0].Length;
            var q = Enumerable.Range(0, 5).Select(_ => new double[n]).ToArray();
            for (int y = 0; y < n; y++)
            {
                var v = s.Runs.Select(r => r[y]).Where(double.IsFinite).Order().ToArray();
                for (int k = 0; k < 5; k++) q[k][y] = v.Length == 0 ? double.NaN : Quantile(v, k / 4.0);
            }
            return (s.Policy, q[0], q[1], q[2], q[3], q[4]);
        }).ToList();

    internal static double Quantile(double[] sorted, double p)
    {
        double h = (sorted.Length - 1) * p;
        int lo = (int)Math.Floor(h), hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    protected override void Draw(Plot plot)
    {
        var bands = Bands();
        var years = Enumerable.Range(_startYear, bands[0].Median.Length).Select(y => (double)y).ToArray();
        var legend = new List<LegendItem>();
        for (int i = 0; i < bands.Count; i++)
        {
            var b = bands[i];
            var color = ChartStyle.Posture(b.Policy, i);
            var outer = plot.Add.FillY(years, b.Min, b.Max);
            outer.FillColor = color.WithAlpha(0.15);
            outer.LineWidth = 0;
            var inner = plot.Add.FillY(years, b.Q1, b.Q3);
            inner.FillColor = color.WithAlpha(0.35);
            inner.LineWidth = 0;
            var line = plot.Add.ScatterLine(years, b.Median, color);
            line.LineWidth = 2.2f;
            legend.Add(new LegendItem { LabelText = $"{b.Policy}: median, middle half, range", LineColor = color, LineWidth = 2.2f, MarkerShape = MarkerShape.None });
        }
        ChartStyle.LegendRight(plot, legend);
        ChartStyle.YearTicks(plot.Axes.Bottom);
        ChartStyle.NumberTicks(plot.Axes.Left);
        ChartStyle.Finish(plot, Title, "year", Axis);
    }
}

/// <summary>
/// The distribution of one outcome per policy over the experiments, as a kernel density (Gaussian kernel, Silverman's
/// rule-of-thumb bandwidth) with the experiments as a rug below: where each policy's outcomes lie and how they overlap.
/// </summary>
public sealed class DensityChart : Chart
{
    private readonly IReadOnlyList<(string Policy, double[] Values)> _values;

    /// <exception cref="ArgumentException">no policies, or a policy without a finite value.</exception>
    public DensityChart(string id, string title, string caption, string axis, IReadOnlyList<(string Policy, double[] Values)> values)
        : base(id, title, caption)
    {
        if (values.Count == 0 || values.Any(v => !v.Values.Any(double.IsFinite))) throw new ArgumentException("every policy needs a finite value", nameof(values));
        _values = values;
        Axis = axis;
    }

    public string Axis { get; }

    /// <summary>Silverman's bandwidth 0.9·min(sd, IQR/1.34)·n^(−1/5) (a small positive floor for constant data).</summary>
    public static double Bandwidth(double[] v)
    {
        var s = v.Order().ToArray();
        double mean = s.Average(), sd = Math.Sqrt(s.Sum(x => (x - mean) * (x - mean)) / Math.Max(1, s.Length - 1));
        double iqr = EnvelopeChart.Quantile(s, 0.75) - EnvelopeChart.Quantile(s, 0.25);
        double spread = Math.Min(sd, iqr / 1.34);
        if (!(spread > 0)) spread = sd > 0 ? sd : Math.Max(1e-9, Math.Abs(mean) * 1e-3 + 1e-9);
        return 0.9 * spread * Math.Pow(s.Length, -0.2);
    }

    /// <summary>The kernel density of <paramref name="v"/> at <paramref name="x"/>.</summary>
    public static double Density(double[] v, double h, double x) =>
        v.Sum(t => Math.Exp(-0.5 * ((x - t) / h) * ((x - t) / h))) / (v.Length * h * Math.Sqrt(2 * Math.PI));

    protected override void Draw(Plot plot)
    {
        var finite = _values.Select(p => (p.Policy, V: p.Values.Where(double.IsFinite).ToArray())).ToList();
        double lo = finite.Min(p => p.V.Min()), hi = finite.Max(p => p.V.Max()), pad = Math.Max((hi - lo) * 0.1, 1e-6);
        var xs = Enumerable.Range(0, 200).Select(i => lo - pad + (hi - lo + 2 * pad) * i / 199.0).ToArray();
        double top = 0;
        var legend = new List<LegendItem>();
        for (int i = 0; i < finite.Count; i++)
        {
            var (policy, v) = finite[i];
            var color = ChartStyle.Posture(policy, i);
            double h = Bandwidth(v);
            var ys = xs.Select(x => Density(v, h, x)).ToArray();
            top = Math.Max(top, ys.Max());
            var line = plot.Add.ScatterLine(xs, ys, color);
            line.LineWidth = 2.2f;
            legend.Add(new LegendItem { LabelText = $"{policy} ({v.Length})", LineColor = color, LineWidth = 2.2f, MarkerShape = MarkerShape.None });
        }
        for (int i = 0; i < finite.Count; i++)
        {
            var (policy, v) = finite[i];
            var rug = plot.Add.Markers(v, v.Select(_ => -top * (0.04 + 0.05 * i)).ToArray(), MarkerShape.VerticalBar, 6, ChartStyle.Posture(policy, i).WithAlpha(0.5));
        }
        ChartStyle.LegendRight(plot, legend);
        plot.Axes.SetLimits(xs[0], xs[^1], -top * (0.08 + 0.05 * finite.Count), top * 1.08);
        ChartStyle.NumberTicks(plot.Axes.Bottom);
        ChartStyle.NumberTicks(plot.Axes.Left);
        ChartStyle.Finish(plot, Title, Axis, "density");
    }
}
