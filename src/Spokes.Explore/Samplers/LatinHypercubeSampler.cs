namespace Spokes.Explore.Samplers;

/// <summary>
/// Latin hypercube sampling (McKay, Beckman &amp; Conover 1979): each dimension is cut into n equal strata
/// [k/n, (k+1)/n) and every stratum is hit by exactly one point. Coordinate j of row i is (π_j(i) + U_ij)/n with π_j
/// an independent uniform random permutation of 0…n−1 (Fisher–Yates) and U_ij ~ U[0, 1) — the same construction as
/// SciPy's <c>qmc.LatinHypercube</c> and EMA Workbench's LHS sampler. Draws, dimension by dimension: the permutation,
/// then the n offsets.
/// </summary>
public sealed class LatinHypercubeSampler : ISampler
{
    public double[][] Sample(int n, int dimensions, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var rows = UnitCube.Allocate(n, dimensions);
        var permutation = new int[n];
        for (int j = 0; j < dimensions; j++)
        {
            for (int i = 0; i < n; i++)
                permutation[i] = i;
            for (int i = n - 1; i > 0; i--)
            {
                int k = random.Next(i + 1);
                (permutation[i], permutation[k]) = (permutation[k], permutation[i]);
            }
            for (int i = 0; i < n; i++)
                rows[i][j] = Math.Min((permutation[i] + random.NextDouble()) / n, UnitCube.BelowOne);
        }
        return rows;
    }
}
