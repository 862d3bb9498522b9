namespace Spokes.Model.Outputs;

/// <summary>
/// Which parts of the <see cref="Trajectory"/> a run fills. A single run records everything (<see cref="All"/>); an
/// ensemble whose outcomes are, say, final-year alliance indices records only those (the yearly step and the values
/// recorded are the same either way; what is not recorded keeps whatever the buffer held from earlier runs).
/// </summary>
/// <param name="AllYears">false: record only the end year.</param>
/// <param name="ActorRows">false: record only the alliance row (its aggregates are still summed over every actor).</param>
public readonly record struct RecordMask(bool AllYears, bool ActorRows)
{
    public static RecordMask All { get; } = new(true, true);
}
