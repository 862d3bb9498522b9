using CsCheck;
using Spokes.Model.Lanes;
using Spokes.Model.Mechanisms;
using Spokes.Model.Outputs;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Simulation;
using Spokes.Model.World;
using Spokes.Scenarios;

namespace Spokes.Gpu.Tests;

/// <summary>
/// The whole yearly step, over random worlds, computed with the GPU lane type: with <see cref="DeviceMath"/> on the
/// host it is the scalar path bit for bit (the lane's arithmetic, selects and comparisons are <see cref="Scalar"/>'s);
/// with the CUDA backend's own exp/log/pow/tanh (<see cref="PtxMathOnHost"/>) it stays within <see cref="Tolerance"/>
/// of the scalar path on every alliance value of every year: the tolerance a GPU ensemble would have to state. This runs
/// through <see cref="LockstepSimulation{T}"/> at width 1 on the host, not in a kernel (docs/performance.md says why).
/// </summary>
public class DeviceMathModelTests
{
    /// <summary>Relative tolerance (values below 1e-3 compared as 1e-3, as the lock-step tests do) of the device's math
    /// against the scalar path over a whole run: the lock-step lanes' 1e-12; the largest measured over 2,000 random
    /// worlds was 2.3e-13 (docs/performance.md).</summary>
    public const double Tolerance = 1e-12;

    /// <summary>The proliferation risk's tolerance, as the lock-step lanes': its climb hazard h₀·L·(τ − b)^γ amplifies a pow
    /// error in the threshold τ by γ·τ/(τ − b) when belief b lies just below τ (seed 5O7TYWI6O_51, at 20,000 worlds:
    /// 5.1e-12 at 1e-12, about one world in 8,000).</summary>
    public const double RiskTolerance = 1e-11;

    private static Baseline B2016 => Baselines.Year2016;
    private const int End = 2026;
    private static readonly int Years = End - B2016.Year + 1;

    private sealed record World(ParameterSet Parameters, double[] Support, int Seed);

    private static readonly Gen<ParameterSet> Parameters =
        Gen.Double[0, 1].Array[ParameterCatalog.All.Count].Select(u =>
        {
            var p = ParameterSet.Defaults;
            foreach (var info in ParameterCatalog.All)
                p = p.With(info.Id, Math.Min(info.Max, info.Min + u[(int)info.Id] * (info.Max - info.Min)));
            return p;
        });

    private static readonly Gen<World> Worlds =
        from p in Parameters
        from support in Gen.OneOf(
            Gen.Double[0, 1].Select(s => Enumerable.Repeat(s, Years).ToArray()),
            Gen.Double[0, 1].Array[Years])
        from seed in Gen.Int
        select new World(p, support, seed);

    private static readonly Gen<Preset> Postures = Gen.Int[0, Presets.All.Count - 1].Select(i => Presets.All[i]);

    private static LeverSchedule Levers(Preset posture)
    {
        var s = new LeverSchedule(B2016.Year, End, B2016.Spokes.Count);
        posture.Apply(s);
        return s;
    }

    private static Trajectory ScalarRun(World w, LeverSchedule levers) =>
        new AllianceSimulation(B2016, w.Parameters, levers, new Exogenous(B2016.Year, w.Support, growth: true), End).Run(w.Seed);

    private static Trajectory LaneRun<T>(World w, LeverSchedule levers) where T : struct, ILane<T>
    {
        var sim = new LockstepSimulation<T>(B2016, levers, Exogenous.Constant(B2016.Year, End, 0.5, growth: true), End);
        sim.Configure([w.Parameters], [new Exogenous(B2016.Year, w.Support, growth: true)]);
        sim.Run([w.Seed]);
        return sim.Lane(0);
    }

    /// <summary>The largest relative difference of <paramref name="actual"/> from the scalar run, over every alliance value of
    /// every year, as a multiple of that value's tolerance (<see cref="Tolerance"/>, <see cref="RiskTolerance"/>).</summary>
    private static double Worst(Trajectory expected, Trajectory actual, out string where)
    {
        int row = expected.RowIndex(Trajectory.AllianceId);
        double worst = 0;
        where = "";
        for (int y = B2016.Year; y <= End; y++)
            foreach (var v in Indices.AllianceVariables)
            {
                double e = expected[y, row, v], a = actual[y, 0, v];
                double share = Math.Abs(e - a) / Math.Max(Math.Abs(e), 1e-3) / (v == Variable.ProliferationRisk ? RiskTolerance : Tolerance);
                if (share > worst || double.IsNaN(share)) { worst = double.IsNaN(share) ? double.PositiveInfinity : share; where = $"{y} {v}: scalar {e:R}, lane {a:R}"; }
            }
        return worst;
    }

    [Fact]
    public void With_the_host_math_the_GPU_lane_is_the_scalar_path_bit_for_bit() =>
        Gen.Select(Worlds, Postures).Sample((w, posture) =>
        {
            var levers = Levers(posture);
            double worst = Worst(ScalarRun(w, levers), LaneRun<DeviceLane<DeviceMath>>(w, levers), out var where);
            Assert.True(worst == 0, $"{posture.Name}: {worst:E2} times the tolerance at {where}");
        }, iter: 20);

    [Fact]
    public void With_the_device_math_a_run_stays_within_tolerance_of_the_scalar_path() =>
        Gen.Select(Worlds, Postures).Sample((w, posture) =>
        {
            var levers = Levers(posture);
            double worst = Worst(ScalarRun(w, levers), LaneRun<DeviceLane<PtxMathOnHost>>(w, levers), out var where);
            Assert.True(worst <= 1, $"{posture.Name}: {worst:F2} times the tolerance at {where}");
        }, iter: 100);
}
