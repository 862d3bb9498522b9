using CsCheck;
using Spokes.Model.Outputs;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Simulation;
using Spokes.Model.World;
using Spokes.Scenarios;

namespace Spokes.Model.Tests;

/// <summary>Builders shared by the model tests: runs on the real 2016 baseline with a lever schedule made in code.</summary>
internal static class Runs
{
    public static Baseline B2016 => Baselines.Year2016;
    public const int End = 2026;

    public static LeverSchedule Levers(Action<LeverSchedule>? set = null, Baseline? b = null)
    {
        b ??= B2016;
        var s = new LeverSchedule(b.Year, End, b.Spokes.Count);
        set?.Invoke(s);
        return s;
    }

    public static Trajectory Run(Action<LeverSchedule>? set = null, ParameterSet? p = null, double? support = null,
        bool growth = false, Baseline? b = null, int seed = 1)
    {
        b ??= B2016;
        var exo = Exogenous.Constant(b.Year, End, support ?? b.Hub.PublicSupport, growth);
        return new AllianceSimulation(b, p ?? ParameterSet.Defaults, Levers(set, b), exo, End).Run(seed);
    }

    /// <summary>A run with dated exogenous paths set in code (growth frozen unless a path sets it).</summary>
    public static Trajectory RunWithPaths(Action<ExogenousPaths> setPaths, Action<LeverSchedule>? set = null, ParameterSet? p = null,
        Baseline? b = null, int seed = 1)
    {
        b ??= B2016;
        var paths = new ExogenousPaths(b.Year, End, b.Spokes.Count, b.Threats.Count);
        setPaths(paths);
        var exo = new Exogenous(b.Year, Enumerable.Repeat(b.Hub.PublicSupport, End - b.Year + 1).ToArray(), growth: false, paths);
        return new AllianceSimulation(b, p ?? ParameterSet.Defaults, Levers(set, b), exo, End).Run(seed);
    }

    public static double Final(Trajectory t, string id, Variable v) => t.Get(End, id, v);

    public static int Spoke(string id) => B2016.Spokes.ToList().FindIndex(s => s.Id == id);

    /// <summary>Parameter sets drawn uniformly inside every parameter's documented range.</summary>
    public static readonly Gen<ParameterSet> Parameters =
        Gen.Double[0, 1].Array[ParameterCatalog.All.Count].Select(u =>
        {
            var p = ParameterSet.Defaults;
            foreach (var info in ParameterCatalog.All)
                p = p.With(info.Id, Math.Min(info.Max, info.Min + u[(int)info.Id] * (info.Max - info.Min)));
            return p;
        });
}
