using System.Reflection;
using CsCheck;
using Spokes.Model.Mechanisms;
using Spokes.Model.Outputs;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Simulation;
using Spokes.Model.World;
using Spokes.Scenarios;

namespace Spokes.Gpu.Tests;

/// <summary>
/// The yearly step in a kernel (<see cref="GpuEnsemble"/>): it compiles for CUDA; on the CPU accelerator each thread's
/// alliance rows are its single run's bit for bit (the kernel runs the mechanisms' own source over the device context,
/// and XMath is .NET's Math off a GPU); with the CUDA backend's exp/log/pow/tanh computed on the host
/// (<see cref="PtxMathOnHost"/>) they stay within <see cref="DeviceMathModelTests.Tolerance"/> of it.
/// </summary>
public class GpuEnsembleTests : IClassFixture<GpuEnsembleTests.Device>
{
    /// <summary>One CPU accelerator for the class: loading the kernel compiles it.</summary>
    public sealed class Device : IDisposable
    {
        public GpuDevice Gpu { get; } = new(cpuOnly: true);
        public void Dispose() => Gpu.Dispose();
    }

    private readonly GpuDevice _device;
    public GpuEnsembleTests(Device fixture) => _device = fixture.Gpu;

    private static Baseline B2016 => Baselines.Year2016;
    private const int End = 2030;
    private static readonly int Years = End - B2016.Year + 1;

    private sealed record World(ParameterSet Parameters, double[] Support, int Seed);

    private static readonly Gen<World> Worlds =
        from u in Gen.Double[0, 1].Array[ParameterCatalog.All.Count]
        from spoke in Gen.Int[-1, B2016.Spokes.Count - 1]
        from which in Gen.Int[0, ParameterSet.PerSpoke.Count - 1]
        from value in Gen.Double[0, 1]
        from support in Gen.OneOf(
            Gen.Double[0, 1].Select(s => Enumerable.Repeat(s, Years).ToArray()),
            Gen.Double[0, 1].Array[Years])
        from seed in Gen.Int
        select new World(Random(u, spoke, which, value), support, seed);

    /// <summary>Every parameter anywhere in its documented range; unless <paramref name="spoke"/> is −1, one spoke with
    /// its own value of one per-spoke parameter.</summary>
    private static ParameterSet Random(double[] u, int spoke, int which, double value)
    {
        var p = ParameterSet.Defaults;
        foreach (var info in ParameterCatalog.All)
            p = p.With(info.Id, Math.Min(info.Max, info.Min + u[(int)info.Id] * (info.Max - info.Min)));
        if (spoke < 0) return p;
        var own = ParameterCatalog.Get(ParameterSet.PerSpoke[which]);
        return p.WithSpoke(own.Id, spoke, Math.Min(own.Max, own.Min + value * (own.Max - own.Min)));
    }

    private static readonly Gen<Preset> Postures = Gen.Int[0, Presets.All.Count - 1].Select(i => Presets.All[i]);

    private static LeverSchedule Levers(Preset posture)
    {
        var s = new LeverSchedule(B2016.Year, End, B2016.Spokes.Count);
        posture.Apply(s);
        return s;
    }

    private static Exogenous Support(World w, ExogenousPaths? paths = null) => new(B2016.Year, w.Support, growth: true, paths);

