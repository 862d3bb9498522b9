namespace Spokes.Explore.Discovery;

/// <summary>
/// What a chosen box is made of (EMA Workbench's <c>inspect</c> as a table): the box with its limits and quasi-p
/// values, and for each restricted dimension what the box becomes when that restriction is dropped. A restriction
/// whose removal barely lowers the density buys little and can go. Immutable.
/// </summary>
public sealed class BoxInspection
{
    internal BoxInspection(SelectedBox selected, IReadOnlyList<RestrictionDrop> drops)
    {
        Selected = selected;
        Drops = drops;
    }

    public SelectedBox Selected { get; }

    /// <summary>One entry per restricted dimension, in table order.</summary>
    public IReadOnlyList<RestrictionDrop> Drops { get; }

    internal static BoxInspection For(SelectedBox selected, PrimData data, int[] population)
    {
        var box = selected.Box;
        var drops = new List<RestrictionDrop>();
        foreach (var limit in box.Restrictions)
        {
            var raw = limit.Kind == ColumnKind.Categorical
                ? box.Raw.Release(limit.Column, BoxSide.Categories, data.Init)
                : box.Raw.Release(limit.Column, BoxSide.Lower, data.Init).Release(limit.Column, BoxSide.Upper, data.Init);
            var rows = data.InBox(raw, population);
            if (data.Continuous)
            {
                drops.Add(new RestrictionDrop(limit.Name, double.NaN, data.Mean(rows.Length, data.Sum(rows)),
                    (double)rows.Length / data.N, rows.Length, 0));
                continue;
            }
            int h = data.CountInterest(rows);
            drops.Add(new RestrictionDrop(limit.Name,
                data.TotalInterest > 0 ? (double)h / data.TotalInterest : 0,
                rows.Length > 0 ? (double)h / rows.Length : 0,
                (double)rows.Length / data.N, rows.Length, h));
        }
        return new BoxInspection(selected, drops);
    }
}
