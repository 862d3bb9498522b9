using Spokes.Explore.Distributions;

namespace Spokes.Explore.Tests.Distributions;

/// <summary>One instance of every distribution, including the awkward corners (mode on a bound, one-sided and
/// upper-tail truncation), keyed by a name so each shows as its own test case.</summary>
internal static class DistributionCases
{
    public static readonly IReadOnlyDictionary<string, IParameterDistribution> All = new Dictionary<string, IParameterDistribution>
    {
        ["Uniform(-2,5)"] = new Uniform(-2, 5),
        ["Normal(1.5,0.7)"] = new Normal(1.5, 0.7),
        ["TruncatedNormal(0,1,-1,2)"] = new TruncatedNormal(0, 1, -1, 2),
        ["TruncatedNormal(5,2,8,inf)"] = new TruncatedNormal(5, 2, 8, double.PositiveInfinity),
        ["TruncatedNormal(0,1,-inf,-1)"] = new TruncatedNormal(0, 1, double.NegativeInfinity, -1),
        ["TruncatedNormal(0,1,6,7)"] = new TruncatedNormal(0, 1, 6, 7),
        ["Triangular(0,2,10)"] = new Triangular(0, 2, 10),
        ["Triangular(0,0,1)"] = new Triangular(0, 0, 1),
        ["LogNormal(0,0.5)"] = new LogNormal(0, 0.5),
        ["DiscreteUniform(-3,6)"] = new DiscreteUniform(-3, 6),
        ["Categorical(a,b,c,d)"] = new Categorical("a", "b", "c", "d"),
    };

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in All.Keys)
            data.Add(name);
        return data;
    }
}
