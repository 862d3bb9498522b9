using ILGPU;
using ILGPU.Runtime;
using Spokes.Model.Mechanisms;
using Spokes.Model.Outputs;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Simulation;
using Spokes.Model.World;

namespace Spokes.Gpu;

/// <summary>
/// Experiments of one plan on a <see cref="GpuDevice"/>, one per thread: each thread runs <see cref="Year.Derive{T, C, V}"/>
/// and <see cref="Year.Step{T, C, V}"/> — the mechanisms' own source, over <see cref="DeviceStepContext{TMath}"/> — and
/// records the alliance row (<see cref="Indices.Alliance{T, C, V}"/>), as <see cref="LockstepSimulation{T}"/> does on the
/// host's SIMD lanes. The threads share the baseline, the lever schedule, the dated paths and players' decisions
/// (copied to the device once); each has its own parameters, public support and seed (its own
/// <see cref="RandomStream"/>) and its own memos. On the CPU accelerator the results are the scalar single runs' bit for
/// bit (XMath is .NET's Math there; tested); on a CUDA device they differ by the device's exp/log/pow/tanh, measured on
/// the host within 1e-12 relative (tests/Spokes.Gpu.Tests). A plan that negotiates host support is an object called per
/// ally on the host: there is no way to give one here (as for lock-step blocks).
/// </summary>
public sealed class GpuEnsemble : IDisposable
{
    /// <summary>Experiments per launch by default: bounds device memory (about 7 KB per experiment of the default
    /// scenario's 9 actors, 11 KB when some experiment overrides a parameter per spoke), so 230–360 MB a launch.</summary>
    public const int DefaultBatch = 1 << 15;

    private readonly GpuDevice _device;
    private readonly Baseline _baseline;
    private readonly Exogenous _shared;
    private readonly int _endYear, _years, _n, _m;
    private readonly int[] _offsets;
    private readonly int _stateLength, _derivedLength, _sharedLength, _anchorLength, _derivedBase, _sharedBase, _anchorBase;
    private readonly bool _decisions;
    private readonly MemoryBuffer1D<double, Stride1D.Dense> _levers, _spokeDecisions, _threatDecisions, _growth, _budget, _orientation, _shock, _baselineGrowth;
    private readonly MemoryBuffer1D<int, Stride1D.Dense> _offsetTable, _deriveAtStart, _recorded;
    private readonly Action<Index1D, DeviceStepContext<DeviceMath>, ArrayView<int>, ArrayView<int>, ArrayView<int>, ArrayView<double>, int, int> _kernel;

