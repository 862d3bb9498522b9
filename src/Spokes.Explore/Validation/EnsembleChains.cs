namespace Spokes.Explore.Validation;

/// <summary>
/// What an <see cref="EnsembleSampler"/> run returns: the position of every walker after every step
/// (<see cref="Samples"/>[walker, step, dimension]; the initial ensemble is not included), the log density at each
/// of those positions, and how many proposals each walker accepted.
/// </summary>
public sealed class EnsembleChains
{
    internal EnsembleChains(double[,,] samples, double[,] logDensity, int[] accepted)
    {
        Samples = samples;
        LogDensity = logDensity;
        Accepted = accepted;
    }

    /// <summary>Positions, indexed [walker, step, dimension].</summary>
    public double[,,] Samples { get; }

    /// <summary>Log density at each position, indexed [walker, step].</summary>
    public double[,] LogDensity { get; }

    /// <summary>Accepted proposals per walker.</summary>
    public IReadOnlyList<int> Accepted { get; }

    public int Walkers => Samples.GetLength(0);
    public int Steps => Samples.GetLength(1);
    public int Dimensions => Samples.GetLength(2);

    /// <summary>Accepted proposals over all proposals made (walkers × steps).</summary>
    public double AcceptanceFraction => Accepted.Sum() / (double)(Walkers * Steps);

    /// <summary>
    /// One parameter's draws as one chain per walker, [walker][step − burnIn]: the input of
    /// <see cref="ConvergenceDiagnostics"/>. Walkers of one ensemble are not independent chains (each move uses
    /// another walker), so R̂ over walkers is a necessary check, not a sufficient one.
    /// </summary>
    public double[][] Chains(int dimension, int burnIn = 0)
    {
        CheckBurnIn(burnIn);
        if (dimension < 0 || dimension >= Dimensions)
            throw new ArgumentOutOfRangeException(nameof(dimension), dimension, $"must lie in [0, {Dimensions - 1}]");
        var chains = new double[Walkers][];
        for (int w = 0; w < Walkers; w++)
        {
            chains[w] = new double[Steps - burnIn];
            for (int s = burnIn; s < Steps; s++) chains[w][s - burnIn] = Samples[w, s, dimension];
        }
        return chains;
    }

    /// <summary>All draws after <paramref name="burnIn"/>, walker by walker, as points [draw][dimension].</summary>
    public double[][] Draws(int burnIn = 0)
    {
        CheckBurnIn(burnIn);
        var draws = new double[Walkers * (Steps - burnIn)][];
        int i = 0;
        for (int w = 0; w < Walkers; w++)
            for (int s = burnIn; s < Steps; s++)
            {
                var point = new double[Dimensions];
                for (int d = 0; d < Dimensions; d++) point[d] = Samples[w, s, d];
                draws[i++] = point;
            }
        return draws;
    }

    private void CheckBurnIn(int burnIn)
    {
        if (burnIn < 0 || burnIn >= Steps)
            throw new ArgumentOutOfRangeException(nameof(burnIn), burnIn, $"must lie in [0, {Steps - 1}]");
    }
}
