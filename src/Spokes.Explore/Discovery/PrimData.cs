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
        // The search maximises the mean of V: 0/1 for cases of interest; for a continuous outcome the values shifted
        // to start at 0 (flipped when minimising), so that the original objective, a mean, stays positive while
        // every comparison of means and every lenient score is unchanged by the shift.
        if (input.RawValues is { } raw)
        {
            Continuous = true;
            Offset = input.Maximise ? raw.Min() : raw.Max();
            Sign = input.Maximise ? 1 : -1;
            V = raw.Select(v => Sign * (v - Offset)).ToArray();
        }
        else V = Y.Select(b => b ? 1.0 : 0.0).ToArray();
        TotalValue = V.Sum();
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
    public double[] V { get; }
    public double TotalValue { get; }
    public bool Continuous { get; }
    private double Offset { get; }
    private double Sign { get; } = 1;

    /// <summary>Sum of V over rows (for 0/1 data an exact integer, so every comparison is exact).</summary>
    public double Sum(int[] rows)
    {
        double s = 0;
        foreach (var r in rows) s += V[r];
        return s;
    }

    /// <summary>The mean of the original outcome from a count and a sum of V.</summary>
    public double Mean(int count, double sum) => count == 0 ? double.NaN : Continuous ? Offset + Sign * sum / count : sum / count;
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
