namespace Spokes.Explore.Discovery;

/// <summary>
/// Scenario discovery with logistic regression (Quinn, Reed, Giuliani, Castelletti, Oyler &amp; Nicholas 2018,
/// "Exploring how changing monsoonal dynamics and human pressures challenge multireservoir management", WRR 54; EMA
/// Workbench's <c>logistic_regression.Logit</c>): the probability that a row is a case of interest is modelled from
/// a few inputs, chosen by the user or by forward selection on the BIC (start from the intercept; add the input that
/// lowers the BIC most; stop when none does — EMA's rule). Thresholding the predicted probability gives boxes
/// (half-spaces, not rectangles) traded off between coverage and density. Categorical columns are not used.
/// </summary>
public static class LogitDiscovery
{
    /// <param name="inputs">the inputs to use; null for forward selection over every real column.</param>
    /// <exception cref="ArgumentException">an unknown or categorical input.</exception>
    public static LogitResult Run(PrimInput input, IReadOnlyList<string>? inputs = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var y = input.Interest;
        var table = input.X;
        var steps = new List<LogitFit>();
        if (inputs is not null)
        {
            foreach (var name in inputs)
            {
                var col = table.Columns.FirstOrDefault(c => c.Name == name) ?? throw new ArgumentException($"no column '{name}'", nameof(inputs));
                if (col.Kind != ColumnKind.Real) throw new ArgumentException($"column '{name}' is categorical", nameof(inputs));
            }
            steps.Add(Fit(table, inputs, y));
        }
        else
        {
            var selected = new List<string>();
            var remaining = table.Columns.Where(c => c.Kind == ColumnKind.Real && c.Data.Distinct().Count() > 1).Select(c => c.Name).ToList();
            steps.Add(Fit(table, selected, y));
            while (remaining.Count > 0)
            {
                LogitFit? best = null;
                string? bestName = null;
                foreach (var name in remaining)
                {
                    var fit = Fit(table, [.. selected, name], y);
                    if (best is null || fit.Bic < best.Bic) { best = fit; bestName = name; }
                }
                if (best!.Bic >= steps[^1].Bic) break;
                selected.Add(bestName!);
                remaining.Remove(bestName!);
                steps.Add(best);
            }
        }
        var model = steps[^1];
        var columns = model.Inputs.Select(n => table[n].Data).ToArray();
        var p = Enumerable.Range(0, input.Count).Select(i => model.Predict(columns.Select(c => c[i]).ToArray())).ToArray();
        var trade = TradeOff(p, y);
        var best1 = trade.OrderByDescending(F1).ThenByDescending(t => t.Threshold).First();
        var shown = new List<LogitPoint>();
        for (int k = 1; k <= 19; k++)
        {
            double t = k * 0.05;
            var point = trade.Where(q => q.Threshold >= t - 1e-12).OrderBy(q => q.Threshold).FirstOrDefault();
            if (point is not null && (shown.Count == 0 || shown[^1] != point)) shown.Add(point);
        }
        return new LogitResult(steps, shown, best1, inputs is null);
    }

    private static LogitFit Fit(Table table, IReadOnlyList<string> names, bool[] y) =>
        LogitFit.Fit(names, names.Select(n => table[n].Data).ToArray(), y);

    private static double F1(LogitPoint p) => p.Coverage + p.Density > 0 ? 2 * p.Coverage * p.Density / (p.Coverage + p.Density) : 0;

    /// <summary>Every distinct predicted probability as a threshold, highest first.</summary>
    internal static List<LogitPoint> TradeOff(double[] p, bool[] y)
    {
        int n = p.Length, total = y.Count(b => b);
        var order = Enumerable.Range(0, n).OrderByDescending(i => p[i]).ThenBy(i => i).ToArray();
        var points = new List<LogitPoint>();
        int rows = 0, hits = 0;
        for (int k = 0; k < n; k++)
        {
            rows++;
            if (y[order[k]]) hits++;
            if (k + 1 < n && p[order[k + 1]] == p[order[k]]) continue;
            points.Add(new LogitPoint(p[order[k]], total > 0 ? (double)hits / total : 0, (double)hits / rows, (double)rows / n, rows));
        }
        return points;
    }
}
