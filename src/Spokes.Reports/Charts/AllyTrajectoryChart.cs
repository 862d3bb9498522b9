using ScottPlot;
using Spokes.Model.Outputs;
using Spokes.Scenarios.Data;

namespace Spokes.Reports.Charts;

/// <summary>One ally's simulated values, one per year from the chart's start year.</summary>
public sealed record AllySeries(string Ally, IReadOnlyList<double> Values);

/// <summary>One ally's observed figures (only the years the source has; gaps stay gaps).</summary>
public sealed record ObservedPoints(string Ally, IReadOnlyList<int> Years, IReadOnlyList<double> Values);

/// <summary>
/// What a per-ally trajectory chart shows: the recorded variable, its title and axis, the fixed y range (null: from
/// the data) and the observed series drawn beside it, if any.
/// </summary>
public sealed record TrajectoryVariable(Variable Variable, string Title, string Axis, double? Min, double? Max,
    string? ObservedIndicator, string ObservedLabel, string Caption)
{
    /// <summary>The five per-ally charts of a report: spending % GDP (with SIPRI), belief, entrapment, alignment, duplication.</summary>
    public static IReadOnlyList<TrajectoryVariable> Standard { get; } =
    [
        new(Variable.SpendingShare, "Defence spending, % of GDP", "% of GDP", 0, null, "milex_share_gdp_pct", "observed (SIPRI)",
            "Simulated defence spending as a share of GDP, one line per ally; open circles are SIPRI's observed shares " +
            "(data/series.csv, milex_share_gdp_pct) for the years that have a figure."),
        new(Variable.Belief, "Belief that the U.S. will defend the ally", "belief (0..1)", 0, 1, null, "",
            "Each ally's belief that the U.S. will come to its defence: falls with threats to disengage and troop cuts, rises with reassurance."),
        new(Variable.Entrapment, "Entrapment fear", "entrapment (0..1)", 0, 1, null, "",
            "Each ally's fear of being dragged into a U.S. conflict it does not want."),
        new(Variable.Alignment, "Alignment with the U.S.", "alignment (−1 bandwagoning .. 1 firm ally)", -1, 1, null, "",
            "Each ally's alignment: 1 is a firm U.S. ally, 0 hedging, −1 bandwagoning with the adversary (the distancing of the essay)."),
        new(Variable.Duplication, "Duplication of U.S. capabilities", "share of spending duplicating U.S. capabilities", 0, 1, null, "",
            "Share of each ally's defence spending that duplicates what the U.S. already provides (the duplication of the essay)."),
    ];
}

/// <summary>
/// A variable over the years for every ally (one line each, one colour per ally in actors.csv order), with observed
/// figures drawn as open circles in the ally's colour where they exist.
/// </summary>
public sealed class AllyTrajectoryChart : Chart
{
    private readonly int _startYear;
    private readonly string _axis;
    private readonly IReadOnlyList<AllySeries> _series;
    private readonly IReadOnlyList<ObservedPoints> _observed;
    private readonly string _observedLabel;
    private readonly double? _min, _max;

    /// <exception cref="ArgumentException">no series, or series of different lengths.</exception>
    public AllyTrajectoryChart(string id, string title, string caption, string axis, int startYear,
        IReadOnlyList<AllySeries> series, IReadOnlyList<ObservedPoints> observed, string observedLabel, double? min, double? max)
        : base(id, title, caption)
    {
        if (series.Count == 0) throw new ArgumentException("at least one ally is needed", nameof(series));
        if (series.Any(s => s.Values.Count != series[0].Values.Count || s.Values.Count == 0))
            throw new ArgumentException("every ally needs the same, non-zero number of years", nameof(series));
        foreach (var o in observed)
            if (o.Years.Count != o.Values.Count) throw new ArgumentException($"{o.Ally}: one value per observed year", nameof(observed));
        _axis = axis;
        _startYear = startYear;
        _series = series;
        _observed = observed;
        _observedLabel = observedLabel;
        _min = min;
        _max = max;
    }

    public int StartYear => _startYear;
    public int EndYear => _startYear + _series[0].Values.Count - 1;
    public IReadOnlyList<AllySeries> Series => _series;
    public IReadOnlyList<ObservedPoints> Observed => _observed;

