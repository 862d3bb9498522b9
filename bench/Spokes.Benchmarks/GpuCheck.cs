using System.Diagnostics;
using System.Globalization;
using Spokes.Gpu;
using Spokes.Model.Mechanisms;
using Spokes.Model.Outputs;
using Spokes.Model.Parameters;
using Spokes.Scenarios;

namespace Spokes.Benchmarks;

/// <summary>
/// The device check of the GPU path, for a machine with a GPU (it also runs without one, on ILGPU's CPU accelerator):
/// <c>gpu-check [N]</c> runs <see cref="FormulaKernel"/> on N experiments (default 1,000,000) on the accelerator
/// <see cref="GpuDevice"/> opens and prints which one ran, the kernel's wall time (copies included; the first call, which
/// compiles, timed apart), and the largest relative differences of its results from the host's scalar path and from the
/// device's own algorithms run on the host (<see cref="PtxMathOnHost"/>). On a GPU the second figure shows what the
/// host emulation misses (FMA contraction by the CUDA compiler); the first is the tolerance a GPU ensemble would state.
/// Then the whole model: <c>gpu-check [N] [E]</c> runs <see cref="GpuEnsemble"/> on E experiments of the default
/// scenario (default 20,000; every parameter drawn uniformly in its range, seeds 1..E), prints its time per actor-year,
/// the same experiments as single runs on one host thread, and the largest relative differences of the ensemble's
/// alliance values from the single runs and from the device's algorithms run on the host.
/// </summary>
public static class GpuCheck
{
    public static void Run(string[] args)
    {
        int n = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        using var device = new GpuDevice();
        Console.WriteLine($"accelerator: {device.Name}");
        var kernel = new FormulaKernel(device);
        var inputs = MechanismFormulas.RandomInputs(n, seed: 1);
        var clock = Stopwatch.StartNew();
        kernel.Run(inputs);
        Console.WriteLine($"first call (compiles the kernel): {clock.Elapsed.TotalMilliseconds:F1} ms");
        var times = new List<double>();
        double[] actual = [];
        for (int i = 0; i < 5; i++)
        {
            clock.Restart();
            actual = kernel.Run(inputs);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"kernel, {n:N0} experiments: median {times[2]:F1} ms of 5 ({times[2] * 1e6 / n:F1} ns per experiment, copies included)");
        MechanismFormulas.OnHost(inputs); // warm-up (JIT tiers)
        clock.Restart();
        var host = MechanismFormulas.OnHost(inputs);
        Console.WriteLine($"host, Scalar, one thread: {clock.Elapsed.TotalMilliseconds:F1} ms (second call)");
        var emulated = new double[host.Length];
        for (int e = 0; e < n; e++)
        {
            var y = new HostRow(emulated, e * MechanismFormulas.OutputCount);
            MechanismFormulas.Evaluate<DeviceLane<PtxMathOnHost>, HostRow, HostRow>(new HostRow(inputs, e * MechanismFormulas.InputCount), ref y);
        }
        Console.WriteLine($"largest relative difference (values below 1e-2 as 1e-2): from the host's scalar path {Worst(actual, host):E2}, "
            + $"from the device's algorithms on the host {Worst(actual, emulated):E2}");
        Ensemble(device, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20_000);
    }

