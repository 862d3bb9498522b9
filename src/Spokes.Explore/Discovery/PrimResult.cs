namespace Spokes.Explore.Discovery;

/// <summary>
/// The outcome of one PRIM search: the peeling and pasting trajectory, from which a box is chosen by index or by a
/// rule. Immutable; choosing a box computes its quasi-p values against the rows the search started from.
/// </summary>
public sealed class PrimResult
{
    private readonly PrimData _data;
    private readonly int[] _population;

    internal PrimResult(PrimData data, int[] population, PrimOptions options, IReadOnlyList<RawStep> steps)
    {
        _data = data;
        _population = population;
        Options = options;
        Trajectory = steps.Select((s, i) => new PrimBox(i, s.Phase, s.Limits, s.Rows.Length, data.Sum(s.Rows), data))
            .ToArray();
    }

    /// <summary>Every box from the start (index 0) through the peels and then the pastes.</summary>
    public IReadOnlyList<PrimBox> Trajectory { get; }

    public PrimOptions Options { get; }

    /// <summary>The input the search ran on.</summary>
    public PrimInput Input => _data.Input;

    /// <summary>Rows the search started from: all rows for a single search, the rows not yet covered in a covering sequence.</summary>
    public int PopulationCount => _population.Length;

    /// <summary>The last box of the trajectory (after pasting).</summary>
    public PrimBox Last => Trajectory[^1];

    /// <exception cref="ArgumentOutOfRangeException">no box has that index.</exception>
    public SelectedBox SelectBox(int index)
    {
        if (index < 0 || index >= Trajectory.Count)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"the trajectory has boxes 0..{Trajectory.Count - 1}");
        var box = Trajectory[index];
        return new SelectedBox(box, QuasiP.For(box, _data, _population));
    }

    /// <summary>Box <paramref name="index"/> with its quasi-p values and what dropping each of its restrictions costs.</summary>
    /// <exception cref="ArgumentOutOfRangeException">no box has that index.</exception>
    public BoxInspection Inspect(int index) => BoxInspection.For(SelectBox(index), _data, _population);

    /// <summary>The rows this search started from, split by box <paramref name="index"/> over its restricted inputs (pairs scatter data).</summary>
    /// <exception cref="ArgumentOutOfRangeException">no box has that index.</exception>
    public BoxPoints Points(int index) =>
        index >= 0 && index < Trajectory.Count
            ? BoxPoints.For(Trajectory[index], _data.Input, _population)
            : throw new ArgumentOutOfRangeException(nameof(index), index, $"the trajectory has boxes 0..{Trajectory.Count - 1}");

    /// <summary>The box a rule picks, or null when no box on the trajectory meets it.</summary>
    public SelectedBox? Select(BoxSelection rule) => rule.Choose(Trajectory) is { } i ? SelectBox(i) : null;

    /// <summary>
    /// How stable the restrictions of box <paramref name="index"/> are: PRIM is run again on resamples of this
    /// search's rows; see <see cref="PrimResampling"/>.
    /// </summary>
    public ResampleResult Resample(int index, ResampleOptions options)
    {
        if (index < 0 || index >= Trajectory.Count)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"the trajectory has boxes 0..{Trajectory.Count - 1}");
        return PrimResampling.Run(_data.Input.Rows(_population), Options, Trajectory[index], options);
    }

    /// <summary>Rows of this search's population inside a box of the trajectory.</summary>
    internal int[] RowsIn(PrimBox box) => _data.InBox(box.Raw, _population);
}