    /// <summary>An ensemble of the plan <paramref name="baseline"/>, <paramref name="levers"/> to
    /// <paramref name="endYear"/>; <paramref name="exogenous"/> gives the growth setting, dated paths and decisions every
    /// experiment shares (each experiment's public support is given to <see cref="Run"/>).</summary>
    public GpuEnsemble(GpuDevice device, Baseline baseline, LeverSchedule levers, Exogenous exogenous, int endYear)
    {
        if (baseline.Validate() is { } problem) throw new ArgumentException($"baseline {baseline.Name}: {problem}");
        if (endYear <= baseline.Year) throw new ArgumentException("the end year must come after the start year");
        if (levers.StartYear != baseline.Year || levers.EndYear < endYear || levers.SpokeCount != baseline.Spokes.Count)
            throw new ArgumentException("the lever schedule must cover the run's years and spokes");
        var paths = exogenous.Paths;
        if (paths is not null && (paths.StartYear != baseline.Year || paths.EndYear < endYear
                || paths.SpokeCount != baseline.Spokes.Count || paths.ThreatCount != baseline.Threats.Count))
            throw new ArgumentException("the exogenous paths must cover the run's years and actors");
        _device = device;
        _baseline = baseline;
        _shared = exogenous;
        _endYear = endYear;
        _n = baseline.Spokes.Count;
        _m = baseline.Threats.Count;
        _years = endYear - baseline.Year + 1;

        // Each quantity's offset within an experiment's vectors, from the lengths of the host's own arrays.
        var offsets = new List<int>();
        var state = new WorldState(_n, _m);
        var derived = new Derived(_n, _m);
        var anchors = new Anchors(baseline, ParameterSet.Defaults);
        _stateLength = Lay(offsets, Enum.GetValues<StateQuantity>().Select(q => state.Column(q).Length));
        _derivedBase = offsets.Count;
        _derivedLength = Lay(offsets, Enum.GetValues<DerivedQuantity>().Select(q => derived.Column(q).Length));
        _sharedBase = offsets.Count;
        _sharedLength = Lay(offsets, Enum.GetValues<SharedQuantity>().Select(q => derived.Column(q).Length));
        _anchorBase = offsets.Count;
        _anchorLength = Lay(offsets, Enum.GetValues<AnchorQuantity>().Select(q => anchors.Column(q).Length));
        _offsets = offsets.ToArray();

        // The tables the threads share, year-major from the start year, as the host classes store them.
        int start = baseline.Year, actors = 1 + _n + _m, leverCount = LeverInfo.Count;
        var leverTable = new double[_years * _n * leverCount];
        for (int y = 0; y < _years; y++)
            for (int i = 0; i < _n; i++)
                for (int l = 0; l < leverCount; l++)
                    leverTable[(y * _n + i) * leverCount + l] = levers.Get(start + y, i, (Lever)l);
        var decisions = paths?.Decisions;
        _decisions = decisions is not null;
        var spokeDecisions = new double[Math.Max(1, _years * _n * Decisions.SpokeKinds)];
        var threatDecisions = new double[Math.Max(1, _years * _m * Decisions.ThreatKinds)];
        Array.Fill(spokeDecisions, double.NaN);
        Array.Fill(threatDecisions, double.NaN);
        var growth = new double[_years * actors];
        var budget = new double[_years * actors];
        var orientation = new double[_years * _n];
        var shock = new double[_years * _n];
        Array.Fill(growth, double.NaN);
        Array.Fill(budget, double.NaN);
        Array.Fill(orientation, double.NaN);
        var deriveAtStart = new int[_years];
        for (int y = 0; y < _years; y++)
        {
            int year = start + y;
            if (decisions is not null)
            {
                for (int i = 0; i < _n; i++)
                    for (int k = 0; k < Decisions.SpokeKinds; k++)
                        spokeDecisions[(y * _n + i) * Decisions.SpokeKinds + k] = decisions.Get(year, i, (SpokeDecision)k);
                for (int t = 0; t < _m; t++)
                    for (int k = 0; k < Decisions.ThreatKinds; k++)
                        threatDecisions[(y * _m + t) * Decisions.ThreatKinds + k] = decisions.Get(year, t, (ThreatDecision)k);
            }
            if (paths is not null)
            {
                for (int a = 0; a < actors; a++)
                {
                    growth[y * actors + a] = paths.Growth(year, a);
                    budget[y * actors + a] = paths.Budget(year, a);
                }
                for (int i = 0; i < _n; i++)
                {
                    orientation[y * _n + i] = paths.Orientation(year, i);
                    shock[y * _n + i] = paths.Shock(year, i);
                }
            }
            // As the host runs: the start-of-year derivation pass only where the levers or decisions may have changed
            // what it reads (a change of public support, per experiment, is checked in the kernel).
            deriveAtStart[y] = y > 0 && Year.LeversOrDecisionsMayDiffer(levers, decisions, year) ? 1 : 0;
        }
        var baselineGrowth = new double[actors];
        for (int a = 0; a < actors; a++) baselineGrowth[a] = baseline.GdpGrowth(a);

        var accelerator = device.Accelerator;
        _levers = accelerator.Allocate1D(leverTable);
        _spokeDecisions = accelerator.Allocate1D(spokeDecisions);
        _threatDecisions = accelerator.Allocate1D(threatDecisions);
        _growth = accelerator.Allocate1D(growth);
        _budget = accelerator.Allocate1D(budget);
        _orientation = accelerator.Allocate1D(orientation);
        _shock = accelerator.Allocate1D(shock);
        _baselineGrowth = accelerator.Allocate1D(baselineGrowth);
        _offsetTable = accelerator.Allocate1D(_offsets);
        _deriveAtStart = accelerator.Allocate1D(deriveAtStart);
        _recorded = accelerator.Allocate1D(Indices.AllianceVariables.Select(v => (int)v).ToArray());
        _kernel = accelerator.LoadAutoGroupedStreamKernel<Index1D, DeviceStepContext<DeviceMath>, ArrayView<int>, ArrayView<int>, ArrayView<int>,
            ArrayView<double>, int, int>(Kernel);
    }

    /// <summary>Record every year (true) or only the end year.</summary>
    public bool AllYears { get; set; } = true;

