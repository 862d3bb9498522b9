using Spokes.Model;
using Spokes.Model.Lanes;
using Spokes.Model.Mechanisms;

namespace Spokes.Gpu;

/// <summary>A row of doubles, read and written by index: a host array or a device view, so the same generic code
/// reads both (kernels take no Span and no class; this is the struct-view pattern the whole step needs,
/// docs/performance.md).</summary>
public interface IRow
{
    double this[int i] { get; set; }
}

/// <summary>Row <c>r</c> of a host array of rows of <c>width</c> doubles.</summary>
public readonly struct HostRow(double[] values, int offset) : IRow
{
    public double this[int i] { get => values[offset + i]; set => values[offset + i] = value; }
}

/// <summary>
/// The context-free formulas of the mechanisms — the lane-generic functions of the model's own source that read no
/// <c>StepContext</c> (nuclear climb, roll-back and player hazards, the response time and its power, the troop signal,
/// the bandwagon pull, the best response of burden sharing, the logistic, partial adjustment, safe ratio, clamp) —
/// chained for one experiment. What runs in a kernel is the model's code itself (<see cref="NuclearHedging"/>,
/// <see cref="ForcePosture"/>, <see cref="CommitmentBelief"/>, <see cref="Alignment"/>, <see cref="BurdenSharing"/>,
/// <see cref="MathUtil"/>) over
/// <see cref="DeviceLane{TMath}"/>; the host runs it over <see cref="Scalar"/>. This is not the yearly step: the
/// mechanisms' step and derivation passes read the context classes, which kernels cannot take (docs/performance.md).
/// </summary>
public static class MechanismFormulas
{
    /// <summary>Doubles per experiment in: state (belief, start belief, threat ratio T/T⁰, latency, pressure, troops,
    /// start troops, distance km, exercises, start response days) then parameters (hedging threshold, nuclear threat
    /// elasticity, hazard scale, hazard exponent, pressure deterrence, pressure roll-back, reassurance roll-back,
    /// tripwire scale, response-time elasticity, exercise gain, local days, mobilisation days, transit km a day), then a
    /// player's hedging step, GDP, the weight on security, spill-ins, efficiency and vulnerability.</summary>
    public const int InputCount = 29;

    /// <summary>Doubles per experiment out: threshold τ, climb hazard h↑, roll-back hazard h↓, response days, response
    /// factor (RT⁰/RT)^ξ, troop signal, σ(signal + ln T/T⁰), a player step's two hazards, the bandwagon pull, the
    /// best-response spending, belief adjusted toward the logistic at rate L and clamped to [0, 1], τ/b⁰ as a safe ratio.</summary>
    public const int OutputCount = 13;

    public static void Evaluate<T, TIn, TOut>(in TIn x, ref TOut y) where T : struct, ILane<T> where TIn : struct, IRow where TOut : struct, IRow
    {
        T belief = T.Of(x[0]), startBelief = T.Of(x[1]), ratio = T.Of(x[2]), latency = T.Of(x[3]), pressure = T.Of(x[4]);
        T troops = T.Of(x[5]), startTroops = T.Of(x[6]), distance = T.Of(x[7]), exercises = T.Of(x[8]), startDays = T.Of(x[9]);
        T tripwire = T.Of(x[17]);
        T threshold = x[10] * startBelief * T.Pow(ratio, T.Of(x[11]));
        T up = NuclearHedging.ClimbHazard(belief, threshold, latency, pressure, T.Of(x[12]), T.Of(x[13]), T.Of(x[14]));
        T down = NuclearHedging.RollbackHazard(belief, threshold, pressure, up, T.Of(x[15]), T.Of(x[16]));
        T days = ForcePosture.ResponseDays(troops, distance, exercises, tripwire, T.Of(x[19]), T.Of(x[20]), T.Of(x[21]), T.Of(x[22]));
        T factor = T.Pow(startDays / days, T.Of(x[18]));
        T signal = CommitmentBelief.TroopSignal(troops, startTroops, tripwire);
        T probe = MathUtil.Sigmoid(signal + T.Log(ratio));
        var (playerUp, playerDown) = NuclearHedging.PlayerStep(T.Of(x[23]), latency);
        T pull = Alignment.BandwagonPull(belief, T.Of(x[28]), ratio);
        T best = BurdenSharing.BestResponse(T.Of(x[24]), T.Of(x[25]), T.Of(x[26]), T.Of(x[27]));
        T adjusted = MathUtil.Clamp01(MathUtil.Adjust(belief, probe, latency));
        T safe = MathUtil.SafeRatio(threshold, startBelief);
        y[0] = T.Get(threshold, 0); y[1] = T.Get(up, 0); y[2] = T.Get(down, 0); y[3] = T.Get(days, 0);
        y[4] = T.Get(factor, 0); y[5] = T.Get(signal, 0); y[6] = T.Get(probe, 0); y[7] = T.Get(playerUp, 0);
        y[8] = T.Get(playerDown, 0); y[9] = T.Get(pull, 0); y[10] = T.Get(best, 0); y[11] = T.Get(adjusted, 0); y[12] = T.Get(safe, 0);
    }

