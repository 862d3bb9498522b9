using MathNet.Numerics.Random;
using Spokes.Explore.Discovery;

namespace Spokes.Explore.Tests.Discovery;

/// <summary>Seeded synthetic data sets with a known box.</summary>
internal static class Synthetic
{
    /// <summary>
    /// The brief's case: n points uniform in [0, 1]^5; a case is of interest with probability 0.9 inside
    /// x0 ∈ [0.2, 0.6] × x1 ∈ [0.5, 1.0] and 0.05 outside.
    /// </summary>
    public static PrimInput KnownBox(int n, int seed, double inside = 0.9, double outside = 0.05)
    {
        var random = new Xoshiro256StarStar(seed, threadSafe: false);
        var rows = new double[n][];
        var y = new bool[n];
        for (int i = 0; i < n; i++)
        {
            rows[i] = Enumerable.Range(0, 5).Select(_ => random.NextDouble()).ToArray();
            bool inBox = rows[i][0] >= 0.2 && rows[i][0] <= 0.6 && rows[i][1] >= 0.5;
            y[i] = random.NextDouble() < (inBox ? inside : outside);
        }
        return PrimInput.Create(Table.FromRows(["x0", "x1", "x2", "x3", "x4"], rows), y);
    }

    /// <summary>
    /// A categorical case: "region" ∈ {north, south, east, west}, x1, x2 uniform in [0, 1]; of interest with
    /// probability 0.9 when region ∈ {east, south} and x1 ≥ 0.4, else 0.05.
    /// </summary>
    public static PrimInput Categorical(int n, int seed)
    {
        var random = new Xoshiro256StarStar(seed, threadSafe: false);
        string[] labels = ["north", "south", "east", "west"];
        var region = new string[n];
        var x1 = new double[n];
        var x2 = new double[n];
        var y = new bool[n];
        for (int i = 0; i < n; i++)
        {
            region[i] = labels[random.Next(4)];
            x1[i] = random.NextDouble();
            x2[i] = random.NextDouble();
            bool inBox = region[i] is "east" or "south" && x1[i] >= 0.4;
            y[i] = random.NextDouble() < (inBox ? 0.9 : 0.05);
        }
        var table = new Table([TableColumn.Categorical("region", region), TableColumn.Real("x1", x1), TableColumn.Real("x2", x2)]);
        return PrimInput.Create(table, y);
    }

    /// <summary>
    /// Two boxes in [0, 1]^3: the slab x0 ≤ 0.25, and x1 ≥ 0.6 ∧ x2 ≥ 0.6 (probability 0.95 inside either, 0.02
    /// outside). (Two boxes placed symmetrically, such as opposite corners, defeat greedy peeling: every first peel
    /// removes as much of one as of the other, and the density never rises; two boxes sharing a slab, such as
    /// x0 ≤ 0.2 and x0 ≥ 0.5 both with x1 ≥ 0.7, trap it in the slab, since a peel cannot cut the gap out of the middle.)
    /// </summary>
    public static PrimInput TwoBoxes(int n, int seed)
    {
        var random = new Xoshiro256StarStar(seed, threadSafe: false);
        var rows = new double[n][];
        var y = new bool[n];
        for (int i = 0; i < n; i++)
        {
            rows[i] = Enumerable.Range(0, 3).Select(_ => random.NextDouble()).ToArray();
            bool inBox = rows[i][0] <= 0.25 || (rows[i][1] >= 0.6 && rows[i][2] >= 0.6);
            y[i] = random.NextDouble() < (inBox ? 0.95 : 0.02);
        }
        return PrimInput.Create(Table.FromRows(["x0", "x1", "x2"], rows), y);
    }
}
