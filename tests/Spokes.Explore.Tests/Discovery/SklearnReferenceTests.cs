using System.Globalization;
using System.Text.Json;
using Spokes.Explore.Discovery;
using Spokes.Explore.Scoring;

namespace Spokes.Explore.Tests.Discovery;

/// <summary>
/// CART, F, χ² and extra-trees importances against scikit-learn 1.2.1 (Debian 12's python3-sklearn) on one seeded data
/// set: 1,000 rows, inputs x0..x4 on a 2⁻¹⁶ grid, y = 1 in the box x0 &gt; 0.6 and x1 ≤ 0.4 with 10% of the labels
/// flipped. Fixtures/make_fixtures.py made the data and stored what sklearn computed; nothing here runs Python.
/// </summary>
public sealed class SklearnReferenceTests
{
    private static readonly string Dir = Path.Combine(AppContext.BaseDirectory, "Fixtures");
    private static readonly string[] Names = ["x0", "x1", "x2", "x3", "x4"];
    private static readonly (double[][] Rows, int[] Y) Data = Load();
    private static readonly JsonElement Sklearn = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, "sklearn-discovery.json"))).RootElement;

    private static (double[][] Rows, int[] Y) Load()
    {
        var lines = File.ReadAllLines(Path.Combine(Dir, "sklearn-discovery.csv"));
        Assert.Equal("x0,x1,x2,x3,x4,y", lines[0]);
        var cells = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        return (cells.Select(c => c.Take(5).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray(),
            cells.Select(c => int.Parse(c[5], CultureInfo.InvariantCulture)).ToArray());
    }

    private static double[] Numbers(JsonElement e) => e.EnumerateArray().Select(v => v.GetDouble()).ToArray();

    private static double[][] Columns => Enumerable.Range(0, 5).Select(j => Data.Rows.Select(r => r[j]).ToArray()).ToArray();

    [Fact]
    public void The_fixture_names_the_versions_it_came_from() =>
        Assert.Equal("1.2.1", Sklearn.GetProperty("versions").GetProperty("sklearn").GetString());

    /// <summary>
    /// Gini decrease and squared-error decrease pick the same split for a 0/1 outcome (Gini = 2·variance), and both
    /// place a threshold at the midpoint of neighbouring values, so with min_samples_leaf = ⌊0.05·1000⌋ the leaves must
    /// be the same boxes with the same counts.
    /// </summary>
    [Fact]
    public void Cart_grows_the_leaves_of_sklearns_DecisionTreeClassifier()
    {
        var input = PrimInput.Create(Table.FromRows(Names, Data.Rows), Data.Y.Select(v => v == 1).ToArray());
        var spokes = Cart.Run(input, new CartOptions { MinMass = 0.05 }).Boxes
            .Select(b => Key(b.Rows, b.CasesOfInterest, b.Conditions.ToDictionary(c => c.Name, c => (c.Lower, c.Upper)))).Order().ToArray();
        var tree = Sklearn.GetProperty("tree");
        Assert.Equal(50, tree.GetProperty("min_samples_leaf").GetInt32());
        var reference = tree.GetProperty("leaves").EnumerateArray().Select(l => Key(l.GetProperty("rows").GetInt32(), l.GetProperty("positives").GetInt32(),
            l.GetProperty("bounds").EnumerateObject().ToDictionary(p => p.Name, p =>
            {
                var b = p.Value.EnumerateArray().ToArray();
                return (b[0].ValueKind == JsonValueKind.Null ? double.NegativeInfinity : b[0].GetDouble(),
                    b[1].ValueKind == JsonValueKind.Null ? double.PositiveInfinity : b[1].GetDouble());
            }))).Order().ToArray();
        Assert.Equal(14, reference.Length);
        Assert.Equal(reference, spokes);
    }

    private static string Key(int rows, int positives, Dictionary<string, (double Lo, double Hi)> bounds) =>
        $"{rows} rows, {positives} positive: " + string.Join(" and ", bounds.OrderBy(b => b.Key, StringComparer.Ordinal)
            .Select(b => $"{b.Value.Lo.ToString("R", CultureInfo.InvariantCulture)} < {b.Key} <= {b.Value.Hi.ToString("R", CultureInfo.InvariantCulture)}"));

    /// <summary>For two classes the ANOVA F of f_classif equals the regression F of f_regression (F = r²/(1 − r²)·(n − 2)).</summary>
    [Fact]
    public void F_scores_and_their_p_values_agree_with_f_classif_and_f_regression()
    {
        var (f, p) = UnivariateScores.FRegression(Columns, Data.Y.Select(v => (double)v).ToArray());
        foreach (var name in new[] { "f_classif", "f_regression" })
        {
            var refF = Numbers(Sklearn.GetProperty(name).GetProperty("F"));
            var refP = Numbers(Sklearn.GetProperty(name).GetProperty("p"));
            for (int j = 0; j < 5; j++)
            {
                Assert.True(Math.Abs(f[j] - refF[j]) <= 1e-10 * Math.Max(1, refF[j]), $"{name} F of x{j}: {f[j]:R} against {refF[j]:R}");
                Assert.True(Math.Abs(p[j] - refP[j]) <= 1e-9 * refP[j], $"{name} p of x{j}: {p[j]:R} against {refP[j]:R}");
            }
        }
    }

    [Fact]
    public void Chi2_scores_and_their_p_values_agree_with_sklearns_chi2()
    {
        var (chi, p) = UnivariateScores.Chi2(Columns, Data.Y);
        var refChi = Numbers(Sklearn.GetProperty("chi2").GetProperty("chi2"));
        var refP = Numbers(Sklearn.GetProperty("chi2").GetProperty("p"));
        for (int j = 0; j < 5; j++)
        {
            Assert.True(Math.Abs(chi[j] - refChi[j]) <= 1e-10 * Math.Max(1, refChi[j]), $"χ² of x{j}: {chi[j]:R} against {refChi[j]:R}");
            Assert.True(Math.Abs(p[j] - refP[j]) <= 1e-9 * refP[j], $"p of x{j}: {p[j]:R} against {refP[j]:R}");
        }
    }

    /// <summary>
    /// Forests are random and built differently (Spokes bootstraps rows; sklearn's extra trees do not), so only ranks
    /// are compared: the two inputs of the box first, the three noise inputs after them. Within each group sklearn's
    /// importances differ by under 4% (x1 0.322, x0 0.310; x2 0.126, x3 0.125, x4 0.117): too close for an order.
    /// </summary>
    [Fact]
    public void Extra_trees_importances_rank_the_inputs_as_sklearns()
    {
        var importances = Numbers(Sklearn.GetProperty("extra_trees").GetProperty("importances"));
        string[] Top(IEnumerable<(string Name, double Value)> s) => s.OrderByDescending(t => t.Value).Take(2).Select(t => t.Name).Order().ToArray();
        Assert.Equal(["x0", "x1"], Top(Names.Zip(importances)));
        var data = new ScoreData(Names, Columns, Data.Y.Select(v => (double)v).ToArray(), "y");
        var scores = FeatureScoring.Run(data, ScoreMethod.ExtraTrees, 0, 1, new ForestOptions { Trees = 200 }).Scores;
        Assert.Equal(["x0", "x1"], Top(scores.Select(s => (s.Name, s.Impurity))));
        Assert.Equal(["x0", "x1"], Top(scores.Select(s => (s.Name, s.Score))));
    }
}
