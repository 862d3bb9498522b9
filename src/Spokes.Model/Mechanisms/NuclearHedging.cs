using Spokes.Model.Parameters;
using Spokes.Model.Simulation;
using Spokes.Model.World;

namespace Spokes.Model.Mechanisms;

/// <summary>
/// Mechanism 7 — nuclear hedging by latent states when extended deterrence loses credibility.
/// Yearly hazard of climbing one stage (none → latent → hedging → programme → armed; a state with no latency,
/// L = 0, never moves, and one with some latency but no programme history starts at none and can become latent):
/// h = min(1, h₀·L·max(0, θ_n·b⁰·(T/T⁰)^ε_n − b)^γ), L = latency. The threshold is a share θ_n of the start belief,
/// raised by threat, so the start year has zero hazard (fixed point) and a state hedges only when belief falls
/// well below where it was — South Korea in the early 1970s after the Nixon doctrine and the 1971 troop cut.
/// Two outputs: the stage probabilities (a Markov chain, smooth, for risk indices) and one realised path drawn
/// from the run's seeded random source (one uniform per spoke per year, drawn always, so runs with the same seed
/// share their random numbers whatever the posture).
/// </summary>
public static class NuclearHedging
{
    public static void Step(StepContext c, RunRandom random)
    {
        var a = c.Anchors; var now = c.Now; var next = c.Next; var p = c.P;
        const int S = WorldState.StageCount;
        for (int i = 0; i < c.SpokeCount; i++)
        {
            double threatRatio = MathUtil.SafeRatio(c.Derived.PerceivedThreat[i], a.TotalExposure[i]);
            double h = Hazard(now.Belief[i], a.Belief[i], threatRatio, a.Latency[i], p);
            // Markov chain over stages: mass climbs one stage with probability h; Armed is absorbing.
            int o = i * S;
            for (int s = 0; s < S; s++) next.NuclearStageProbability[o + s] = now.NuclearStageProbability[o + s];
            for (int s = S - 2; s >= 0; s--)
            {
                double move = h * now.NuclearStageProbability[o + s];
                next.NuclearStageProbability[o + s] -= move;
                next.NuclearStageProbability[o + s + 1] += move;
            }
            double u = random.NextDouble();
            int stage = now.NuclearStage[i];
            next.NuclearStage[i] = u < h && stage < (int)NuclearStage.Armed ? stage + 1 : stage;
        }
    }

    public static double Hazard(double belief, double startBelief, double threatRatio, double latency, ParameterSet p)
    {
        if (latency <= 0) return 0;
        double gap = Math.Max(0, p[ParameterId.HedgingThreshold] * startBelief * Math.Pow(threatRatio, p[ParameterId.NuclearThreatElasticity]) - belief);
        return gap <= 0
            ? 0
            : Math.Min(1, p[ParameterId.NuclearHazardScale] * latency * Math.Pow(gap, p[ParameterId.NuclearHazardExponent]));
    }

    /// <summary>Probability that the spoke has reached a weapons programme or beyond.</summary>
    public static double ProliferationRisk(WorldState s, int spoke)
    {
        int o = spoke * WorldState.StageCount;
        // The sum of two probabilities can round to 1 + 2⁻⁵²; keep the result a probability.
        return MathUtil.Clamp01(s.NuclearStageProbability[o + (int)NuclearStage.Program] + s.NuclearStageProbability[o + (int)NuclearStage.Armed]);
    }
}
