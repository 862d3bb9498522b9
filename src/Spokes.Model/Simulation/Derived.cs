namespace Spokes.Model.Simulation;

/// <summary>
/// Quantities computed each year from the state and that year's levers (not carried from year to year):
/// perceived threat, U.S. protection, response time, efficiency, network support, the credibility of a threat to
/// leave, bandwagoning pull, and each adversary's view of the balance. Preallocated once per run.
/// </summary>
public sealed class Derived
{
    public Derived(int spokes, int threats) : this(spokes, threats, 1) { }

    /// <summary>Derived quantities of <paramref name="width"/> experiments in lock-step: those that depend on a lane's
    /// parameters or state hold <paramref name="width"/> lane-interleaved values per element; those of the shared levers,
    /// paths and baseline (the memo keys of levers, orientation shift, growth) one.</summary>
    public Derived(int spokes, int threats, int width)
    {
        int n = spokes * width, m = threats * width;
        Width = width;
        Ties = new double[spokes * n];
        NetworkSupport = new double[n];
        ResponseDays = new double[n];
        ResponseFactor = new double[n];
        UsProtection = new double[n];
        Efficiency = new double[n];
        PerceivedThreat = new double[n];
        LeaveProbability = new double[n];
        Vulnerability = new double[n];
        BandwagonPull = new double[n];
        RivalCapability = new double[m];
        Probing = new double[m];
        Confrontation = new double[n];
        TroopsOfResponseFactor = new double[n];
        TroopSignal = new double[n];
        TroopsOfTroopSignal = new double[n];
        ExercisesOfResponseFactor = new double[spokes];
        NetworkingOfTies = new double[spokes];
        ThreatRatio = new double[n];
        LogThreatRatio = new double[n];
        SecurityThreatFactor = new double[n];
        HedgingThreatFactor = new double[n];
        OrientationShift = new double[spokes];
        SpokeGrowth = new double[spokes];
        ThreatGrowth = new double[threats];
        Support = new double[width];
        // Indexed by quantity, so the step's context hands out a column by name (IStepContext).
        _lanes = new double[Enum.GetValues<DerivedQuantity>().Length][];
        _lanes[(int)DerivedQuantity.Ties] = Ties;
        _lanes[(int)DerivedQuantity.NetworkSupport] = NetworkSupport;
        _lanes[(int)DerivedQuantity.ResponseDays] = ResponseDays;
        _lanes[(int)DerivedQuantity.ResponseFactor] = ResponseFactor;
        _lanes[(int)DerivedQuantity.UsProtection] = UsProtection;
        _lanes[(int)DerivedQuantity.Efficiency] = Efficiency;
        _lanes[(int)DerivedQuantity.PerceivedThreat] = PerceivedThreat;
        _lanes[(int)DerivedQuantity.LeaveProbability] = LeaveProbability;
        _lanes[(int)DerivedQuantity.Vulnerability] = Vulnerability;
        _lanes[(int)DerivedQuantity.BandwagonPull] = BandwagonPull;
        _lanes[(int)DerivedQuantity.RivalCapability] = RivalCapability;
        _lanes[(int)DerivedQuantity.Probing] = Probing;
        _lanes[(int)DerivedQuantity.Confrontation] = Confrontation;
        _lanes[(int)DerivedQuantity.TroopsOfResponseFactor] = TroopsOfResponseFactor;
        _lanes[(int)DerivedQuantity.ThreatRatio] = ThreatRatio;
        _lanes[(int)DerivedQuantity.LogThreatRatio] = LogThreatRatio;
        _lanes[(int)DerivedQuantity.SecurityThreatFactor] = SecurityThreatFactor;
        _lanes[(int)DerivedQuantity.HedgingThreatFactor] = HedgingThreatFactor;
        _lanes[(int)DerivedQuantity.TroopSignal] = TroopSignal;
        _lanes[(int)DerivedQuantity.TroopsOfTroopSignal] = TroopsOfTroopSignal;
        _shared = new double[Enum.GetValues<SharedQuantity>().Length][];
        _shared[(int)SharedQuantity.NetworkingOfTies] = NetworkingOfTies;
        _shared[(int)SharedQuantity.ExercisesOfResponseFactor] = ExercisesOfResponseFactor;
        _shared[(int)SharedQuantity.OrientationShift] = OrientationShift;
        _shared[(int)SharedQuantity.SpokeGrowth] = SpokeGrowth;
        _shared[(int)SharedQuantity.ThreatGrowth] = ThreatGrowth;
        ForgetMemos();
    }

    private readonly double[][] _lanes, _shared;

    /// <summary>The array of a quantity that may differ by lane.</summary>
    public double[] Column(DerivedQuantity q) => _lanes[(int)q];

    /// <summary>The array of a quantity the lanes share.</summary>
    public double[] Column(SharedQuantity q) => _shared[(int)q];

