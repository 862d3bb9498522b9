using Spokes.Model.Lanes;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.World;

namespace Spokes.Model.Simulation;

/// <summary>
/// Everything one yearly step reads and writes on the host: the arrays and settings the mechanisms reach through
/// <see cref="HostStepContext{T}"/> (they are written over <see cref="IStepContext{T, V}"/>, so a GPU kernel runs them
/// too). Every mechanism reads the state of year t (<see cref="Now"/>) and the derived quantities of year t, and writes
/// its own variables of year t+1 (<see cref="Next"/>): the update is synchronous, so the order in which mechanisms run
/// does not matter.
/// Generic over the number type (<see cref="ILane{T}"/>): over <see cref="Scalar"/> it is one run; over a SIMD lane it is
/// <c>T.Width</c> experiments in lock-step, whose states, derived quantities and anchors are stored lane-interleaved
/// (element i of a quantity is lanes [i·W, (i+1)·W) of its array) and whose parameters and public support may differ
/// by lane; levers, dated paths, decisions and the baseline's growth are shared by the lanes of a block.
/// </summary>
public sealed class StepContext<T> where T : struct, ILane<T>
{
    private T[] _parameters = new T[ParameterCatalog.All.Count];
    // Per spoke and parameter when some lane overrides a parameter for a spoke; else empty, and every spoke reads the
    // global value (filling the table for every parameter × spoke ran once per lock-step block, 69 KB at 16 lanes).
    private T[] _spokeParameters = [], _spokeTable = [];
    private int _leverYear;
    private double[] _leverValues = [];
    private int _leverOffset;

    /// <summary>Built by <see cref="AllianceSimulation"/>, which then calls Configure.</summary>
    internal StepContext(WorldState now, WorldState next, Derived derived)
    {
        Now = now;
        Next = next;
        Derived = derived;
    }

    /// <summary>Sets what a run reads besides the state: the anchors, parameters, levers and negotiation.</summary>
    internal void Configure(Anchors anchors, ParameterSet parameters, LeverSchedule levers, Exogenous exogenous,
        Mechanisms.IHostSupportNegotiation? negotiation) =>
        Configure(anchors, [parameters], levers, exogenous, negotiation);

    /// <summary>As above with one parameter set per lane (<paramref name="parameters"/>[k] for lane k).</summary>
    internal void Configure(Anchors anchors, ReadOnlySpan<ParameterSet> parameters, LeverSchedule levers, Exogenous exogenous,
        Mechanisms.IHostSupportNegotiation? negotiation)
    {
        if (parameters.Length != T.Width) throw new ArgumentException("one parameter set per lane");
        Anchors = anchors;
        P = parameters[0];
        int count = ParameterCatalog.All.Count, n = anchors.SpokeCount;
        Span<double> lanes = stackalloc double[T.Width];
        bool overrides = false;
        foreach (var p in parameters) overrides |= p.HasSpokeOverrides;
        if (overrides && _spokeTable.Length != count * n) _spokeTable = new T[count * n];
        _spokeParameters = overrides ? _spokeTable : [];
        for (int id = 0; id < count; id++)
        {
            for (int k = 0; k < lanes.Length; k++) lanes[k] = parameters[k][(ParameterId)id];
            _parameters[id] = System.Runtime.InteropServices.MemoryMarshal.Cast<double, T>(lanes)[0];
            if (!overrides) continue;
            for (int i = 0; i < n; i++)
            {
                for (int k = 0; k < lanes.Length; k++) lanes[k] = parameters[k][(ParameterId)id, i];
                _spokeParameters[id * n + i] = System.Runtime.InteropServices.MemoryMarshal.Cast<double, T>(lanes)[0];
            }
        }
        Levers = levers;
        Exogenous = exogenous;
        Paths = exogenous.Paths;
        Decisions = exogenous.Paths?.Decisions;
        Negotiation = negotiation;
    }

    public Anchors Anchors { get; private set; } = null!;
    /// <summary>The parameters of the first lane (of the run, over <see cref="Scalar"/>).</summary>
    public ParameterSet P { get; private set; } = null!;

    /// <summary>The parameters lane by lane, the per-spoke table (empty without per-spoke overrides) and the levers in
    /// force in <see cref="LeverYear"/>: what <see cref="HostStepContext{T}"/> holds and the mechanisms read through it.</summary>
    internal (T[] Parameters, T[] SpokeParameters, double[] Levers, int LeverOffset) Tables => (_parameters, _spokeParameters, _leverValues, _leverOffset);

    /// <summary>U.S. public support this year, lane by lane.</summary>
    public T PublicSupport => Derived.Support.L<T>()[0];

    /// <summary>A single run's random stream (seeded with its seed), a struct drawn in place.</summary>
    internal RandomStream Stream;

    /// <summary>A lock-step block's streams, one per lane (four lanes drawn at a time); null for a single run.</summary>
    internal RandomLanes? Lanes { get; init; }

    /// <summary>The next uniform of every lane's own stream.</summary>
    public T Uniform()
    {
        if (T.Width == 1) return T.Of(Stream.NextDouble());
        Span<double> u = stackalloc double[T.Width];
        Lanes!.NextDoubles(u);
        return System.Runtime.InteropServices.MemoryMarshal.Cast<double, T>(u)[0];
    }
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
}