    /// <summary>The yearly step in a kernel: <paramref name="count"/> experiments of the default scenario.</summary>
    private static void Ensemble(GpuDevice device, int count)
    {
        var plan = ScenarioPlan.Build(ScenarioDefinition.Default);
        if (plan.Negotiation is not null)
        {   // a negotiation is an object called per ally on the host: no kernel can call it
            Console.Error.WriteLine($"scenario {plan.Definition.Name}: negotiates host support, which the GPU path cannot run");
            Environment.Exit(2);
        }
        var random = new Random(1);
        var parameters = new ParameterSet[count];
        for (int e = 0; e < count; e++)
        {
            var p = plan.Parameters;
            foreach (var info in ParameterCatalog.All) p = p.With(info.Id, info.Min + random.NextDouble() * (info.Max - info.Min));
            parameters[e] = p;
        }
        var exogenous = Enumerable.Repeat(plan.Exogenous, count).ToArray();
        var seeds = Enumerable.Range(1, count).ToArray();
        int end = plan.Definition.EndYear, years = end - plan.Baseline.Year;
        double actorYears = (double)count * (1 + plan.Baseline.Spokes.Count + plan.Baseline.Threats.Count) * years;
        using var ensemble = new GpuEnsemble(device, plan.Baseline, plan.Levers, plan.Exogenous, end);
        var clock = Stopwatch.StartNew();
        ensemble.Run(parameters[..Math.Min(count, 256)], exogenous[..Math.Min(count, 256)], seeds[..Math.Min(count, 256)]);
        Console.WriteLine($"ensemble: first call (compiles the kernel), 256 experiments: {clock.Elapsed.TotalMilliseconds:F1} ms");
        var times = new List<double>();
        AllianceTable table = null!;
        for (int i = 0; i < 3; i++)
        {
            clock.Restart();
            table = ensemble.Run(parameters, exogenous, seeds);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"ensemble kernel, {count:N0} experiments of {plan.Definition.Name} ({years} years): median {times[1]:F1} ms of 3 "
            + $"= {times[1] * 1e6 / actorYears:F1} ns per actor-year (host preparation and copies included)");
        var simulation = plan.CreateSimulation();
        var variables = Indices.AllianceVariables;
        var singles = new double[(long)count * (years + 1) * variables.Count];
        clock.Restart();
        for (int e = 0; e < count; e++)
        {
            simulation.Reconfigure(parameters[e], plan.Levers, plan.Exogenous);
            var single = simulation.Run(seeds[e]);
            int row = single.RowIndex(Trajectory.AllianceId);
            for (int y = 0; y <= years; y++)
                for (int j = 0; j < variables.Count; j++)
                    singles[((long)e * (years + 1) + y) * variables.Count + j] = single[plan.Baseline.Year + y, row, variables[j]];
        }
        Console.WriteLine($"single runs, one host thread: {clock.Elapsed.TotalMilliseconds:F1} ms = {clock.Elapsed.TotalMilliseconds * 1e6 / actorYears:F1} ns per actor-year");
        double Single(int e, int year, int j) => singles[((long)e * (years + 1) + year - plan.Baseline.Year) * variables.Count + j];
        double worstSingle = 0;
        for (int e = 0; e < count; e++)
            for (int y = plan.Baseline.Year; y <= end; y++)
                for (int j = 0; j < variables.Count; j++)
                    worstSingle = Math.Max(worstSingle, Relative(table[e, y, variables[j]], Single(e, y, j)));
        // The device's algorithms on the host (CPU accelerator memory, no kernel), for a sample.
        int sample = Math.Min(count, 2_000);
        using var cpu = new GpuDevice(cpuOnly: true);
        using var emulation = new GpuEnsemble(cpu, plan.Baseline, plan.Levers, plan.Exogenous, end);
        var emulated = emulation.RunOnHost<PtxMathOnHost>(parameters[..sample], exogenous[..sample], seeds[..sample]);
        double worstEmulated = 0, emulatedFromSingle = 0;
        for (int e = 0; e < sample; e++)
            for (int y = plan.Baseline.Year; y <= end; y++)
                foreach (var v in Indices.AllianceVariables)
                    worstEmulated = Math.Max(worstEmulated, Relative(table[e, y, v], emulated[e, y, v]));
        for (int e = 0; e < sample; e++)
            for (int y = plan.Baseline.Year; y <= end; y++)
                for (int j = 0; j < variables.Count; j++)
                    emulatedFromSingle = Math.Max(emulatedFromSingle, Relative(emulated[e, y, variables[j]], Single(e, y, j)));
        Console.WriteLine($"largest relative difference of an alliance value (values below 1e-3 as 1e-3): ensemble from single runs {worstSingle:E2}; "
            + $"ensemble from the device's algorithms on the host {worstEmulated:E2} and those from single runs {emulatedFromSingle:E2} ({sample:N0} experiments)");
    }

    private static double Relative(double actual, double expected) =>
        double.IsNaN(actual) != double.IsNaN(expected) ? double.PositiveInfinity
        : double.IsNaN(actual) ? 0 : Math.Abs(actual - expected) / Math.Max(Math.Abs(expected), 1e-3);

    private static double Worst(double[] actual, double[] expected)
    {
        double worst = 0;
        for (int i = 0; i < actual.Length; i++)
            worst = Math.Max(worst, double.IsNaN(actual[i]) != double.IsNaN(expected[i]) ? double.PositiveInfinity
                : double.IsNaN(actual[i]) ? 0 : Math.Abs(actual[i] - expected[i]) / Math.Max(Math.Abs(expected[i]), 1e-2));
        return worst;
    }
}
