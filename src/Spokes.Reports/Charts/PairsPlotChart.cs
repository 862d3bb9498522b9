using ScottPlot;

namespace Spokes.Reports.Charts;

/// <summary>
/// A pairs plot (EMA Workbench's pairs scatter of a PRIM box): for every two of a few inputs, one panel with each
/// experiment at its two values, cases of interest in colour and the rest in grey, and the box's limits on those two
/// inputs drawn as a rectangle. The diagonal panels name the inputs.
/// </summary>
public sealed class PairsPlotChart : PanelChart
{
    private readonly IReadOnlyList<string> _inputs;
    private readonly double[][] _values; // [input][point]
    private readonly bool[] _interest;
    private readonly (double Min, double Max)[]? _box;

    /// <param name="inputs">2 to 5 inputs.</param>
    /// <param name="values">per input, one value per experiment.</param>
    /// <param name="interest">per experiment: a case of interest.</param>
    /// <param name="box">per input, the box's limits (null: no box).</param>
    /// <exception cref="ArgumentException">fewer than two or more than five inputs, or lengths that do not match.</exception>
    public PairsPlotChart(string id, string title, string caption, IReadOnlyList<string> inputs, IReadOnlyList<double[]> values,
        IReadOnlyList<bool> interest, IReadOnlyList<(double Min, double Max)>? box)
        : base(id, title, caption, columns: Math.Max(2, inputs.Count), width: 220 * Math.Max(2, inputs.Count), height: 34 + 200 * Math.Max(2, inputs.Count))
    {
        if (inputs.Count is < 2 or > 5) throw new ArgumentException("2 to 5 inputs are needed", nameof(inputs));
        if (values.Count != inputs.Count || values.Any(v => v.Length != interest.Count) || (box is not null && box.Count != inputs.Count))
            throw new ArgumentException("one value per experiment for each input, and one box limit per input", nameof(values));
        _inputs = inputs;
        _values = [.. values];
        _interest = [.. interest];
        _box = box?.ToArray();
    }

    public IReadOnlyList<string> Inputs => _inputs;

    protected override IReadOnlyList<Plot> Panels()
    {
        int k = _inputs.Count;
        var panels = new List<Plot>();
        for (int i = 0; i < k; i++)
        for (int j = 0; j < k; j++)
        {
            var plot = new Plot();
            if (i == j)
            {
                ChartStyle.Label(plot, _inputs[i], 0.5, 0.5, ChartStyle.Ink, Alignment.MiddleCenter, offsetX: 0, offsetY: 0, size: 13, bold: true);
                plot.Axes.SetLimits(0, 1, 0, 1);
                plot.Axes.Frameless();
                plot.HideGrid();
                plot.Font.Set(ChartStyle.FontName);
                panels.Add(plot);
                continue;
            }
            foreach (bool interesting in new[] { false, true })
            {
                var idx = Enumerable.Range(0, _interest.Length).Where(r => _interest[r] == interesting).ToArray();
                if (idx.Length == 0) continue;
                var m = plot.Add.Markers(idx.Select(r => _values[j][r]).ToArray(), idx.Select(r => _values[i][r]).ToArray(),
                    MarkerShape.FilledCircle, 4, interesting ? ChartStyle.Highlight.WithAlpha(0.8) : Color.FromHex("#999999").WithAlpha(0.5));
            }
            if (_box is not null)
            {
                var r = plot.Add.Rectangle(_box[j].Min, _box[j].Max, _box[i].Min, _box[i].Max);
                r.FillColor = Colors.Transparent;
                r.LineColor = ChartStyle.Ink;
                r.LineWidth = 2;
            }
            ChartStyle.NumberTicks(plot.Axes.Bottom);
            ChartStyle.NumberTicks(plot.Axes.Left);
            ChartStyle.Finish(plot, "", "", "");
            plot.Axes.Bottom.TickLabelStyle.FontSize = 10;
            plot.Axes.Left.TickLabelStyle.FontSize = 10;
            panels.Add(plot);
        }
        return panels;
    }
}
