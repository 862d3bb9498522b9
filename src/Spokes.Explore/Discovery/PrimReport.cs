using Spokes.Explore.Formatting;
using System.Globalization;
using System.Text;

namespace Spokes.Explore.Discovery;

/// <summary>
/// Plain-text reports of PRIM results: tables only, no charts (charts belong to Spokes.Reports). Numbers use the
/// invariant culture; shares are printed as fractions with three decimals, quasi-p values in "G3".
/// </summary>
public static class PrimReport
{
    /// <summary>The trajectory, then the selected box (if any) with its limits and quasi-p values.</summary>
    public static string Format(PrimResult result, SelectedBox? selected = null)
    {
        var sb = new StringBuilder();
        sb.Append(Trajectory(result));
        if (selected is not null)
        {
            sb.AppendLine();
            sb.Append(Box(selected));
        }
        return sb.ToString();
    }

    /// <summary>One line per box: index, phase, coverage, density, mass, rows, cases of interest, restricted dimensions.</summary>
    public static string Trajectory(PrimResult result)
    {
        var sb = new StringBuilder();
        if (result.Input.IsContinuous)
        {
            sb.AppendLine(Inv($"PRIM trajectory (regression mode, {(result.Input.Maximise ? "raising" : "lowering")} the mean): {result.PopulationCount} rows, mean {G(result.Trajectory[0].Mean)} in the input; peel α {result.Options.PeelAlpha}, paste α {result.Options.PasteAlpha}, min mass {result.Options.MinMass}, objective {result.Options.Objective}"));
            var r = new TextTable(("box", true), ("phase", false), ("mean", true), ("mass", true), ("rows", true), ("restricted", true));
            foreach (var b in result.Trajectory)
                r.Add(Num(b.Index), b.Phase.ToString().ToLowerInvariant(), G(b.Mean), Share(b.Mass), Num(b.Count), Num(b.RestrictedCount));
            r.WriteTo(sb);
            return sb.ToString();
        }
        sb.AppendLine(Inv($"PRIM trajectory: {result.PopulationCount} rows, {result.Input.CasesOfInterest} of {result.Input.Count} cases of interest in the input; peel α {result.Options.PeelAlpha}, paste α {result.Options.PasteAlpha}, min mass {result.Options.MinMass}, objective {result.Options.Objective}"));
        var t = new TextTable(("box", true), ("phase", false), ("coverage", true), ("density", true), ("mass", true),
            ("rows", true), ("of interest", true), ("restricted", true));
        foreach (var b in result.Trajectory)
            t.Add(Num(b.Index), b.Phase.ToString().ToLowerInvariant(), Share(b.Coverage), Share(b.Density), Share(b.Mass),
                Num(b.Count), Num(b.CasesOfInterest), Num(b.RestrictedCount));
        t.WriteTo(sb);
        return sb.ToString();
    }

    /// <summary>A box's statistics and one line per restricted limit with its quasi-p value.</summary>
    public static string Box(SelectedBox selected)
    {
        var b = selected.Box;
        var sb = new StringBuilder();
        bool continuous = double.IsNaN(b.Coverage);
        sb.AppendLine(continuous
            ? Inv($"Box {b.Index} ({b.Phase.ToString().ToLowerInvariant()}): mean {G(b.Mean)}, mass {Share(b.Mass)}, {b.Count} rows, {b.RestrictedCount} restricted dimensions")
            : Inv($"Box {b.Index} ({b.Phase.ToString().ToLowerInvariant()}): coverage {Share(b.Coverage)}, density {Share(b.Density)}, mass {Share(b.Mass)}, {b.Count} rows, {b.CasesOfInterest} of interest, {b.RestrictedCount} restricted dimensions"));
        var t = new TextTable(("dimension", false), ("side", false), ("limit", false), ("data range", false), ("quasi-p", true));
        // One line per restricted side (real) or restricted set (categorical), in table order: the order of the
        // quasi-p values, which regression mode does not have.
        var q = selected.QuasiP.ToDictionary(v => (v.Dimension, v.Side), v => v.PValue);
        foreach (var limit in b.Restrictions)
        {
            string range = limit.Kind == ColumnKind.Real
                ? Inv($"[{limit.Minimum:G4}, {limit.Maximum:G4}]")
                : Inv($"{limit.CategoryCount} categories");
            var sides = limit.Kind == ColumnKind.Categorical
                ? new[] { (BoxSide.Categories, limit.ToString()) }
                : new[] { (BoxSide.Lower, Inv($"≥ {limit.Lower:G4}")), (BoxSide.Upper, Inv($"≤ {limit.Upper:G4}")) }
                    .Where(p => p.Item1 == BoxSide.Lower ? limit.LowerRestricted : limit.UpperRestricted).ToArray();
            foreach (var (side, text) in sides)
                t.Add(limit.Name, side.ToString().ToLowerInvariant(), text, range,
                    q.TryGetValue((limit.Name, side), out var p) ? p.ToString("G3", CultureInfo.InvariantCulture) : "—");
        }
        t.WriteTo(sb);
        return sb.ToString();
    }