    /// <summary>Experiments per launch.</summary>
    public int Batch { get; set; } = DefaultBatch;

    /// <summary>Runs experiment k with <paramref name="parameters"/>[k], the public support of
    /// <paramref name="exogenous"/>[k] (whose growth setting and paths must be the ensemble's) and seed
    /// <paramref name="seeds"/>[k]; returns their alliance rows.</summary>
    public AllianceTable Run(IReadOnlyList<ParameterSet> parameters, IReadOnlyList<Exogenous> exogenous, IReadOnlyList<int> seeds)
    {
        var table = Check(parameters, exogenous, seeds);
        for (int first = 0; first < parameters.Count; first += Batch)
        {
            int threads = Math.Min(Batch, parameters.Count - first);
            using var batch = Upload(parameters, exogenous, seeds, first, threads);
            _kernel(threads, Context<DeviceMath>(batch, threads), batch.Seeds.View, _deriveAtStart.View, _recorded.View, batch.Output.View, _endYear, AllYears ? 1 : 0);
            _device.Accelerator.Synchronize();
            table.Store(first, threads, batch.Output.GetAsArray1D());
        }
        return table;
    }

    /// <summary>As <see cref="Run"/>, but the experiments run one after another on the calling thread, outside any
    /// kernel, with <typeparamref name="TMath"/>'s functions: with <see cref="PtxMathOnHost"/> a host computes what a CUDA
    /// device's exp/log/pow/tanh would give (tests bound the GPU's tolerance with it). CPU accelerator only (the views must
    /// be host memory).</summary>
    public AllianceTable RunOnHost<TMath>(IReadOnlyList<ParameterSet> parameters, IReadOnlyList<Exogenous> exogenous, IReadOnlyList<int> seeds)
        where TMath : struct, IDeviceMath
    {
        if (_device.IsGpu) throw new InvalidOperationException("host runs read the views directly: CPU accelerator only");
        var table = Check(parameters, exogenous, seeds);
        int threads = parameters.Count;
        using var batch = Upload(parameters, exogenous, seeds, 0, threads);
        var template = Context<TMath>(batch, threads);
        for (int t = 0; t < threads; t++)
        {
            var c = template;
            c.Thread = t;
            c.Stream = new RandomStream(seeds[t]);
            Experiment(ref c, _deriveAtStart.View, _recorded.View, batch.Output.View, _endYear, AllYears ? 1 : 0);
        }
        table.Store(0, threads, batch.Output.GetAsArray1D());
        return table;
    }

    /// <summary>The kernel: thread t runs experiment t of the launch.</summary>
    internal static void Kernel(Index1D t, DeviceStepContext<DeviceMath> template, ArrayView<int> seeds, ArrayView<int> deriveAtStart,
        ArrayView<int> recorded, ArrayView<double> output, int endYear, int allYears)
    {
        var c = template;
        c.Thread = t;
        c.Stream = new RandomStream(seeds[t]);
        Experiment(ref c, deriveAtStart, recorded, output, endYear, allYears);
    }

    /// <summary>One experiment from the start year to <paramref name="endYear"/>: the yearly loop of
    /// <see cref="AllianceSimulation.Run"/>, recording the alliance row.</summary>
    internal static void Experiment<TMath>(ref DeviceStepContext<TMath> c, ArrayView<int> deriveAtStart, ArrayView<int> recorded,
        ArrayView<double> output, int endYear, int allYears) where TMath : struct, IDeviceMath
    {
        // Forget the memos (NaN is no lever value or troop level), so the first pass computes everything.
        var troops = c.Derived(DerivedQuantity.TroopsOfResponseFactor);
        var signalTroops = c.Derived(DerivedQuantity.TroopsOfTroopSignal);
        for (int i = 0; i < c.SpokeCount; i++)
        {
            troops[i] = DeviceLane<TMath>.Of(double.NaN);
            signalTroops[i] = DeviceLane<TMath>.Of(double.NaN);
            c.Shared(SharedQuantity.NetworkingOfTies, i) = double.NaN;
            c.Shared(SharedQuantity.ExercisesOfResponseFactor, i) = double.NaN;
        }
        c.CurrentYear = c.StartYear;
        Year.Derive<DeviceLane<TMath>, DeviceStepContext<TMath>, DeviceColumn<TMath>>(ref c);
        if (allYears != 0) Record(ref c, 0, recorded, output);
        for (int year = c.StartYear + 1; year <= endYear; year++)
        {
            c.CurrentYear = year;
            if (deriveAtStart[year - c.StartYear] != 0 || c.SupportChanged())
                Year.Derive<DeviceLane<TMath>, DeviceStepContext<TMath>, DeviceColumn<TMath>>(ref c);
            Year.Step<DeviceLane<TMath>, DeviceStepContext<TMath>, DeviceColumn<TMath>>(ref c);
            c.Swap();
            Year.Derive<DeviceLane<TMath>, DeviceStepContext<TMath>, DeviceColumn<TMath>>(ref c);
            if (allYears != 0) Record(ref c, year - c.StartYear, recorded, output);
            else if (year == endYear) Record(ref c, 0, recorded, output);
        }
    }

