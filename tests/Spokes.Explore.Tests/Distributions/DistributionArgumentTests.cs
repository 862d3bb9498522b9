using Spokes.Explore.Distributions;

namespace Spokes.Explore.Tests.Distributions;

/// <summary>Every constructor rejects bad arguments, NaN included, with an exception that names the argument.</summary>
public class DistributionArgumentTests
{
    private const double NaN = double.NaN, Inf = double.PositiveInfinity;

    private static readonly Dictionary<string, (Func<object> Create, string Argument)> Cases = new()
    {
        ["Uniform max = min"] = (() => new Uniform(1, 1), "max"),
        ["Uniform max < min"] = (() => new Uniform(2, 1), "max"),
        ["Uniform NaN min"] = (() => new Uniform(NaN, 1), "min"),
        ["Uniform infinite max"] = (() => new Uniform(0, Inf), "max"),
        ["Normal NaN mean"] = (() => new Normal(NaN, 1), "mean"),
        ["Normal zero sd"] = (() => new Normal(0, 0), "sd"),
        ["Normal negative sd"] = (() => new Normal(0, -1), "sd"),
        ["Normal NaN sd"] = (() => new Normal(0, NaN), "sd"),
        ["TruncatedNormal NaN min"] = (() => new TruncatedNormal(0, 1, NaN, 1), "min"),
        ["TruncatedNormal NaN max"] = (() => new TruncatedNormal(0, 1, 0, NaN), "max"),
        ["TruncatedNormal max <= min"] = (() => new TruncatedNormal(0, 1, 1, 1), "max"),
        ["TruncatedNormal zero sd"] = (() => new TruncatedNormal(0, 0, -1, 1), "sd"),
        ["TruncatedNormal infinite mean"] = (() => new TruncatedNormal(Inf, 1, -1, 1), "mean"),
        ["TruncatedNormal min = +inf"] = (() => new TruncatedNormal(0, 1, Inf, Inf), "min"),
        ["TruncatedNormal no mass"] = (() => new TruncatedNormal(0, 1, 60, 61), "max"),
        ["Triangular mode below min"] = (() => new Triangular(0, -1, 1), "mode"),
        ["Triangular mode above max"] = (() => new Triangular(0, 2, 1), "mode"),
        ["Triangular NaN mode"] = (() => new Triangular(0, NaN, 1), "mode"),
        ["Triangular max = min"] = (() => new Triangular(1, 1, 1), "max"),
        ["LogNormal NaN mu"] = (() => new LogNormal(NaN, 1), "mu"),
        ["LogNormal zero sigma"] = (() => new LogNormal(0, 0), "sigma"),
        ["DiscreteUniform max < min"] = (() => new DiscreteUniform(3, 2), "max"),
        ["Categorical empty"] = (() => new Categorical(), "values"),
        ["Categorical null"] = (() => new Categorical(null!), "values"),
        ["Categorical null label"] = (() => new Categorical("a", null!), "values"),
        ["Categorical duplicate"] = (() => new Categorical("a", "b", "a"), "values"),
    };

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in Cases.Keys)
            data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Bad_arguments_throw_naming_the_argument(string name)
    {
        var (create, argument) = Cases[name];
        var e = Assert.ThrowsAny<ArgumentException>(create);
        Assert.Equal(argument, e.ParamName);
    }
}
