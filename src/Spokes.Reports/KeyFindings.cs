using Spokes.Model.Outputs;
using Spokes.Reports.Charts;

namespace Spokes.Reports;

/// <summary>
/// An alliance outcome of the key-findings table: the recorded variable (of the ALLIANCE row), its label and unit,
/// the decimals it is shown with (those of `spokes compare`), whether a comparison report charts it by posture, and
/// which way is better from the U.S. view the essay takes (<see cref="Better"/>: −1 lower, +1 higher, 0 neither).
/// </summary>
public sealed record FindingIndicator(Variable Variable, string Label, string Unit, int Digits, bool ChartByPosture, int Better)
{
    /// <summary>An index on the fixed 0..1 scale (drawn on 0..1 in every chart).</summary>
    public bool IsIndex => Unit == "0..1";

    /// <summary>"lower is better", "higher is better" or "" (the word a table or an axis shows).</summary>
    public string BetterWords => Better switch { < 0 => "lower is better", > 0 => "higher is better", _ => "" };

    /// <summary>The index of the best value of <paramref name="values"/> (first on ties), or −1 when no direction.</summary>
    public int Best(IReadOnlyList<double> values) => Better == 0 ? -1 : Extreme(values, Better);

    /// <summary>The index of the worst value of <paramref name="values"/> (first on ties), or −1 when no direction.</summary>
    public int Worst(IReadOnlyList<double> values) => Better == 0 ? -1 : Extreme(values, -Better);

    private static int Extreme(IReadOnlyList<double> values, int sign)
    {
        int k = -1;
        for (int i = 0; i < values.Count; i++)
            if (double.IsFinite(values[i]) && (k < 0 || sign * (values[i] - values[k]) > 0)) k = i;
        return k;
    }

    /// <summary>A change as the headline shows it: signed with a true minus, fixed decimals ("−0.105", "+0.040").</summary>
    public string FormatChange(double delta)
    {
        var text = ChartStyle.Fixed(Math.Abs(delta), Digits);
        if (text.Trim('0', '.').Length == 0) return "±" + text;
        return (delta < 0 ? "\u2212" : "+") + text;
    }

    /// <summary>The key of the variable in trajectory.csv (column "variable").</summary>
    public string Key => VariableInfo.Get(Variable).Key;

    /// <summary>A value as the table shows it: fixed decimals, invariant culture.</summary>
    public string Format(double value) => ChartStyle.Fixed(value, Digits);
}

/// <summary>One column of the key-findings table: a run (posture or scenario) and a year.</summary>
public sealed record FindingColumn(string Run, int Year);

/// <summary>One row of the key-findings table: an indicator and its value in each column.</summary>
public sealed record FindingRow(FindingIndicator Indicator, IReadOnlyList<double> Values);

/// <summary>
/// The key-findings table: the alliance indices and totals of the ALLIANCE row, for a single run (start and final
/// year) or for several runs side by side (final year). Values are the trajectory's own numbers; only the display
/// rounds them (<see cref="FindingIndicator.Format"/>).
/// </summary>
public sealed class KeyFindings
{
    private KeyFindings(IReadOnlyList<FindingColumn> columns, IReadOnlyList<FindingRow> rows)
    {
        Columns = columns;
        Rows = rows;
    }

    public IReadOnlyList<FindingColumn> Columns { get; }
    public IReadOnlyList<FindingRow> Rows { get; }

    /// <summary>The alliance outcomes reported, in table order.</summary>
    public static FindingIndicator Indicator(Variable v) => Indicators.First(i => i.Variable == v);

    /// <summary>The caveat of the discounting index (docs/model.md, doubts): it moves with belief by definition.</summary>
    public const string DiscountingCaveat =
        "The discounting index is 1 − P, the allies' doubt that the U.S. would really leave; in the status quo P = 1 − belief, " +
        "so the index equals belief by definition: reassurance and commit-and-cooperate \"raise discounting\" because the allies " +
        "trust the U.S. more, and threats lower it directly. Read its changes as changes in belief; the substance of the " +
        "trilemma is in distancing and duplication (docs/model.md, section 8, doubt 1).";

    public static IReadOnlyList<FindingIndicator> Indicators { get; } =
    [
        new(Variable.Discounting, "discounting index", "0..1", 3, true, -1),
        new(Variable.Distancing, "distancing index", "0..1", 3, true, -1),
        new(Variable.Duplication, "duplication index", "0..1", 3, true, -1),
        new(Variable.Spending, "allied spending", "US$ bn", 1, false, +1),
        new(Variable.SpendingShare, "allied spending, share of GDP", "% of GDP", 2, false, +1),
        new(Variable.BurdenShare, "burden share", "0..1", 3, true, +1),
        new(Variable.EffectiveCapability, "effective capability", "US$ bn eff.", 1, false, +1),
        new(Variable.UsNetCost, "U.S. net cost", "US$ bn", 1, false, -1),
        new(Variable.CapabilityPerDollar, "capability per U.S. dollar", "ratio", 3, true, +1),
        new(Variable.ProliferationRisk, "proliferation risk", "probability", 3, false, -1),
        new(Variable.ResponseDays, "U.S. response time", "days", 1, false, -1),
        new(Variable.Probing, "adversary probing", "probability", 3, false, -1),
    ];

    /// <summary>One run: its start year and its final year.</summary>
    public static KeyFindings ForRun(string run, Trajectory t) =>
        Build([new FindingColumn(run, t.StartYear), new FindingColumn(run, t.EndYear)], [(run, t)]);

    /// <summary>Several runs side by side, each in its final year.</summary>
    /// <exception cref="ArgumentException">no runs, or two with the same name.</exception>
    public static KeyFindings ForRuns(IReadOnlyList<(string Run, Trajectory T)> runs)
    {
        if (runs.Count == 0) throw new ArgumentException("at least one run is needed", nameof(runs));
        if (runs.Select(r => r.Run).Distinct().Count() != runs.Count) throw new ArgumentException("run names must differ", nameof(runs));
        return Build(runs.Select(r => new FindingColumn(r.Run, r.T.EndYear)).ToList(), runs);
    }

    private static KeyFindings Build(IReadOnlyList<FindingColumn> columns, IReadOnlyList<(string Run, Trajectory T)> runs)
    {
        var byName = runs.ToDictionary(r => r.Run, r => r.T);
        var rows = Indicators.Select(i => new FindingRow(i,
            columns.Select(c => byName[c.Run].Get(c.Year, Trajectory.AllianceId, i.Variable)).ToArray())).ToList();
        return new KeyFindings(columns, rows);
    }
}
