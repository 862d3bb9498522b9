namespace Spokes.Explore.Discovery;

/// <summary>
/// The data behind EMA Workbench's pairs scatter of a PRIM box (<c>show_pairs_scatter</c>): for every row the search
/// started from, the values of the box's restricted inputs, the outcome (case of interest, or the value in regression
/// mode) and whether the row lies inside the box. Charts and CSV files are drawn from it. Immutable.
/// </summary>
public sealed class BoxPoints
{
    internal BoxPoints(PrimBox box, IReadOnlyList<TableColumn> inputs, int[] rows, double[] outcome, bool[] inBox, bool continuous)
    {
        Box = box;
        Inputs = inputs;
        Rows = rows;
        Outcome = outcome;
        InBox = inBox;
        IsContinuous = continuous;
    }

    /// <summary>The box the points are split by.</summary>
    public PrimBox Box { get; }

    /// <summary>The restricted inputs, in table order (their values are <c>Inputs[j][Rows[k]]</c>).</summary>
    public IReadOnlyList<TableColumn> Inputs { get; }

    /// <summary>Row indices (0-based) in the input table.</summary>
    public IReadOnlyList<int> Rows { get; }

    /// <summary>Per point: 1 or 0 for a case of interest or not, or the outcome's value in regression mode.</summary>
    public IReadOnlyList<double> Outcome { get; }

    /// <summary>Per point: inside the box.</summary>
    public IReadOnlyList<bool> InBox { get; }

    /// <summary>Whether <see cref="Outcome"/> holds values (regression mode) rather than 0/1.</summary>
    public bool IsContinuous { get; }

    internal static BoxPoints For(PrimBox box, PrimInput input, int[] population)
    {
        var inputs = box.Restrictions.Select(l => input.X.Columns[l.Column]).ToArray();
        var outcome = population.Select(r => input.Values is { } v ? v[r] : input.Y[r] ? 1.0 : 0.0).ToArray();
        var inside = population.Select(r => box.Contains(input.X, r)).ToArray();
        return new BoxPoints(box, inputs, (int[])population.Clone(), outcome, inside, input.IsContinuous);
    }
}
