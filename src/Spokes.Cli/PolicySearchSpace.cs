using Spokes.Explore.Evaluation;
using Spokes.Explore.Experiments;
using Spokes.Explore.Optimization;
using Spokes.Model.Outputs;
using Spokes.Model.Policy;
using Spokes.Scenarios;

namespace Spokes.Cli;

/// <summary>
/// What `spokes optimize` searches over and `spokes reevaluate` runs again: the commitment (keep, or the withdraw
/// preset's phase-out) and the ten continuous U.S. levers from the year after the baseline; and the three outcomes
/// a policy is judged on, each over a set of sampled scenarios.
/// </summary>
internal static class PolicySearchSpace
{
    public static readonly DecisionVariable[] Variables =
    [
        DecisionVariable.Categorical("commitment", "keep", "phase-out"),
        DecisionVariable.Real("rhetoric", 0, 1), DecisionVariable.Real("demands", 0, 1), DecisionVariable.Real("reassurance", 0, 1),
        DecisionVariable.Real("threatAssessment", 0, 1), DecisionVariable.Real("rolesAndMissions", 0, 1),
        DecisionVariable.Real("industrialCooperation", 0, 1), DecisionVariable.Real("exercises", 0, 1),
        DecisionVariable.Real("networking", 0, 1),
        DecisionVariable.Real("forcePosture", 0.5, 1.5), DecisionVariable.Real("confrontation", -1, 1),
    ];

    private static readonly Lever[] Levers = [Lever.Rhetoric, Lever.Demands, Lever.Reassurance, Lever.ThreatAssessment, Lever.RolesAndMissions,
        Lever.IndustrialCooperation, Lever.Exercises, Lever.Networking, Lever.ForcePosture, Lever.Confrontation];

    /// <summary>Short names of the outcomes (for constraints) and whether each is maximised.</summary>
    public static readonly string[] OutcomeKeys = ["capability", "distancing", "spending"];

    public static readonly string[] OutcomeNames = ["capability per U.S. $", "distancing", "allied spending"];

    public static readonly bool[] Maximise = [true, false, true];

    public static ExperimentDesign Design(ExperimentDesign design) => design with
    {
        Outcomes =
        [
            new OutcomeSpec("capability_per_us_dollar", Variable.CapabilityPerDollar, Trajectory.AllianceId, OutcomeStat.Final),
            new OutcomeSpec("distancing", Variable.Distancing, Trajectory.AllianceId, OutcomeStat.Final),
            new OutcomeSpec("allied_spending", Variable.Spending, Trajectory.AllianceId, OutcomeStat.Final),
        ],
    };

    /// <summary>The policy of decoded decisions: the commitment picks the preset, the levers replace what it sets.</summary>
    public static PolicySpec Policy(string name, IReadOnlyList<DecisionValue> decoded, int start) =>
        new(name, decoded[0].Label == "keep" ? "status-quo" : "withdraw",
            Levers.Select((l, i) => new LeverOverride(l, decoded[i + 1].Number, start, null, null, 0)).ToList());

    /// <summary>Outcomes of one policy on every scenario of the unit sample: [outcome][scenario].</summary>
    public static double[][] Outcomes(ExperimentDesign design, double[][] unit, PolicySpec policy)
    {
        var matrix = new ExperimentMatrix(design with { Policies = [policy] }, unit);
        var sink = new InMemorySink();
        new BlockEvaluator(new EvaluationOptions { Threads = 1, BlockSize = unit.Length }).Evaluate(matrix, sink);
        return [sink.Column(matrix, 0), sink.Column(matrix, 1), sink.Column(matrix, 2)];
    }
}