    /// <summary>The chain over <see cref="Scalar"/> on the host, experiment by experiment: the reference.</summary>
    public static double[] OnHost(double[] inputs)
    {
        int n = inputs.Length / InputCount;
        var outputs = new double[n * OutputCount];
        for (int e = 0; e < n; e++)
        {
            var y = new HostRow(outputs, e * OutputCount);
            Evaluate<Scalar, HostRow, HostRow>(new HostRow(inputs, e * InputCount), ref y);
        }
        return outputs;
    }

    /// <summary><paramref name="n"/> experiments' inputs drawn uniformly in plausible ranges (states) and in the
    /// parameters' documented ranges (Spokes.Model.Parameters.ParameterCatalog), from <paramref name="seed"/>.</summary>
    public static double[] RandomInputs(int n, int seed)
    {
        var random = new Random(seed);
        double U(double lo, double hi) => lo + random.NextDouble() * (hi - lo);
        double P(Spokes.Model.Parameters.ParameterId id)
        {
            var info = Spokes.Model.Parameters.ParameterCatalog.All[(int)id];
            return U(info.Min, info.Max);
        }
        var x = new double[n * InputCount];
        for (int e = 0; e < n; e++)
        {
            var row = x.AsSpan(e * InputCount, InputCount);
            row[0] = U(0, 1); row[1] = U(0.2, 1); row[2] = U(0.05, 4); row[3] = U(0, 1); row[4] = U(0, 1);
            row[5] = U(0, 60_000); row[6] = U(0, 60_000); row[7] = U(500, 12_000); row[8] = U(0, 1); row[9] = U(2, 40);
            row[10] = P(Spokes.Model.Parameters.ParameterId.HedgingThreshold);
            row[11] = P(Spokes.Model.Parameters.ParameterId.NuclearThreatElasticity);
            row[12] = P(Spokes.Model.Parameters.ParameterId.NuclearHazardScale);
            row[13] = P(Spokes.Model.Parameters.ParameterId.NuclearHazardExponent);
            row[14] = P(Spokes.Model.Parameters.ParameterId.PressureDeterrence);
            row[15] = P(Spokes.Model.Parameters.ParameterId.PressureRollback);
            row[16] = P(Spokes.Model.Parameters.ParameterId.ReassuranceRollback);
            row[17] = P(Spokes.Model.Parameters.ParameterId.TripwireScale);
            row[18] = P(Spokes.Model.Parameters.ParameterId.ResponseTimeElasticity);
            row[19] = P(Spokes.Model.Parameters.ParameterId.ExerciseResponseGain);
            row[20] = P(Spokes.Model.Parameters.ParameterId.LocalResponseDays);
            row[21] = P(Spokes.Model.Parameters.ParameterId.MobilizationDays);
            row[22] = P(Spokes.Model.Parameters.ParameterId.TransitKmPerDay);
            row[23] = U(-1, 1); row[24] = U(1, 5_000); row[25] = U(0, 1); row[26] = U(0, 100); row[27] = U(0.3, 2); row[28] = U(0, 1);
        }
        return x;
    }
}