    private static void Record<TMath>(ref DeviceStepContext<TMath> c, int row, ArrayView<int> recorded, ArrayView<double> output)
        where TMath : struct, IDeviceMath
    {
        var values = Indices.Alliance<DeviceLane<TMath>, DeviceStepContext<TMath>, DeviceColumn<TMath>>(ref c);
        int count = (int)recorded.Length;
        for (int j = 0; j < count; j++)
            output[((long)row * count + j) * c.Threads + c.Thread] = values[(Variable)recorded[j]].Value;
    }

    private AllianceTable Check(IReadOnlyList<ParameterSet> parameters, IReadOnlyList<Exogenous> exogenous, IReadOnlyList<int> seeds)
    {
        if (exogenous.Count != parameters.Count || seeds.Count != parameters.Count)
            throw new ArgumentException("one parameter set, one exogenous driver and one seed per experiment");
        foreach (var e in exogenous)
            if (e.Growth != _shared.Growth || !ReferenceEquals(e.Paths, _shared.Paths))
                throw new ArgumentException("the experiments of an ensemble share growth and the dated paths");
        return new AllianceTable(parameters.Count, _baseline.Year, _endYear, AllYears);
    }

    /// <summary>A launch's per-experiment buffers, interleaved (element e of experiment t at e·threads + t).</summary>
    private sealed class Buffers(Accelerator a, double[] state, double[] anchors, double[] parameters, double[] spokeParameters, double[] support,
        int[] seeds, long derived, long shared, long output) : IDisposable
    {
        public readonly MemoryBuffer1D<double, Stride1D.Dense> StateNow = a.Allocate1D(state), StateNext = a.Allocate1D<double>(state.Length),
            Derived = a.Allocate1D<double>(derived), Shared = a.Allocate1D<double>(shared), Anchors = a.Allocate1D(anchors),
            Parameters = a.Allocate1D(parameters), SpokeParameters = a.Allocate1D(spokeParameters), Support = a.Allocate1D(support),
            Output = a.Allocate1D<double>(output);
        public readonly MemoryBuffer1D<int, Stride1D.Dense> Seeds = a.Allocate1D(seeds);
        /// <summary>Whether any experiment overrides a parameter for a spoke (else <see cref="SpokeParameters"/> is unused).</summary>
        public bool PerSpoke { get; init; }

        public void Dispose()
        {
            foreach (var b in new MemoryBuffer[] { StateNow, StateNext, Derived, Shared, Anchors, Parameters, SpokeParameters, Support, Output, Seeds })
                b.Dispose();
        }
    }

