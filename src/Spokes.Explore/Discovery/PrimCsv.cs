using System.Globalization;

namespace Spokes.Explore.Discovery;

/// <summary>
/// A PRIM search as CSV files for charts and other tools (EMA Workbench's trade-off, limits and pairs-scatter plots
/// draw from the same numbers): the trajectory, a box's limits with quasi-p values and the cost of dropping each
/// restriction, and the points split by the box. Invariant culture, round-trip numbers, RFC 4180 quoting.
/// </summary>
public static class PrimCsv
{
    /// <summary>box, phase, coverage, density (or mean in regression mode), mass, rows, of_interest, restricted.</summary>
    public static void WriteTrajectory(PrimResult result, TextWriter w)
    {
        bool continuous = result.Input.IsContinuous;
        w.WriteLine(continuous ? "box,phase,mean,mass,rows,restricted" : "box,phase,coverage,density,mass,rows,of_interest,restricted");
        foreach (var b in result.Trajectory)
            w.WriteLine(continuous
                ? Line(b.Index, b.Phase.ToString().ToLowerInvariant(), b.Mean, b.Mass, b.Count, b.RestrictedCount)
                : Line(b.Index, b.Phase.ToString().ToLowerInvariant(), b.Coverage, b.Density, b.Mass, b.Count, b.CasesOfInterest, b.RestrictedCount));
    }

    /// <summary>
    /// One line per restricted input: its kind, limits and the data's range (real) or the allowed categories, the
    /// quasi-p value of each restricted side (empty in regression mode, or for a side not restricted), and the box's
    /// coverage, density (or mean), mass and rows with the restriction dropped.
    /// </summary>
    public static void WriteLimits(BoxInspection inspection, TextWriter w)
    {
        bool continuous = double.IsNaN(inspection.Selected.Box.Coverage);
        w.WriteLine("input,kind,lower,upper,data_min,data_max,categories,quasi_p_lower,quasi_p_upper,quasi_p_categories,"
            + (continuous ? "dropped_mean" : "dropped_coverage,dropped_density") + ",dropped_mass,dropped_rows");
        foreach (var limit in inspection.Selected.Box.Restrictions)
        {
            var q = inspection.Selected.QuasiPFor(limit.Name);
            string P(BoxSide side) => q.FirstOrDefault(x => x.Side == side) is { } v ? N(v.PValue) : "";
            var drop = inspection.Drops.Single(d => d.Dimension == limit.Name);
            bool real = limit.Kind == ColumnKind.Real;
            var cells = new List<object>
            {
                limit.Name, real ? "real" : "categorical",
                real ? limit.Lower : "", real ? limit.Upper : "", real ? limit.Minimum : "", real ? limit.Maximum : "",
                real ? "" : string.Join(";", limit.AllowedCategories),
                P(BoxSide.Lower), P(BoxSide.Upper), P(BoxSide.Categories),
            };
            if (continuous) cells.Add(drop.Density);
            else { cells.Add(drop.Coverage); cells.Add(drop.Density); }
            cells.Add(drop.Mass);
            cells.Add(drop.Rows);
            w.WriteLine(Line([.. cells]));
        }
    }

    /// <summary>row (0-based in the input), the restricted inputs (category labels as text), of_interest (0/1) or outcome, in_box (0/1).</summary>
    public static void WritePoints(BoxPoints points, TextWriter w)
    {
        w.WriteLine(Line(["row", .. points.Inputs.Select(c => (object)c.Name), points.IsContinuous ? "outcome" : "of_interest", "in_box"]));
        for (int k = 0; k < points.Rows.Count; k++)
        {
            int row = points.Rows[k];
            var cells = new List<object> { row };
            foreach (var c in points.Inputs) cells.Add(c.Kind == ColumnKind.Real ? c[row] : c.Format(c[row]));
            cells.Add(points.Outcome[k]);
            cells.Add(points.InBox[k] ? 1 : 0);
            w.WriteLine(Line([.. cells]));
        }
    }

    private static string N(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static string Line(params object[] cells) => string.Join(",", cells.Select(c => c switch
    {
        double d => double.IsNaN(d) ? "" : N(d),
        int i => i.ToString(CultureInfo.InvariantCulture),
        string s => Quote(s),
        _ => Quote(Convert.ToString(c, CultureInfo.InvariantCulture) ?? ""),
    }));

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
