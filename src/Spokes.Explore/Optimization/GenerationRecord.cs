namespace Spokes.Explore.Optimization;

/// <summary>
/// The state after one generation (generation 0 is the initial population): evaluations so far, archive size, and the
/// archive's hypervolume against the run's reference point (NaN for more than three objectives).
/// </summary>
public sealed record GenerationRecord(int Generation, int Evaluations, int ArchiveSize, double Hypervolume);
