using System.Diagnostics;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.World;

namespace Spokes.Model.Simulation;

/// <summary>
/// Everything one yearly step reads and writes. Every mechanism reads the state of year t (<see cref="Now"/>) and
/// the derived quantities of year t, and writes its own variables of year t+1 (<see cref="Next"/>): the update is
/// synchronous, so the order in which mechanisms run does not matter.
/// </summary>
public sealed class StepContext
{
    private int _leverYear;
    private double[] _leverValues = [];
    private int _leverOffset;

    /// <summary>Built by <see cref="AllianceSimulation"/>, which then calls <see cref="Configure"/>.</summary>
    internal StepContext(WorldState now, WorldState next, Derived derived)
    {
        Now = now;
        Next = next;
        Derived = derived;
    }

    /// <summary>Sets what a run reads besides the state: the anchors, parameters, levers and negotiation.</summary>
    internal void Configure(Anchors anchors, ParameterSet parameters, LeverSchedule levers, Exogenous exogenous,
        Mechanisms.IHostSupportNegotiation? negotiation)
    {
        Anchors = anchors;
        P = parameters;
        Levers = levers;
        Exogenous = exogenous;
        Paths = exogenous.Paths;
        Decisions = exogenous.Paths?.Decisions;
        Negotiation = negotiation;
    }

    public Anchors Anchors { get; private set; } = null!;
    public ParameterSet P { get; private set; } = null!;
    public LeverSchedule Levers { get; private set; } = null!;
    /// <summary>Public support, growth and the dated paths of the run.</summary>
    public Exogenous Exogenous { get; private set; } = null!;
    /// <summary>The dated exogenous paths, or null when the run has none (see <see cref="Exogenous.Paths"/>).</summary>
    public ExogenousPaths? Paths { get; private set; }
    /// <summary>Players' decisions overriding the rules, or null (no game: every actor follows its rules).</summary>
    public Decisions? Decisions { get; private set; }
    public WorldState Now { get; internal set; }
    public WorldState Next { get; internal set; }
    public Derived Derived { get; }
    /// <summary>The year whose levers are in force: the year being computed.</summary>
    public int LeverYear
    {
        get => _leverYear;
        internal set
        {
            (_leverValues, _leverOffset) = Levers.YearBlock(value); // checks the year once, not on every read
            _leverYear = value;
        }
    }

    /// <summary>An optional negotiation that sets the host-nation support target (null: the formula).</summary>
    public Mechanisms.IHostSupportNegotiation? Negotiation { get; private set; }
    public int SpokeCount => Anchors.SpokeCount;
    public int ThreatCount => Anchors.ThreatCount;

    /// <summary>A spoke's decision in <see cref="LeverYear"/>, or NaN: the rule applies.</summary>
    public double Decision(int spoke, SpokeDecision kind) => Decisions?.Get(_leverYear, spoke, kind) ?? double.NaN;

    /// <summary>An adversary's decision in <see cref="LeverYear"/>, or NaN: the rule applies.</summary>
    public double Decision(int threat, ThreatDecision kind) => Decisions?.Get(_leverYear, threat, kind) ?? double.NaN;

    /// <summary>The value of a lever for a spoke in <see cref="LeverYear"/>; the spoke index is the caller's loop index.</summary>
    public double Lever(int spoke, Lever lever)
    {
        Debug.Assert((uint)spoke < (uint)SpokeCount);
        return _leverValues[_leverOffset + spoke * LeverInfo.Count + (int)lever];
    }
}
