namespace Spokes.Explore.Discovery;

/// <summary>
/// A <see cref="PrimInput"/> laid out for the algorithm: column arrays, the outcome, the totals that coverage and
/// mass are relative to, and the initial box (the data's range on real columns, every category on categorical ones).
/// </summary>
internal sealed class PrimData
{
    public PrimData(PrimInput input)
    {
        Input = input;
        Columns = input.X.Columns.Select(c => c.Data).ToArray();
        Y = input.Interest;
        N = input.Count;
        TotalInterest = input.CasesOfInterest;
        int d = Columns.Length;
        var lower = new double[d];
        var upper = new double[d];
        var allowed = new bool[]?[d];
        for (int j = 0; j < d; j++)
        {
            var column = input.X.Columns[j];
            if (column.Kind == ColumnKind.Categorical)
            {
                allowed[j] = Enumerable.Repeat(true, column.Categories.Count).ToArray();
                lower[j] = upper[j] = double.NaN;
            }
            else
            {
                lower[j] = Columns[j].Min();
                upper[j] = Columns[j].Max();
            }
        }
        Init = new BoxLimits(lower, upper, allowed);
    }

    public PrimInput Input { get; }
    public double[][] Columns { get; }
    public bool[] Y { get; }
    public int N { get; }
    public int TotalInterest { get; }
    public BoxLimits Init { get; }

    public int Dimensions => Columns.Length;

    public int CountInterest(int[] rows)
    {
        int h = 0;
        foreach (var r in rows) if (Y[r]) h++;
        return h;
    }

    /// <summary>The rows of <paramref name="population"/> inside the box, in population order.</summary>
    public int[] InBox(BoxLimits box, int[] population) => population.Where(r => box.Contains(Columns, r)).ToArray();
}
