using Spokes.Model.Parameters;
using Spokes.Model.Policy;
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
    public static void Step(StepContext c, RunRandom random)
    {
        var a = c.Anchors; var now = c.Now; var next = c.Next; var p = c.P;
        const int S = WorldState.StageCount;
        const int firstFalling = (int)NuclearStage.Hedging, lastFalling = (int)NuclearStage.Program;
        for (int i = 0; i < c.SpokeCount; i++)
        {
            double pressure = c.Lever(i, Lever.NonProliferationPressure);
            double threshold = p[ParameterId.HedgingThreshold] * a.Belief[i] * c.Derived.HedgingThreatFactor[i];
            double up = ClimbHazard(now.Belief[i], threshold, now.Latency[i], pressure, p);
            double down = RollbackHazard(now.Belief[i], threshold, pressure, up, p);
            if (c.Decision(i, SpokeDecision.HedgingStep) is var step && !double.IsNaN(step)) (up, down) = PlayerStep(step, now.Latency[i]);
            // Markov chain over stages: mass climbs one stage with probability h↑ and falls one with h↓.
            int o = i * S;
            for (int s = 0; s < S; s++) next.NuclearStageProbability[o + s] = now.NuclearStageProbability[o + s];
            for (int s = 0; s < S - 1; s++)
            {
                double move = up * now.NuclearStageProbability[o + s];
                next.NuclearStageProbability[o + s] -= move;
                next.NuclearStageProbability[o + s + 1] += move;
            }
            for (int s = firstFalling; s <= lastFalling; s++)
            {
                double move = down * now.NuclearStageProbability[o + s];
                next.NuclearStageProbability[o + s] -= move;
                next.NuclearStageProbability[o + s - 1] += move;
            }
            double u = random.NextDouble();
            int stage = now.NuclearStage[i];
            next.NuclearStage[i] = u < up && stage < (int)NuclearStage.Armed ? stage + 1
                : u >= 1 - down && stage is >= firstFalling and <= lastFalling ? stage - 1
                : stage;
            double programme = now.NuclearStageProbability[o + (int)NuclearStage.Program] + now.NuclearStageProbability[o + (int)NuclearStage.Armed];
            next.Latency[i] = now.Latency[i] + p[ParameterId.LatencyGrowth] * programme * (1 - now.Latency[i]);
        }
    }

    /// <summary>τ = θ_n·b⁰·(T/T⁰)^ε_n: the belief below which a latent state starts to climb.</summary>
    public static double Threshold(double startBelief, double threatRatio, ParameterSet p) =>
        p[ParameterId.HedgingThreshold] * startBelief * Math.Pow(threatRatio, p[ParameterId.NuclearThreatElasticity]);

    /// <summary>h↑ = (1 − π_d·np)·min(1, h₀·L·max(0, τ − b)^γ); 0 without latency.</summary>
    public static double ClimbHazard(double belief, double threshold, double latency, double pressure, ParameterSet p)
    {
        if (latency <= 0) return 0;
        double gap = threshold - belief;
        if (gap <= 0) return 0;
        double h = Math.Min(1, p[ParameterId.NuclearHazardScale] * latency * Math.Pow(gap, p[ParameterId.NuclearHazardExponent]));
        return (1 - p[ParameterId.PressureDeterrence] * pressure) * h;
    }

    /// <summary>h↓ = min(1 − h↑, π_r·np + ρ_b·max(0, b − τ)).</summary>
    public static double RollbackHazard(double belief, double threshold, double pressure, double climb, ParameterSet p) =>
        Math.Min(1 - climb, p[ParameterId.PressureRollback] * pressure + p[ParameterId.ReassuranceRollback] * Math.Max(0, belief - threshold));

    /// <summary>A player's hedging step s ∈ [−1, 1] as the year's hazards: h↑ = max(s, 0) (0 without latency: only a
    /// latent state can climb), h↓ = max(−s, 0); ±1 moves one stage for certain, 0 holds the stage.</summary>
    public static (double Up, double Down) PlayerStep(double step, double latency) =>
        (latency > 0 ? Math.Max(step, 0) : 0, Math.Max(-step, 0));

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
