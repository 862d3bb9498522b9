namespace Spokes.Explore.Discovery;

/// <summary>
/// The Patient Rule Induction Method (Friedman &amp; Fisher 1999, "Bump hunting in high-dimensional data", Statistics
/// and Computing 9:123–143) for scenario discovery (Bryant &amp; Lempert 2010), following EMA Workbench's prim
/// (Kwakkel 2017) without its plotting: peeling and pasting (see <see cref="PrimSearch"/> for the exact rules), the
/// trajectory with coverage, density, mass and restricted dimensions, quasi-p values, resampling stability and a
/// covering sequence of boxes. Works on a plain table, never on a model. Deterministic.
/// </summary>
public static class Prim
{
    /// <summary>One search over every row of the input.</summary>
    public static PrimResult Run(PrimInput input, PrimOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var data = new PrimData(input);
        var population = Enumerable.Range(0, input.Count).ToArray();
        return new PrimResult(data, population, options, PrimSearch.Run(data, population, options));
    }

    /// <summary>
    /// A covering sequence (Friedman &amp; Fisher 1999, section 5): search, choose a box by the rule, remove its rows,
    /// search the rest, until <see cref="CoveringOptions.MaxBoxes"/> boxes are found, no box meets the rule, the chosen
    /// box is the whole remaining data (nothing was peeled), no case of interest is left, or fewer rows than the
    /// minimum mass remain. Coverage and mass of every box are relative to the whole input.
    /// </summary>
    public static CoveringResult RunCovering(PrimInput input, PrimOptions options, CoveringOptions covering)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(covering);
        if (input.IsContinuous) throw new ArgumentException("a covering sequence needs cases of interest, not a continuous outcome", nameof(input));
        var data = new PrimData(input);
        var remaining = Enumerable.Range(0, input.Count).ToArray();
        var boxes = new List<CoveringBox>();
        string stop = $"reached {covering.MaxBoxes} boxes";
        int minRows = (int)Math.Ceiling(options.MinMass * data.N - 1e-9);
        while (boxes.Count < covering.MaxBoxes)
        {
            if (data.CountInterest(remaining) == 0) { stop = "no case of interest left"; break; }
            if (remaining.Length < Math.Max(1, minRows)) { stop = "fewer rows left than the minimum mass"; break; }
            var search = new PrimResult(data, remaining, options, PrimSearch.Run(data, remaining, options));
            var chosen = search.Select(covering.Selection);
            if (chosen is null) { stop = $"no box meets the rule ({covering.Selection})"; break; }
            if (chosen.Box.RestrictedCount == 0) { stop = "the chosen box restricts nothing"; break; }
            boxes.Add(new CoveringBox(boxes.Count + 1, search, chosen));
            var inside = search.RowsIn(chosen.Box).ToHashSet();
            remaining = remaining.Where(r => !inside.Contains(r)).ToArray();
        }
        return new CoveringResult(boxes, remaining.Length, data.CountInterest(remaining), stop);
    }
}
