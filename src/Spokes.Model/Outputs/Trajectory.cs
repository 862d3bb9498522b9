using System.Diagnostics.CodeAnalysis;

namespace Spokes.Model.Outputs;

/// <summary>
/// Every recorded variable for every year and row, in one preallocated flat array. Rows: the hub, each spoke, each
/// threat, then the alliance aggregate (id "ALLIANCE"). Values a row does not have stay 0 and are not exported.
/// </summary>
public sealed class Trajectory
{
    private readonly double[] _values;
    private readonly int _rows;
    private static readonly int VariableCount = Enum.GetValues<Variable>().Length;

    public Trajectory(int startYear, int endYear, IReadOnlyList<string> rowIds, IReadOnlyList<RowKind> rowKinds)
    {
        if (rowIds.Count != rowKinds.Count) throw new ArgumentException("one kind per row");
        StartYear = startYear;
        EndYear = endYear;
        RowIds = rowIds;
        RowKinds = rowKinds;
        _rows = rowIds.Count;
        _values = new double[(endYear - startYear + 1) * _rows * VariableCount];
    }

    public const string AllianceId = "ALLIANCE";

    public int StartYear { get; }
    public int EndYear { get; }
    public IReadOnlyList<string> RowIds { get; }
    public IReadOnlyList<RowKind> RowKinds { get; }
    public int YearCount => EndYear - StartYear + 1;

    public double this[int year, int row, Variable v]
    {
        get => _values[Index(year, row, v)];
        internal set => _values[Index(year, row, v)] = value;
    }

    /// <summary>Value by row id (e.g. "JPN", "ALLIANCE").</summary>
    public double Get(int year, string rowId, Variable v) => this[year, RowIndex(rowId), v];

    public int RowIndex(string rowId)
    {
        for (int r = 0; r < _rows; r++)
            if (RowIds[r] == rowId) return r;
        throw new KeyNotFoundException($"no row '{rowId}'");
    }

    public bool Has(int row, Variable v) => (VariableInfo.Get(v).Rows & RowKinds[row]) != 0;

    /// <summary>A copy that the next run of the simulation that wrote this record does not overwrite.</summary>
    public Trajectory Clone()
    {
        var copy = new Trajectory(StartYear, EndYear, RowIds, RowKinds);
        Array.Copy(_values, copy._values, _values.Length);
        return copy;
    }

    /// <summary>The variables of one row in one year, checked once, for writing a whole row.</summary>
    internal RowWriter Row(int year, int row)
    {
        if ((uint)row >= (uint)_rows) throw new ArgumentOutOfRangeException(nameof(row));
        return new RowWriter(_values.AsSpan(Index(year, row, 0), VariableCount));
    }

    private int Index(int year, int row, Variable v)
    {
        if (year < StartYear || year > EndYear) ThrowYearOutside(year);
        return ((year - StartYear) * _rows + row) * VariableCount + (int)v;
    }

    // Out of line for the reason given in LeverSchedule.ThrowYearOutside.
    [DoesNotReturn]
    private void ThrowYearOutside(int year) =>
        throw new ArgumentOutOfRangeException(nameof(year), $"{year} is outside {StartYear}–{EndYear}");
}

/// <summary>One row of one year of a <see cref="Trajectory"/>, written by variable.</summary>
internal readonly ref struct RowWriter(Span<double> values)
{
    private readonly Span<double> _values = values;

    public double this[Variable v] { set => _values[(int)v] = value; }

    /// <summary>The row's values, indexed by <see cref="Variable"/>.</summary>
    public Span<double> Values => _values;
}