    /// <summary>Spoke-to-spoke tie weights this year, row-major n×n.</summary>
    public double[] Ties { get; }
    /// <summary>N_i = Σ_j W_ij·max(a_j, 0).</summary>
    public double[] NetworkSupport { get; }
    public double[] ResponseDays { get; }
    /// <summary>(RT⁰/RT)^ξ: how much of its start value U.S. protection keeps at this year's response time.</summary>
    public double[] ResponseFactor { get; }
    /// <summary>G_i: U.S. regional effort available to ally i, US$ bn, discounted by response time.</summary>
    public double[] UsProtection { get; }
    /// <summary>e_i: alliance value of a dollar of the ally's spending.</summary>
    public double[] Efficiency { get; }
    /// <summary>T_i: exposure-weighted adversary capability relative to the start, raised by probing.</summary>
    public double[] PerceivedThreat { get; }
    /// <summary>P_i: the ally's probability that the U.S. really leaves if it does not pay; discounting is 1 − P_i.</summary>
    public double[] LeaveProbability { get; }
    /// <summary>Share of the local balance held by the adversaries the ally faces.</summary>
    public double[] Vulnerability { get; }
    public double[] BandwagonPull { get; }
    /// <summary>R_k: allied and U.S. capability facing adversary k, US$ bn.</summary>
    public double[] RivalCapability { get; }
    /// <summary>Yearly probability that adversary k probes a commitment.</summary>
    public double[] Probing { get; }
    /// <summary>Confrontation lever per spoke this year, in every lane (scratch copy for the probing sums).</summary>
    public double[] Confrontation { get; }
    /// <summary>U.S. public support this year (of the first lane; of the run, for a single run).</summary>
    public double PublicSupport { get => Support[0]; set => Support[0] = value; }
    /// <summary>U.S. public support this year, one per lane.</summary>
    public double[] Support { get; }
    /// <summary>Experiments held (1 for a single run).</summary>
    public int Width { get; }

    // Terms several mechanisms share, computed once a year instead of once per mechanism that reads them (the same
    // expression evaluated once, so the results are the same bit for bit).

    /// <summary>T/T⁰: the perceived threat relative to the start (<see cref="Mechanisms.ThreatPerception"/>).</summary>
    public double[] ThreatRatio { get; }
    /// <summary>ln(T/T⁰), read by entrapment fear and the domestic balance (set by the step's shared pass).</summary>
    public double[] LogThreatRatio { get; }
    /// <summary>(T/T⁰)^ε, the threat's raise of the weight on security in burden sharing (step's shared pass).</summary>
    public double[] SecurityThreatFactor { get; }
    /// <summary>(T/T⁰)^ε_n, the threat's raise of the nuclear hedging threshold (step's shared pass; the same power as
    /// <see cref="SecurityThreatFactor"/>, not recomputed, when the two elasticities are equal).</summary>
    public double[] HedgingThreatFactor { get; }
    /// <summary>Δo of each spoke in the year being computed (<see cref="Mechanisms.AlliedPolitics"/>; step's shared pass).</summary>
    public double[] OrientationShift { get; }
    /// <summary>Y'/Y of each spoke this step (<see cref="Mechanisms.Economy"/>), read again by burden sharing.</summary>
    public double[] SpokeGrowth { get; }
    /// <summary>Y'/Y of each threat this step, read again by the adversary build-up.</summary>
    public double[] ThreatGrowth { get; }

    // Memos of pure functions, so a derivation pass skips work whose inputs have not changed (results are the same
    // bit for bit). Forgotten at the start of every run, so nothing carries over from a previous run.

    /// <summary>The networking lever of each spoke <see cref="Ties"/> were computed for (they depend on nothing else that changes).</summary>
    internal double[] NetworkingOfTies { get; }
    /// <summary>The troop level each spoke's <see cref="ResponseDays"/> and <see cref="ResponseFactor"/> were computed for.</summary>
    internal double[] TroopsOfResponseFactor { get; }
    /// <summary>The exercises lever each spoke's <see cref="ResponseDays"/> were computed for.</summary>
    internal double[] ExercisesOfResponseFactor { get; }
    /// <summary>ln((F+F_s)/(F⁰+F_s)), the troop signal of <see cref="Mechanisms.CommitmentBelief"/>, for the troop level in
    /// <see cref="TroopsOfTroopSignal"/> (troops move only when a posture or withdrawal lever moves them).</summary>
    internal double[] TroopSignal { get; }
    internal double[] TroopsOfTroopSignal { get; }

    internal void ForgetMemos()
    {
        // NaN is no lever value or troop level, so the first pass after this computes everything.
        Array.Fill(NetworkingOfTies, double.NaN);
        Array.Fill(TroopsOfResponseFactor, double.NaN);
        Array.Fill(TroopsOfTroopSignal, double.NaN);
        Array.Fill(ExercisesOfResponseFactor, double.NaN);
    }
}