    /// <summary>
    /// The chart of <paramref name="spec"/> for every spoke of a run, with the observed series of
    /// <paramref name="observations"/> (years inside the run) when the variable has one.
    /// </summary>
    public static AllyTrajectoryChart For(Trajectory t, TrajectoryVariable spec, string runLabel, IObservations? observations)
    {
        var series = new List<AllySeries>();
        var observed = new List<ObservedPoints>();
        for (int r = 0; r < t.RowIds.Count; r++)
        {
            if (t.RowKinds[r] != RowKind.Spoke) continue;
            string ally = t.RowIds[r];
            var values = new double[t.YearCount];
            for (int y = t.StartYear; y <= t.EndYear; y++) values[y - t.StartYear] = t[y, r, spec.Variable];
            series.Add(new AllySeries(ally, values));
            if (spec.ObservedIndicator is { } indicator && observations is not null)
            {
                var years = new List<int>();
                var obs = new List<double>();
                for (int y = t.StartYear; y <= t.EndYear; y++)
                    if (observations.Get(ally, indicator, y) is { } v)
                    {
                        years.Add(y);
                        obs.Add(v);
                    }
                if (years.Count > 0) observed.Add(new ObservedPoints(ally, years, obs));
            }
        }
        var info = VariableInfo.Get(spec.Variable);
        return new AllyTrajectoryChart("trajectory-" + info.Key.Replace('_', '-'), $"{spec.Title} — {runLabel}", spec.Caption, spec.Axis,
            t.StartYear, series, observed, spec.ObservedLabel, spec.Min, spec.Max);
    }

    protected override void Draw(Plot plot)
    {
        var years = Enumerable.Range(_startYear, _series[0].Values.Count).Select(y => (double)y).ToArray();
        var legend = new List<LegendItem>();
        for (int i = 0; i < _series.Count; i++)
        {
            var line = plot.Add.ScatterLine(years, _series[i].Values.ToArray(), ChartStyle.Ally(_series[i].Ally, i));
            line.LineWidth = 2;
        }
        foreach (var o in _observed)
        {
            int i = IndexOf(o.Ally);
            var color = i >= 0 ? ChartStyle.Ally(o.Ally, i) : ChartStyle.Ink;
            var points = plot.Add.Markers(o.Years.Select(y => (double)y).ToArray(), o.Values.ToArray(), MarkerShape.OpenCircle, 7, color);
            points.MarkerLineWidth = 1.5f;
        }
        if (_observed.Count > 0)
        {
            legend.Add(new LegendItem
            {
                LabelText = _observedLabel, LineWidth = 0, MarkerShape = MarkerShape.OpenCircle, MarkerSize = 7,
                MarkerLineColor = ChartStyle.Ink, MarkerLineWidth = 1.5f, MarkerFillColor = Colors.Transparent,
            });
            plot.Legend.ManualItems.Clear();
            plot.Legend.ManualItems.AddRange(legend);
            plot.Legend.Alignment = Alignment.UpperLeft;
            plot.ShowLegend();
        }

        double lo = _min ?? Math.Min(0, DataMin()), hi = _max ?? DataMax() * 1.15;
        if (hi <= lo) hi = lo + 1;
        double pad = (hi - lo) * 0.03;
        double yLo = _min is null ? lo : lo - pad, yHi = _max is null ? hi : hi + pad;
        // Each ally named at the end of its line (no legend to look up), nudged apart where the lines end close together.
        double span = EndYear - _startYear;
        ChartStyle.LineEndLabels(plot, EndYear, _series.Select((s, i) => (s.Ally, s.Values[^1], ChartStyle.Ally(s.Ally, i))).ToList(), yLo, yHi);
        plot.Axes.SetLimits(_startYear - 0.5, EndYear + 0.5 + Math.Max(1, 0.09 * span), yLo, yHi);
        ChartStyle.YearTicks(plot.Axes.Bottom);
        if (_min == 0 && _max == 1) ChartStyle.UnitTicks(plot.Axes.Left);
        else ChartStyle.NumberTicks(plot.Axes.Left);
        ChartStyle.Finish(plot, Title, "year", _axis);
    }

    private int IndexOf(string ally)
    {
        for (int i = 0; i < _series.Count; i++)
            if (_series[i].Ally == ally) return i;
        return -1;
    }

    private double DataMin() => _series.SelectMany(s => s.Values).Concat(_observed.SelectMany(o => o.Values)).Where(double.IsFinite).DefaultIfEmpty(0).Min();

    private double DataMax() => _series.SelectMany(s => s.Values).Concat(_observed.SelectMany(o => o.Values)).Where(double.IsFinite).DefaultIfEmpty(1).Max();
}
