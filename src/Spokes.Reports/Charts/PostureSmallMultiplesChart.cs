using ScottPlot;
using Spokes.Model.Outputs;

namespace Spokes.Reports.Charts;

/// <summary>One posture's run, for the small multiples.</summary>
public sealed record PostureRun(string Posture, Trajectory Trajectory);

/// <summary>
/// One variable over the years under each posture, one small panel per posture on the same axes (one line per ally,
/// named at its end): the backfire is a process, and side by side the panels show when and for whom it happens.
/// </summary>
public sealed class PostureSmallMultiplesChart : PanelChart
{
    private readonly TrajectoryVariable _spec;
    private readonly IReadOnlyList<PostureRun> _runs;

    /// <exception cref="ArgumentException">no runs, or runs of different years.</exception>
    public PostureSmallMultiplesChart(TrajectoryVariable spec, IReadOnlyList<PostureRun> runs, string runLabel)
        : base("postures-" + VariableInfo.Get(spec.Variable).Key.Replace('_', '-'), $"{spec.Title}, by posture — {runLabel}",
            $"{spec.Title} under each posture (one panel each, the same axes), one line per ally named at its end: " +
            "compare the panels with the status quo to see when and for whom a posture moves the allies.",
            columns: 3, width: 960, height: 600)
    {
        if (runs.Count == 0) throw new ArgumentException("at least one posture is needed", nameof(runs));
        if (runs.Any(r => r.Trajectory.StartYear != runs[0].Trajectory.StartYear || r.Trajectory.EndYear != runs[0].Trajectory.EndYear))
            throw new ArgumentException("every posture's run needs the same years", nameof(runs));
        _spec = spec;
        _runs = runs;
    }

    public TrajectoryVariable Variable => _spec;
    public IReadOnlyList<PostureRun> Runs => _runs;

    /// <summary>Each ally's values under each posture (posture, ally, values by year).</summary>
    public IEnumerable<(string Posture, string Ally, double[] Values)> Lines()
    {
        foreach (var run in _runs)
        {
            var t = run.Trajectory;
            for (int r = 0; r < t.RowIds.Count; r++)
            {
                if (t.RowKinds[r] != RowKind.Spoke) continue;
                var v = new double[t.YearCount];
                for (int y = t.StartYear; y <= t.EndYear; y++) v[y - t.StartYear] = t[y, r, _spec.Variable];
                yield return (run.Posture, t.RowIds[r], v);
            }
        }
    }

    protected override IReadOnlyList<Plot> Panels()
    {
        var lines = Lines().ToList();
        var all = lines.SelectMany(l => l.Values).Where(double.IsFinite).DefaultIfEmpty(0).ToList();
        double lo = _spec.Min ?? Math.Min(0, all.Min()), hi = _spec.Max ?? all.Max() * 1.1;
        if (hi <= lo) hi = lo + 1;
        double pad = (hi - lo) * 0.03;
        double yLo = _spec.Min is null ? lo : lo - pad, yHi = _spec.Max is null ? hi : hi + pad;
        int start = _runs[0].Trajectory.StartYear, end = _runs[0].Trajectory.EndYear;
        var years = Enumerable.Range(start, end - start + 1).Select(y => (double)y).ToArray();
        var panels = new List<Plot>();
        for (int p = 0; p < _runs.Count; p++)
        {
            var plot = new Plot();
            var mine = lines.Where(l => l.Posture == _runs[p].Posture).ToList();
            for (int i = 0; i < mine.Count; i++)
            {
                var line = plot.Add.ScatterLine(years, mine[i].Values, ChartStyle.Ally(mine[i].Ally, i));
                line.LineWidth = 1.8f;
            }
            ChartStyle.LineEndLabels(plot, end, mine.Select((l, i) => (l.Ally, l.Values[^1], ChartStyle.Ally(l.Ally, i))).ToList(), yLo, yHi, 11, 190);
            plot.Axes.SetLimits(start - 0.5, end + 0.5 + Math.Max(1.5, 0.16 * (end - start)), yLo, yHi);
            ChartStyle.YearTicks(plot.Axes.Bottom);
            if (_spec.Min == 0 && _spec.Max == 1) ChartStyle.UnitTicks(plot.Axes.Left);
            else ChartStyle.NumberTicks(plot.Axes.Left);
            ChartStyle.Finish(plot, _runs[p].Posture, "", p % Columns == 0 ? _spec.Axis : "");
            plot.Axes.Title.Label.FontSize = 14;
            plot.Axes.Title.Label.ForeColor = ChartStyle.Posture(_runs[p].Posture, p);
            plot.Axes.Left.Label.FontSize = 11;
            panels.Add(plot);
        }
        return panels;
    }
}
