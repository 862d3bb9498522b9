using Spokes.Model.Mechanisms;
using Spokes.Model.Outputs;

namespace Spokes.Gpu;

/// <summary>
/// The alliance rows of an ensemble's experiments (<see cref="GpuEnsemble.Run"/>): for each experiment and recorded
/// year, the variables of <see cref="Indices.AllianceVariables"/>. Flat doubles, experiment-major, not one
/// <see cref="Trajectory"/> per experiment: a GPU ensemble has millions.
/// </summary>
public sealed class AllianceTable
{
    private readonly double[] _values;
    private readonly int _rows;

    internal AllianceTable(int experiments, int startYear, int endYear, bool allYears)
    {
        Experiments = experiments;
        StartYear = startYear;
        EndYear = endYear;
        AllYears = allYears;
        _rows = allYears ? endYear - startYear + 1 : 1;
        _values = new double[(long)experiments * _rows * Indices.AllianceVariables.Count];
    }

    public int Experiments { get; }
    public int StartYear { get; }
    public int EndYear { get; }
    /// <summary>Every year recorded (false: the end year only).</summary>
    public bool AllYears { get; }

    /// <summary>The value of <paramref name="variable"/> (one of <see cref="Indices.AllianceVariables"/>) in
    /// <paramref name="year"/> (a recorded year) for experiment <paramref name="experiment"/>.</summary>
    public double this[int experiment, int year, Variable variable]
    {
        get
        {
            int j = Position(variable);
            if ((uint)experiment >= (uint)Experiments) throw new ArgumentOutOfRangeException(nameof(experiment));
            int row = AllYears ? year - StartYear : year == EndYear ? 0 : -1;
            if ((uint)row >= (uint)_rows) throw new ArgumentOutOfRangeException(nameof(year), $"{year} was not recorded");
            return _values[((long)experiment * _rows + row) * Indices.AllianceVariables.Count + j];
        }
    }

    /// <summary>Writes experiment <paramref name="experiment"/>'s recorded years into the alliance row of
    /// <paramref name="into"/> (same years; years not recorded are left as they were), so the outcome code that reads a
    /// single run's or a lock-step lane's <see cref="Trajectory"/> reads this experiment the same way.</summary>
    public void CopyTo(int experiment, Trajectory into)
    {
        if ((uint)experiment >= (uint)Experiments) throw new ArgumentOutOfRangeException(nameof(experiment));
        if (into.StartYear != StartYear || into.EndYear != EndYear) throw new ArgumentException("the trajectory must span the table's years", nameof(into));
        int alliance = into.RowIndex(Trajectory.AllianceId), count = Indices.AllianceVariables.Count;
        for (int row = 0; row < _rows; row++)
        {
            int year = AllYears ? StartYear + row : EndYear;
            long at = ((long)experiment * _rows + row) * count;
            for (int j = 0; j < count; j++) into[year, alliance, Indices.AllianceVariables[j]] = _values[at + j];
        }
    }

    /// <summary>Stores a batch's rows, laid out by the kernel as ((row·variables + j)·threads + thread).</summary>
    internal void Store(int firstExperiment, int threads, double[] interleaved)
    {
        int count = Indices.AllianceVariables.Count;
        for (int t = 0; t < threads; t++)
            for (int row = 0; row < _rows; row++)
                for (int j = 0; j < count; j++)
                    _values[((long)(firstExperiment + t) * _rows + row) * count + j] = interleaved[((long)row * count + j) * threads + t];
    }

    private static int Position(Variable v)
    {
        var all = Indices.AllianceVariables;
        for (int j = 0; j < all.Count; j++) if (all[j] == v) return j;
        throw new ArgumentException($"{v} is not an alliance variable", nameof(v));
    }
}
