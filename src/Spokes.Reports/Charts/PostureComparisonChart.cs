using ScottPlot;

namespace Spokes.Reports.Charts;

/// <summary>One posture's value of an outcome.</summary>
public sealed record PostureValue(string Posture, double Value);

/// <summary>
/// One outcome compared across postures: a horizontal bar per posture (first at the top, in a fixed colour per
/// posture), each labelled with its value in the key-findings format.
/// </summary>
public sealed class PostureComparisonChart : Chart
{
    private readonly IReadOnlyList<PostureValue> _values;
    private readonly string _axis;
    private readonly int _digits;
    private readonly bool _unitScale;
    private readonly int _best, _worst;

    /// <param name="id">chart id.</param>
    /// <param name="title">chart title.</param>
    /// <param name="caption">how to read it.</param>
    /// <param name="axis">the value axis label (outcome and unit).</param>
    /// <param name="values">one value per posture, in display order (top to bottom).</param>
    /// <param name="digits">decimals of the value labels.</param>
    /// <exception cref="ArgumentException">no postures.</exception>
    /// <param name="unitScale">an index on 0..1: drawn on the fixed 0..1 scale whatever the values.</param>
    /// <param name="best">the index of the best posture (marked "best"), −1 for none.</param>
    /// <param name="worst">the index of the worst posture (marked "worst"), −1 for none.</param>
    public PostureComparisonChart(string id, string title, string caption, string axis, IReadOnlyList<PostureValue> values, int digits,
        bool unitScale = false, int best = -1, int worst = -1)
        : base(id, title, caption)
    {
        _unitScale = unitScale;
        _best = best;
        _worst = worst;
        if (values.Count == 0) throw new ArgumentException("at least one posture is needed", nameof(values));
        _values = values;
        _axis = axis;
        _digits = digits;
    }

    public IReadOnlyList<PostureValue> Values => _values;

    protected override void Draw(Plot plot)
    {
        int n = _values.Count;
        var bars = new List<Bar>();
        var positions = new double[n];
        for (int i = 0; i < n; i++)
        {
            positions[i] = n - 1 - i;
            var color = ChartStyle.Posture(_values[i].Posture, i);
            string mark = i == _best ? "  best" : i == _worst ? "  worst" : "";
            bars.Add(new Bar
            {
                Position = positions[i], Value = _values[i].Value, Size = 0.7, FillColor = color, LineColor = color,
                Label = ChartStyle.Fixed(_values[i].Value, _digits) + mark, Orientation = Orientation.Horizontal,
            });
        }
        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        ChartStyle.CategoryTicks(plot.Axes.Left, _values.Select(v => v.Posture).ToList(), positions);
        plot.Axes.Left.MajorTickStyle.Length = 0;

        double lo = Math.Min(0, _values.Min(v => v.Value)), hi = Math.Max(0, _values.Max(v => v.Value));
        if (_unitScale) (lo, hi) = (Math.Min(0, lo), Math.Max(1, hi));
        if (hi <= lo) hi = lo + 1;
        double span = hi - lo;
        // Room on the right (and left, for negative values) for the value labels.
        plot.Axes.SetLimits(lo < 0 ? lo - 0.18 * span : 0, hi + 0.25 * span, -0.6, n - 0.4);
        if (_unitScale && lo == 0 && hi == 1) ChartStyle.UnitTicks(plot.Axes.Bottom);
        else ChartStyle.NumberTicks(plot.Axes.Bottom);
        ChartStyle.Finish(plot, Title, _axis, "");
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
    }
}
