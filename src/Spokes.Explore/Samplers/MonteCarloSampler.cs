namespace Spokes.Explore.Samplers;

/// <summary>
/// Plain Monte Carlo: every coordinate an independent U[0, 1) draw (<see cref="Random.NextDouble"/>), drawn row by
/// row. Error of a mean estimate falls as n^(−1/2) whatever the dimension.
/// </summary>
public sealed class MonteCarloSampler : ISampler
{
    public double[][] Sample(int n, int dimensions, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var rows = UnitCube.Allocate(n, dimensions);
        foreach (var row in rows)
            for (int j = 0; j < dimensions; j++)
                row[j] = random.NextDouble();
        return rows;
    }
}
