using Spokes.Explore.Optimization;

namespace Spokes.Explore.Tests.Optimization;

public sealed class DeterminismTests
{
    private static readonly NsgaOptions Options = new() { Seed = 17, PopulationSize = 40, Generations = 30, Epsilons = [0.01, 0.01] };

    [Fact]
    public void The_same_seed_gives_the_same_run()
    {
        var a = EpsilonNsga2.Run(Zdt.Zdt1(10), Options);
        var b = EpsilonNsga2.Run(Zdt.Zdt1(10), Options);
        Assert.Equal(Describe(a), Describe(b));
        Assert.Equal(a.History, b.History);
    }

    [Fact]
    public void Parallel_evaluation_gives_the_same_run()
    {
        var a = EpsilonNsga2.Run(Zdt.Zdt1(10), Options);
        var b = EpsilonNsga2.Run(Zdt.Zdt1(10), Options with { Parallelism = 2 });
        Assert.Equal(Describe(a), Describe(b));
    }

    [Fact]
    public void Another_seed_gives_another_run()
    {
        var a = EpsilonNsga2.Run(Zdt.Zdt1(10), Options);
        var b = EpsilonNsga2.Run(Zdt.Zdt1(10), Options with { Seed = 18 });
        Assert.NotEqual(Describe(a), Describe(b));
    }

    private static string[] Describe(NsgaResult r) =>
        r.Archive.Select(s => string.Join(",", s.Variables.Concat(s.Objectives).Select(v => v.ToString("R")))).ToArray();
}
