using System.Runtime.CompilerServices;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Lanes;
using Spokes.Model.Simulation;
using Spokes.Model.World;

namespace Spokes.Model.Mechanisms;

/// <summary>
/// Mechanism 7 — nuclear hedging by latent states, both ways. The threshold is a share θ_n of the start belief raised
/// by threat, τ = θ_n·b⁰·(T/T⁰)^ε_n, so the start year has zero hazard (fixed point).
/// Climbing one stage (none → latent → hedging → programme → armed), per year:
/// h↑ = (1 − π_d·np)·min(1, h₀·L·max(0, τ − b)^γ) — South Korea in the early 1970s after the Nixon doctrine and the
/// 1971 troop cut; U.S. non-proliferation pressure np deters the climb.
/// Falling back one stage (programme → hedging → latent; latent and armed do not fall), per year:
/// h↓ = min(1 − h↑, π_r·np + ρ_b·max(0, b − τ)) — pressure rolls a programme back (Seoul 1975–76, Taiwan 1976–77
/// and 1988), and so does restored credibility (Seoul after Reagan's 1981 reaffirmation).
/// Latency grows while a programme runs: L' = L + λ_L·Pr(programme or armed)·(1 − L).
/// Two outputs: the stage probabilities (a Markov chain, smooth, for risk indices) and one realised path drawn from
/// the run's seeded random source (one uniform u per spoke per year, drawn always, so runs with the same seed share
/// their random numbers whatever the posture): climb if u &lt; h↑, fall if u ≥ 1 − h↓.
/// </summary>
public static class NuclearHedging
{
    public static void Step<T, C, V>(ref C c) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        const int S = WorldState.StageCount; // none, latent, hedging, programme, armed (NuclearStage)
        const int firstFalling = (int)NuclearStage.Hedging, lastFalling = (int)NuclearStage.Program;
        V startBelief = c.Anchor(AnchorQuantity.Belief), factor = c.Derived(DerivedQuantity.HedgingThreatFactor), belief = c.Now(StateQuantity.Belief);
        V latency = c.Now(StateQuantity.Latency), probability = c.Now(StateQuantity.NuclearStageProbability);
        V nextProbability = c.Next(StateQuantity.NuclearStageProbability), stages = c.Now(StateQuantity.NuclearStage);
        V nextStages = c.Next(StateQuantity.NuclearStage), nextLatency = c.Next(StateQuantity.Latency);
        T scale = c.Par(ParameterId.NuclearHazardScale), exponent = c.Par(ParameterId.NuclearHazardExponent), deterrence = c.Par(ParameterId.PressureDeterrence);
        T rollback = c.Par(ParameterId.PressureRollback), reassurance = c.Par(ParameterId.ReassuranceRollback);
        for (int i = 0; i < c.SpokeCount; i++)
        {
            double pressure = c.Lever(i, Lever.NonProliferationPressure);
            T threshold = c.Par(ParameterId.HedgingThreshold) * startBelief[i] * factor[i];
            T up = ClimbHazard(belief[i], threshold, latency[i], T.Of(pressure), scale, exponent, deterrence);
            T down = RollbackHazard(belief[i], threshold, T.Of(pressure), up, rollback, reassurance);
            if (c.Decision(i, SpokeDecision.HedgingStep) is var step && !double.IsNaN(step)) (up, down) = PlayerStep(T.Of(step), latency[i]);
            // Markov chain over the five stages: mass climbs one stage with probability h↑ (none → … → armed), then
            // falls one with h↓ (hedging → latent, programme → hedging). Written out stage by stage, each sum in the
            // order of the moves (climbs first), from values held in registers rather than re-read from the arrays.
            int o = i * S;
            T p0 = probability[o], p1 = probability[o + 1], p2 = probability[o + 2], p3 = probability[o + 3], p4 = probability[o + 4];
            T climb0 = up * p0, climb1 = up * p1, climb2 = up * p2, climb3 = up * p3;
            T fall2 = down * p2, fall3 = down * p3;
            nextProbability[o] = p0 - climb0;
            nextProbability[o + 1] = p1 + climb0 - climb1 + fall2;
            nextProbability[o + 2] = p2 + climb1 - climb2 - fall2 + fall3;
            nextProbability[o + 3] = p3 + climb2 - climb3 - fall3;
            nextProbability[o + 4] = p4 + climb3;
            // The realised path: climb if u < h↑ (below armed), else fall if u ≥ 1 − h↓ (hedging to programme), else stay.
            T u = c.Uniform();
            T stage = stages[i];
            T fall = T.IfLessOrEqual(1 - down, u,
                T.IfLessOrEqual(T.Of(firstFalling), stage, T.IfLessOrEqual(stage, T.Of(lastFalling), stage - 1, stage), stage), stage);
            nextStages[i] = T.IfLess(u, up, T.IfLess(stage, T.Of((int)NuclearStage.Armed), stage + 1, fall), fall);
            T programme = p3 + p4; // programme or armed
            nextLatency[i] = latency[i] + c.Par(ParameterId.LatencyGrowth) * programme * (1 - latency[i]);
        }
    }

    /// <summary>τ = θ_n·b⁰·(T/T⁰)^ε_n: the belief below which a latent state starts to climb.</summary>
    public static double Threshold(double startBelief, double threatRatio, ParameterSet p) =>
        p[ParameterId.HedgingThreshold] * startBelief * Math.Pow(threatRatio, p[ParameterId.NuclearThreatElasticity]);

    /// <summary>h↑ = (1 − π_d·np)·min(1, h₀·L·max(0, τ − b)^γ); 0 without latency.</summary>
    public static double ClimbHazard(double belief, double threshold, double latency, double pressure, ParameterSet p) =>
        ClimbHazard(Scalar.Of(belief), Scalar.Of(threshold), Scalar.Of(latency), Scalar.Of(pressure), Scalar.Of(p[ParameterId.NuclearHazardScale]),
            Scalar.Of(p[ParameterId.NuclearHazardExponent]), Scalar.Of(p[ParameterId.PressureDeterrence])).Value;

    /// <inheritdoc cref="ClimbHazard(double, double, double, double, ParameterSet)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T ClimbHazard<T>(T belief, T threshold, T latency, T pressure, T scale, T exponent, T deterrence) where T : struct, ILane<T>
    {
        // Most states have no latency, or belief above the threshold: skip the power when no lane needs it.
        if (T.AllLessOrEqual(latency, T.Of(0))) return T.Of(0);
        T gap = threshold - belief;
        if (T.AllLessOrEqual(gap, T.Of(0))) return T.Of(0);
        // Lanes with no gap (their hazard is 0, selected below) take the power of 1, not of gap ≤ 0: ln of a non-positive
        // number is NaN, and a NaN in a vector sends .NET's vector exp down another path for the whole vector, whose bits
        // differ between CoreLib's precompiled code and the JIT's recompilation of it. The lane's neighbours then got
        // other bits, depending on the moment in the process: about one 16-lane block in 5,000 differed from its 4-lane
        // blocks during warm-up (LockstepTests; docs/reliability.md §3). Single runs take this line only with gap > 0.
        T h = T.Min(T.Of(1), scale * latency * T.Pow(T.IfLessOrEqual(gap, T.Of(0), T.Of(1), gap), exponent));
        T hazard = (1 - deterrence * pressure) * h;
        return T.IfLessOrEqual(latency, T.Of(0), T.Of(0), T.IfLessOrEqual(gap, T.Of(0), T.Of(0), hazard));
    }

    /// <summary>h↓ = min(1 − h↑, π_r·np + ρ_b·max(0, b − τ)).</summary>
    public static double RollbackHazard(double belief, double threshold, double pressure, double climb, ParameterSet p) =>
        RollbackHazard(Scalar.Of(belief), Scalar.Of(threshold), Scalar.Of(pressure), Scalar.Of(climb),
            Scalar.Of(p[ParameterId.PressureRollback]), Scalar.Of(p[ParameterId.ReassuranceRollback])).Value;

    /// <inheritdoc cref="RollbackHazard(double, double, double, double, ParameterSet)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T RollbackHazard<T>(T belief, T threshold, T pressure, T climb, T rollback, T reassurance) where T : struct, ILane<T> =>
        T.Min(1 - climb, rollback * pressure + reassurance * T.Max(T.Of(0), belief - threshold));

    /// <summary>A player's hedging step s ∈ [−1, 1] as the year's hazards: h↑ = max(s, 0) (0 without latency: only a
    /// latent state can climb), h↓ = max(−s, 0); ±1 moves one stage for certain, 0 holds the stage.</summary>
    public static (double Up, double Down) PlayerStep(double step, double latency)
    {
        var (up, down) = PlayerStep(Scalar.Of(step), Scalar.Of(latency));
        return (up.Value, down.Value);
    }

    /// <inheritdoc cref="PlayerStep(double, double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (T Up, T Down) PlayerStep<T>(T step, T latency) where T : struct, ILane<T> =>
        (T.IfLess(T.Of(0), latency, T.Max(step, T.Of(0)), T.Of(0)), T.Max(-step, T.Of(0)));

    /// <summary>The climbing hazard as the first model computed it (no pressure), for tests and docs.</summary>
    public static double Hazard(double belief, double startBelief, double threatRatio, double latency, ParameterSet p) =>
        ClimbHazard(belief, Threshold(startBelief, threatRatio, p), latency, 0, p);

    /// <summary>Probability that the spoke has reached a weapons programme or beyond.</summary>
    public static double ProliferationRisk(WorldState s, int spoke)
    {
        int o = spoke * WorldState.StageCount;
        // The sum of two probabilities can round to 1 + 2⁻⁵²; keep the result a probability.
        return MathUtil.Clamp01(s.NuclearStageProbability[o + (int)NuclearStage.Program] + s.NuclearStageProbability[o + (int)NuclearStage.Armed]);
    }
}