    /// <summary>The box's limits and quasi-p values, then what the box becomes when each restriction is dropped.</summary>
    public static string Inspection(BoxInspection inspection)
    {
        var sb = new StringBuilder();
        sb.Append(Box(inspection.Selected));
        var b = inspection.Selected.Box;
        sb.AppendLine();
        sb.AppendLine("Dropping one restriction (the box without that dimension's limits):");
        if (double.IsNaN(b.Coverage))
        {
            var r = new TextTable(("dropped", false), ("mean", true), ("mass", true), ("rows", true), ("Δ mean", true));
            foreach (var d in inspection.Drops)
                r.Add(d.Dimension, G(d.Density), Share(d.Mass), Num(d.Rows), (d.Density - b.Mean).ToString("+0.####;-0.####;0", CultureInfo.InvariantCulture));
            r.WriteTo(sb);
            return sb.ToString();
        }
        var t = new TextTable(("dropped", false), ("coverage", true), ("density", true), ("mass", true), ("rows", true),
            ("Δ coverage", true), ("Δ density", true));
        foreach (var d in inspection.Drops)
            t.Add(d.Dimension, Share(d.Coverage), Share(d.Density), Share(d.Mass), Num(d.Rows),
                Signed(d.Coverage - b.Coverage), Signed(d.Density - b.Density));
        t.WriteTo(sb);
        return sb.ToString();
    }

    private static string Signed(double x) => x.ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture);

    /// <summary>How often each dimension was restricted on the resamples.</summary>
    public static string Stability(ResampleResult result)
    {
        var sb = new StringBuilder();
        var o = result.Options;
        string how = o.Method == ResampleMethod.Bootstrap ? "bootstrap" : Inv($"subsamples of {o.Fraction}");
        sb.AppendLine(Inv($"Resampling stability of box {result.Reference.Index}: {o.Iterations} {how}, seed {o.Seed}"));
        var t = new TextTable(("dimension", false), ("reproduce coverage", true), ("reproduce density", true));
        foreach (var d in result.Dimensions)
            t.Add(d.Dimension, Percent(d.ReproduceCoverage), Percent(d.ReproduceDensity));
        t.WriteTo(sb);
        return sb.ToString();
    }

    /// <summary>The boxes of a covering sequence, one summary line each, then each box's limits.</summary>
    public static string Covering(CoveringResult result)
    {
        var sb = new StringBuilder();
        sb.AppendLine(Inv($"Covering: {result.Boxes.Count} boxes, total coverage {Share(result.TotalCoverage)}; {result.RemainingRows} rows left with {result.RemainingCasesOfInterest} cases of interest; stopped: {result.StopReason}"));
        var t = new TextTable(("box", true), ("coverage", true), ("density", true), ("mass", true), ("restrictions", false)) { MaxWidth = LineWidth };
        foreach (var c in result.Boxes)
        {
            var b = c.Selected.Box;
            t.Add(Num(c.Number), Share(b.Coverage), Share(b.Density), Share(b.Mass),
                string.Join("; ", b.Restrictions.Select(r => $"{r.Name} {r}")));
        }
        t.WriteTo(sb);
        foreach (var c in result.Boxes)
        {
            sb.AppendLine();
            sb.Append(Inv($"Covering box {c.Number} — "));
            sb.Append(Box(c.Selected));
        }
        return sb.ToString();
    }

    /// <summary>Widest line of a table, characters: the command line's limit (its `data` tables use the same).</summary>
    private const int LineWidth = 160;

    private static string G(double x) => x.ToString("G5", CultureInfo.InvariantCulture);
    private static string Share(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
    private static string Percent(double x) => (100 * x).ToString("0", CultureInfo.InvariantCulture) + "%";
    private static string Num(int x) => x.ToString(CultureInfo.InvariantCulture);
    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
