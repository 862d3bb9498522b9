namespace Spokes.Explore.Discovery;

/// <summary>
/// One box on a PRIM trajectory and its statistics. Coverage = cases of interest in the box ÷ all cases of interest
/// in the input; density = cases of interest in the box ÷ rows in the box; mass = rows in the box ÷ all rows of the
/// input (as in EMA Workbench, so the boxes of a covering sequence share one denominator). Immutable.
/// </summary>
public sealed class PrimBox
{
    private readonly Table _table;

    internal PrimBox(int index, PrimPhase phase, BoxLimits raw, int count, double sum, PrimData data)
    {
        Index = index;
        Phase = phase;
        Raw = raw;
        Count = count;
        Mass = (double)count / data.N;
        Mean = data.Mean(count, sum);
        if (data.Continuous)
        {
            // Regression mode: no cases of interest; the density slot carries the mean so that rules on "density"
            // (MinDensity) read as rules on the mean.
            CasesOfInterest = 0;
            Coverage = double.NaN;
            Density = Mean;
        }
        else
        {
            int interest = (int)Math.Round(sum);
            CasesOfInterest = interest;
            Coverage = data.TotalInterest > 0 ? (double)interest / data.TotalInterest : 0;
            Density = count > 0 ? (double)interest / count : 0;
        }
        _table = data.Input.X;
        var limits = new DimensionLimit[raw.Dimensions];
        for (int j = 0; j < limits.Length; j++)
        {
            var column = _table.Columns[j];
            if (raw.Allowed[j] is { } mask)
            {
                var codes = Enumerable.Range(0, mask.Length).Where(c => mask[c]).ToArray();
                limits[j] = new DimensionLimit(j, column.Name, ColumnKind.Categorical, double.NaN, double.NaN, double.NaN,
                    double.NaN, codes, codes.Select(c => column.Categories[c]).ToArray(), mask.Length);
            }
            else
            {
                limits[j] = new DimensionLimit(j, column.Name, ColumnKind.Real, raw.Lower[j], raw.Upper[j],
                    data.Init.Lower[j], data.Init.Upper[j], Array.Empty<int>(), Array.Empty<string>(), 0);
            }
        }
        Limits = limits;
        Restrictions = limits.Where(l => l.IsRestricted).ToArray();
    }

    /// <summary>Position on the trajectory (0 = the starting box).</summary>
    public int Index { get; }

    public PrimPhase Phase { get; }

    /// <summary>Rows of the search inside the box.</summary>
    public int Count { get; }

    /// <summary>Cases of interest inside the box.</summary>
    public int CasesOfInterest { get; }

    public double Coverage { get; }

    public double Density { get; }

    public double Mass { get; }

    /// <summary>Mean outcome in the box: the density for cases of interest, the mean of a continuous outcome.</summary>
    public double Mean { get; }

    /// <summary>The limit on every column, in table order.</summary>
    public IReadOnlyList<DimensionLimit> Limits { get; }

    /// <summary>The limits that narrow their column, in table order.</summary>
    public IReadOnlyList<DimensionLimit> Restrictions { get; }

    /// <summary>Number of restricted dimensions.</summary>
    public int RestrictedCount => Restrictions.Count;

    internal BoxLimits Raw { get; }

    /// <exception cref="KeyNotFoundException">no column has that name.</exception>
    public DimensionLimit Limit(string name) => Limits[_table.IndexOf(name)];

    /// <summary>Whether a row of a table with the same columns (in the same order) lies in the box.</summary>
    /// <exception cref="ArgumentException">the table's columns differ in number or names.</exception>
    public bool Contains(Table table, int row)
    {
        if (table.ColumnCount != Limits.Count || !table.Columns.Select(c => c.Name).SequenceEqual(Limits.Select(l => l.Name)))
            throw new ArgumentException("the table does not have the columns the box was found on", nameof(table));
        for (int j = 0; j < Limits.Count; j++)
            if (!Raw.Contains(j, table[row, j])) return false;
        return true;
    }
}