    private Buffers Upload(IReadOnlyList<ParameterSet> parameters, IReadOnlyList<Exogenous> exogenous, IReadOnlyList<int> seeds, int first, int threads)
    {
        int count = ParameterCatalog.All.Count, start = _baseline.Year;
        var state = new double[(long)_stateLength * threads];
        var anchors = new double[(long)_anchorLength * threads];
        var values = new double[(long)count * threads];
        // Without per-spoke overrides every spoke reads the global value: the device reads that instead of n copies.
        bool perSpoke = false;
        for (int t = 0; t < threads; t++) perSpoke |= parameters[first + t].HasSpokeOverrides;
        var spokeValues = new double[perSpoke ? (long)count * _n * threads : 1];
        var support = new double[(long)_years * threads];
        var seedValues = new int[threads];
        var stateQuantities = Enum.GetValues<StateQuantity>();
        var anchorQuantities = Enum.GetValues<AnchorQuantity>();
        // Each experiment's anchors and start state, on every host core (each writes only its own interleaved slots).
        Parallel.For(0, threads, () => (Anchors: (Anchors?)null, Start: new WorldState(_n, _m)), (t, _, scratch) =>
        {
            var p = parameters[first + t];
            if (scratch.Anchors is null) scratch.Anchors = new Anchors(_baseline, p);
            else scratch.Anchors.Update(_baseline, p);
            AllianceSimulation.SetInitialState(scratch.Start, _baseline, scratch.Anchors, p);
            foreach (var q in stateQuantities) Interleave(scratch.Start.Column(q), state, _offsets[(int)q], threads, t);
            foreach (var q in anchorQuantities) Interleave(scratch.Anchors.Column(q), anchors, _offsets[_anchorBase + (int)q], threads, t);
            for (int id = 0; id < count; id++)
            {
                values[(long)id * threads + t] = p[(ParameterId)id];
                if (perSpoke)
                    for (int i = 0; i < _n; i++) spokeValues[((long)id * _n + i) * threads + t] = p[(ParameterId)id, i];
            }
            for (int y = 0; y < _years; y++) support[(long)y * threads + t] = exogenous[first + t].PublicSupport(start + y);
            seedValues[t] = seeds[first + t];
            return scratch;
        }, _ => { });
        int rows = AllYears ? _years : 1;
        return new Buffers(_device.Accelerator, state, anchors, values, spokeValues, support, seedValues,
            (long)_derivedLength * threads, (long)_sharedLength * threads, (long)rows * Indices.AllianceVariables.Count * threads)
        {
            PerSpoke = perSpoke,
        };
    }

    private DeviceStepContext<TMath> Context<TMath>(Buffers b, int threads) where TMath : struct, IDeviceMath => new()
    {
        StateNow = Lanes<TMath>(b.StateNow),
        StateNext = Lanes<TMath>(b.StateNext),
        DerivedValues = Lanes<TMath>(b.Derived),
        AnchorValues = Lanes<TMath>(b.Anchors),
        Parameters = Lanes<TMath>(b.Parameters),
        SpokeParameters = Lanes<TMath>(b.SpokeParameters),
        Support = Lanes<TMath>(b.Support),
        SharedValues = b.Shared.View,
        Offsets = _offsetTable.View,
        Levers = _levers.View,
        SpokeDecisions = _spokeDecisions.View,
        ThreatDecisions = _threatDecisions.View,
        PathGrowth = _growth.View,
        PathBudget = _budget.View,
        PathOrientation = _orientation.View,
        PathShock = _shock.View,
        BaselineGrowth = _baselineGrowth.View,
        Threads = threads,
        Spokes = _n,
        Threats = _m,
        StartYear = _baseline.Year,
        CurrentYear = _baseline.Year,
        LeverCount = LeverInfo.Count,
        SpokeDecisionKinds = Decisions.SpokeKinds,
        ThreatDecisionKinds = Decisions.ThreatKinds,
        DerivedBase = _derivedBase,
        SharedBase = _sharedBase,
        AnchorBase = _anchorBase,
        GrowthOn = _shared.Growth ? 1 : 0,
        DecisionsOn = _decisions ? 1 : 0,
        SpokeParametersOn = b.PerSpoke ? 1 : 0,
        Pacific = _baseline.Hub.PacificShare,
        UsShare = _baseline.Hub.Spending / _baseline.Hub.Gdp,
        StartSupport = _baseline.Hub.PublicSupport,
        UsGdpNow = _baseline.Hub.Gdp,
        UsSpendingNow = _baseline.Hub.Spending,
    };

    private static ArrayView<DeviceLane<TMath>> Lanes<TMath>(MemoryBuffer1D<double, Stride1D.Dense> buffer) where TMath : struct, IDeviceMath =>
        ((ArrayView<double>)buffer.View).Cast<DeviceLane<TMath>>();

    private static int Lay(List<int> offsets, IEnumerable<int> lengths)
    {
        int total = 0;
        foreach (int length in lengths)
        {
            offsets.Add(total);
            total += length;
        }
        return total;
    }

    private static void Interleave(double[] values, double[] into, int offset, int threads, int t)
    {
        for (int e = 0; e < values.Length; e++) into[((long)offset + e) * threads + t] = values[e];
    }

    public void Dispose()
    {
        foreach (var b in new MemoryBuffer[] { _levers, _spokeDecisions, _threatDecisions, _growth, _budget, _orientation, _shock, _baselineGrowth,
                     _offsetTable, _deriveAtStart, _recorded })
            b.Dispose();
    }
}