    /// <summary>The largest relative difference (values below 1e-3 compared as 1e-3) of experiment <paramref name="e"/>
    /// from its single run, over every recorded alliance value, as a multiple of that value's tolerance
    /// (<see cref="DeviceMathModelTests.Tolerance"/>, or <see cref="DeviceMathModelTests.RiskTolerance"/> for the
    /// proliferation risk): 0 when every value is the single run's bit for bit.</summary>
    private static double Worst(World w, LeverSchedule levers, ExogenousPaths? paths, AllianceTable table, int e, out string where)
    {
        var single = new AllianceSimulation(B2016, w.Parameters, levers, Support(w, paths), End).Run(w.Seed);
        int row = single.RowIndex(Trajectory.AllianceId);
        double worst = 0;
        where = "";
        for (int y = table.AllYears ? B2016.Year : End; y <= End; y++)
            foreach (var v in Indices.AllianceVariables)
            {
                double expected = single[y, row, v], actual = table[e, y, v];
                double relative = Math.Abs(expected - actual) / Math.Max(Math.Abs(expected), 1e-3)
                                  / (v == Variable.ProliferationRisk ? DeviceMathModelTests.RiskTolerance : DeviceMathModelTests.Tolerance);
                if (BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual)) relative = 0;
                if (relative > worst || double.IsNaN(relative))
                {
                    worst = double.IsNaN(relative) ? double.PositiveInfinity : relative;
                    where = $"experiment {e}, {y} {v}: single run {expected:R}, ensemble {actual:R}";
                }
            }
        return worst;
    }

    [Fact]
    public void The_ensemble_kernel_compiles_for_CUDA_without_a_GPU() =>
        Assert.Contains(".entry", PtxCompilation.Compile(typeof(GpuEnsemble).GetMethod(nameof(GpuEnsemble.Kernel), BindingFlags.Static | BindingFlags.NonPublic)!));

    [Fact]
    public void On_the_CPU_accelerator_each_experiment_is_its_single_run_bit_for_bit() =>
        Gen.Select(Postures, Worlds.Array[1, 9], Gen.Int[1, 4], Gen.Bool).Sample((posture, worlds, batch, allYears) =>
        {
            var levers = Levers(posture);
            using var ensemble = new GpuEnsemble(_device, B2016, levers, Exogenous.Constant(B2016.Year, End, 0.5), End) { Batch = batch, AllYears = allYears };
            var table = ensemble.Run(worlds.Select(w => w.Parameters).ToArray(), worlds.Select(w => Support(w)).ToArray(), worlds.Select(w => w.Seed).ToArray());
            for (int e = 0; e < worlds.Length; e++)
            {
                double worst = Worst(worlds[e], levers, null, table, e, out var where);
                Assert.True(worst == 0, $"{posture.Name}: {worst:E2} times the tolerance at {where}");
            }
        }, iter: 8);

    [Fact]
    public void With_the_device_math_each_experiment_stays_within_tolerance_of_its_single_run() =>
        Gen.Select(Postures, Worlds.Array[1, 9]).Sample((posture, worlds) =>
        {
            var levers = Levers(posture);
            using var ensemble = new GpuEnsemble(_device, B2016, levers, Exogenous.Constant(B2016.Year, End, 0.5), End);
            var table = ensemble.RunOnHost<PtxMathOnHost>(worlds.Select(w => w.Parameters).ToArray(), worlds.Select(w => Support(w)).ToArray(),
                worlds.Select(w => w.Seed).ToArray());
            for (int e = 0; e < worlds.Length; e++)
            {
                double worst = Worst(worlds[e], levers, null, table, e, out var where);
                Assert.True(worst <= 1, $"{posture.Name}: {worst:F2} times the tolerance at {where}");
            }
        }, iter: 8);

    /// <summary>The tables the threads share: dated growth, budgets, orientations, shocks and players' decisions.</summary>
    [Fact]
    public void Dated_paths_and_decisions_reach_every_thread_as_they_reach_a_single_run() =>
        Gen.Select(Postures, Worlds.Array[1, 5], Gen.Int).Sample((posture, worlds, seed) =>
        {
            var random = new Random(seed);
            int n = B2016.Spokes.Count, m = B2016.Threats.Count;
            var paths = new ExogenousPaths(B2016.Year, End, n, m);
            var decisions = new Decisions(B2016.Year, End, n, m);
            for (int y = B2016.Year; y <= End; y++)
            {
                for (int a = 0; a < 1 + n + m; a++)
                {
                    if (random.NextDouble() < 0.5) paths.SetGrowth(y, a, random.NextDouble() * 0.1 - 0.02);
                    if (a > n && random.NextDouble() < 0.3) paths.SetBudget(y, a, 50 + random.NextDouble() * 300);
                }
                for (int i = 0; i < n; i++)
                {
                    if (random.NextDouble() < 0.3) paths.SetOrientation(y, i, random.NextDouble() * 2 - 1);
                    if (random.NextDouble() < 0.2) paths.AddShock(y, i, random.NextDouble());
                    if (random.NextDouble() < 0.1) decisions.Set(y, i, (SpokeDecision)random.Next(Decisions.SpokeKinds), 0.2);
                }
                for (int k = 0; k < m; k++)
                    if (random.NextDouble() < 0.1) decisions.Set(y, k, (ThreatDecision)random.Next(Decisions.ThreatKinds), 0.1);
            }
            paths.Decisions = decisions;
            var levers = Levers(posture);
            using var ensemble = new GpuEnsemble(_device, B2016, levers, new Exogenous(B2016.Year, worlds[0].Support, growth: true, paths), End);
            var table = ensemble.Run(worlds.Select(w => w.Parameters).ToArray(), worlds.Select(w => Support(w, paths)).ToArray(), worlds.Select(w => w.Seed).ToArray());
            for (int e = 0; e < worlds.Length; e++)
            {
                double worst = Worst(worlds[e], levers, paths, table, e, out var where);
                Assert.True(worst == 0, $"{posture.Name}: {worst:E2} times the tolerance at {where}");
            }
        }, iter: 4);

    [Fact]
    public void Experiments_with_other_paths_than_the_ensemble_are_refused()
    {
        var levers = Levers(Presets.All[0]);
        using var ensemble = new GpuEnsemble(_device, B2016, levers, Exogenous.Constant(B2016.Year, End, 0.5), End);
        var paths = new ExogenousPaths(B2016.Year, End, B2016.Spokes.Count, B2016.Threats.Count);
        var error = Assert.Throws<ArgumentException>(() => ensemble.Run([ParameterSet.Defaults], [new Exogenous(B2016.Year, [0.5], growth: true, paths)], [1]));
        Assert.Contains("share growth and the dated paths", error.Message);
    }
}
