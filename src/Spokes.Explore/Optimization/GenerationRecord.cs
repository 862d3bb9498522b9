namespace Spokes.Explore.Optimization;

/// <summary>
/// The state after one generation (generation 0 is the initial population): evaluations so far, archive size, and the
/// archive's hypervolume against the run's reference point (exact, or a seeded Monte Carlo estimate with 20,000
/// samples for archives of more than 200 points in 4–5 objectives, 100 in 6–7, 50 in 8 or more; see
/// <see cref="Optimization.Hypervolume.Estimate"/>).
/// The indicators against <see cref="NsgaOptions.ReferenceFront"/> are NaN when no front is given.
/// </summary>
public sealed record GenerationRecord(int Generation, int Evaluations, int ArchiveSize, double Hypervolume)
{
    /// <summary>
    /// ε-progress (Hadka &amp; Reed 2013, "Borg", Evol. Comput. 21(2):231–259): solutions so far that entered the
    /// archive in an ε-box no member occupied, the count whose stalling signals convergence.
    /// </summary>
    public int EpsilonProgress { get; init; }

    /// <summary>Whether <see cref="Hypervolume"/> is exact (false: the seeded Monte Carlo estimate above the size limit).</summary>
    public bool HypervolumeExact { get; init; } = true;

    /// <summary>Generational distance of the archive to the reference front (<see cref="QualityIndicators"/>).</summary>
    public double GenerationalDistance { get; init; } = double.NaN;

    /// <summary>Inverted generational distance of the archive to the reference front.</summary>
    public double InvertedGenerationalDistance { get; init; } = double.NaN;

    /// <summary>Additive ε-indicator of the archive against the reference front.</summary>
    public double AdditiveEpsilon { get; init; } = double.NaN;
}
