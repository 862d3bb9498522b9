using MathNet.Numerics.Random;
using Spokes.Explore.Discovery;

namespace Spokes.Explore.Tests.Discovery;

/// <summary>Dimensional stacking on an outcome whose cases of interest fill one cell of two inputs out of six.</summary>
public class DimensionalStackingTests
{
    /// <summary>Six inputs on the levels 0.05, 0.15, …, 0.95 (so three equal-width bins cut at 0.35 and 0.65); of interest
    /// exactly when x0 is in the top bin and x3 in the bottom one.</summary>
    private static (Table X, double[] Y) Corner(int n, int seed)
    {
        var random = new Xoshiro256StarStar(seed, threadSafe: false);
        var rows = new double[n][];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            rows[i] = Enumerable.Range(0, 6).Select(_ => 0.05 + 0.1 * random.Next(10)).ToArray();
            y[i] = rows[i][0] > 0.65 && rows[i][3] < 0.35 ? 1 : 0;
        }
        return (Table.FromRows(["x0", "x1", "x2", "x3", "x4", "x5"], rows), y);
    }

    [Fact]
    public void The_two_inputs_that_matter_lead_the_rows_and_columns_and_one_cell_holds_every_case()
    {
        var (x, y) = Corner(3000, 4);
        var stack = DimensionalStacking.FromFeatureScores(x, y, levels: 2, bins: 3);
        var leaders = new[] { stack.RowInputs[0].Name, stack.ColumnInputs[0].Name };
        Assert.Equal(new[] { "x0", "x3" }, leaders.Order());
        Assert.Equal(2, stack.RowInputs.Count);
        Assert.Equal(9, stack.Mean.GetLength(0));
        Assert.Equal(9, stack.Mean.GetLength(1));
        Assert.Equal("[0.05, 0.35)", stack.RowInputs[0].Labels[0]);
        Assert.Equal("[0.65, 0.95]", stack.RowInputs[0].Labels[2]);

        int total = 0, interesting = 0;
        for (int r = 0; r < 9; r++)
            for (int c = 0; c < 9; c++)
            {
                total += stack.Count[r, c];
                if (stack.Count[r, c] == 0) { Assert.True(double.IsNaN(stack.Mean[r, c])); continue; }
                var bins = new Dictionary<string, int>
                {
                    [stack.RowInputs[0].Name] = stack.RowBins(r)[0], [stack.ColumnInputs[0].Name] = stack.ColumnBins(c)[0],
                };
                bool corner = bins["x0"] == 2 && bins["x3"] == 0;
                Assert.Equal(corner ? 1.0 : 0.0, stack.Mean[r, c]);
                if (corner) interesting += stack.Count[r, c];
            }
        Assert.Equal(3000, total);
        Assert.Equal((int)y.Sum(), interesting);
    }

    [Fact]
    public void A_given_ranking_and_a_categorical_input_keep_their_order_and_labels()
    {
        var (x, y) = Corner(300, 5);
        var region = TableColumn.Categorical("region", Enumerable.Range(0, 300).Select(i => i % 3 == 0 ? "north" : "south"));
        var table = new Table(x.Columns.Append(region));
        var stack = DimensionalStacking.Create(table, y, ["region", "x0", "x3"], levels: 2, bins: 2);
        Assert.Equal(new[] { "region", "x3" }, stack.RowInputs.Select(a => a.Name));
        Assert.Equal(new[] { "x0" }, stack.ColumnInputs.Select(a => a.Name));
        Assert.Equal(new[] { "north", "south" }, stack.RowInputs[0].Labels);
        Assert.Equal(4, stack.Mean.GetLength(0));
        Assert.Equal(new[] { 1, 0 }, stack.RowBins(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => DimensionalStacking.Create(table, y, ["x0"], bins: 1));
        Assert.Throws<ArgumentException>(() => DimensionalStacking.Create(table, y, ["x0", "x0"]));
    }
}
