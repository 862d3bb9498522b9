using Spokes.Model.Mechanisms;
using Spokes.Model.Parameters;
using Spokes.Model.World;

namespace Spokes.Model.Simulation;

/// <summary>
/// The start-year values every mechanism measures deviations from (the "calibration identities"): each target is
/// "start value + response to deviations from the start", so a status-quo run with frozen drivers stays put.
/// Computed from the baseline and the parameters; <see cref="Update"/> recomputes them in place, so an ensemble worker
/// reconfiguring its simulation for each experiment allocates no new arrays.
/// </summary>
public sealed class Anchors
{
    public Anchors(Baseline baseline, ParameterSet p) : this(baseline, 1) => Update(baseline, p);

    /// <summary>Anchors of <paramref name="width"/> experiments, lane-interleaved (<see cref="Interleave"/> fills them).</summary>
    internal Anchors(Baseline baseline, int width)
    {
        int n = baseline.Spokes.Count, m = baseline.Threats.Count;
        Baseline = baseline;
        SpokeCount = n;
        ThreatCount = m;
        Width = width;
        PublicSupport = baseline.Hub.PublicSupport;
        Exposure = new double[n * m * width];
        Ties = new double[n * n * width];
        n *= width;
        m *= width;
        Gdp = new double[n]; Spending = new double[n]; Troops = new double[n]; HostSupport = new double[n];
        Belief = new double[n]; Alignment = new double[n]; Entrapment = new double[n]; Independence = new double[n];
        Duplication = new double[n]; Cooperation = new double[n]; Latency = new double[n]; Trade = new double[n];
        Distance = new double[n]; StakeShare = new double[n]; ResponseDays = new double[n]; UsProtectionAtStart = new double[n];
        TotalExposure = new double[n]; NetworkSupport = new double[n]; Efficiency = new double[n]; BandwagonPull = new double[n];
        SecurityWeight = new double[n]; Orientation = new double[n];
        ThreatSpending = new double[m]; Probing = new double[m]; RivalCapability = new double[m]; Resolve = new double[m];
        CapabilityRatio = new double[m]; Grievance = new double[m]; ThreatGdp = new double[m];
        LogitBelief = new double[n]; LogitEntrapment = new double[n]; LogitIndependence = new double[n];
        LogitDuplication = new double[n]; ArtanhAlignment = new double[n]; LogitProbing = new double[m];
        _ones = new double[n]; Array.Fill(_ones, 1.0);
        _zeros = new double[n];
        // Indexed by quantity, so the step's context hands out a column by name (IStepContext).
        _all = new double[Enum.GetValues<AnchorQuantity>().Length][];
        _all[(int)AnchorQuantity.Exposure] = Exposure;
        _all[(int)AnchorQuantity.Ties] = Ties;
        _all[(int)AnchorQuantity.Gdp] = Gdp;
        _all[(int)AnchorQuantity.Spending] = Spending;
        _all[(int)AnchorQuantity.Troops] = Troops;
        _all[(int)AnchorQuantity.HostSupport] = HostSupport;
        _all[(int)AnchorQuantity.Belief] = Belief;
        _all[(int)AnchorQuantity.Alignment] = Alignment;
        _all[(int)AnchorQuantity.Entrapment] = Entrapment;
        _all[(int)AnchorQuantity.Independence] = Independence;
        _all[(int)AnchorQuantity.Duplication] = Duplication;
        _all[(int)AnchorQuantity.Cooperation] = Cooperation;
        _all[(int)AnchorQuantity.Latency] = Latency;
        _all[(int)AnchorQuantity.Trade] = Trade;
        _all[(int)AnchorQuantity.Distance] = Distance;
        _all[(int)AnchorQuantity.StakeShare] = StakeShare;
        _all[(int)AnchorQuantity.ResponseDays] = ResponseDays;
        _all[(int)AnchorQuantity.UsProtectionAtStart] = UsProtectionAtStart;
        _all[(int)AnchorQuantity.TotalExposure] = TotalExposure;
        _all[(int)AnchorQuantity.NetworkSupport] = NetworkSupport;
        _all[(int)AnchorQuantity.Efficiency] = Efficiency;
        _all[(int)AnchorQuantity.BandwagonPull] = BandwagonPull;
        _all[(int)AnchorQuantity.SecurityWeight] = SecurityWeight;
        _all[(int)AnchorQuantity.Orientation] = Orientation;
        _all[(int)AnchorQuantity.ThreatSpending] = ThreatSpending;
        _all[(int)AnchorQuantity.Probing] = Probing;
        _all[(int)AnchorQuantity.RivalCapability] = RivalCapability;
        _all[(int)AnchorQuantity.Resolve] = Resolve;
        _all[(int)AnchorQuantity.CapabilityRatio] = CapabilityRatio;
        _all[(int)AnchorQuantity.Grievance] = Grievance;
        _all[(int)AnchorQuantity.ThreatGdp] = ThreatGdp;
        _all[(int)AnchorQuantity.LogitBelief] = LogitBelief;
        _all[(int)AnchorQuantity.LogitEntrapment] = LogitEntrapment;
        _all[(int)AnchorQuantity.LogitIndependence] = LogitIndependence;
        _all[(int)AnchorQuantity.LogitDuplication] = LogitDuplication;
        _all[(int)AnchorQuantity.ArtanhAlignment] = ArtanhAlignment;
        _all[(int)AnchorQuantity.LogitProbing] = LogitProbing;
    }

    // Every array, indexed by AnchorQuantity (also for interleaving the anchors of several experiments).
    private readonly double[][] _all;

    /// <summary>The array of an anchor.</summary>
    public double[] Column(AnchorQuantity q) => _all[(int)q];

    /// <summary>Experiments held (1 for a single run's anchors).</summary>
    public int Width { get; }

    /// <summary>Sets these lane-interleaved anchors from one single-run set per lane (same baseline shape).</summary>
    internal void Interleave(ReadOnlySpan<Anchors> lanes)
    {
        if (lanes.Length != Width) throw new ArgumentException("one set of anchors per lane");
        Baseline = lanes[0].Baseline;
        PublicSupport = lanes[0].PublicSupport;
        for (int j = 0; j < _all.Length; j++)
        {
            var into = _all[j];
            for (int k = 0; k < Width; k++)
            {
                var from = lanes[k]._all[j];
                for (int e = 0; e < from.Length; e++) into[e * Width + k] = from[e];
            }
        }
    }

    // Start-year response factors (all 1) and confrontation levers (all 0) for the start-year resolve.
    private readonly double[] _ones, _zeros;

    /// <summary>Recomputes every anchor for a baseline of the same shape and new parameters, in place. The start values
    /// and what is computed from them alone (logits, stakes, network support, bandwagon pull) are recomputed only when
    /// the baseline is another object: an ensemble reconfigures once per experiment, usually over one baseline, and
    /// then only the parameter-dependent anchors change (the values are the same bit for bit either way).</summary>
    public void Update(Baseline baseline, ParameterSet p)
    {
        if (Width != 1) throw new InvalidOperationException("lane-interleaved anchors are set by Interleave");
        int n = SpokeCount, m = ThreatCount;
        if (baseline.Spokes.Count != n || baseline.Threats.Count != m) throw new ArgumentException("the baseline must have the same spokes and threats");
        if (!ReferenceEquals(baseline, _startValuesOf))
        {
            SetStartValues(baseline);
            _startValuesOf = baseline;
        }
        for (int i = 0; i < n; i++)
        {
            ResponseDays[i] = ForcePosture.ResponseDays(Troops[i], Distance[i], 0, p);
            Efficiency[i] = Mechanisms.Duplication.Efficiency(Duplication[i], Alignment[i], Cooperation[i], 0, p);
        }
        for (int i = 0; i < n; i++)
        {
            double spill = BurdenSharing.SpillIn(i, Belief[i], UsProtectionAtStart[i], Ties, Efficiency, Spending, n, p);
            SecurityWeight[i] = BurdenSharing.CalibrateSecurityWeight(Gdp[i], Spending[i], spill, Efficiency[i]);
            if (!(SecurityWeight[i] is > 0 and < 1))
                throw new ArgumentException($"{baseline.Spokes[i].Id}: no start-year security weight in (0, 1) makes start spending the best response (protectionValue {p[ParameterId.ProtectionValue]} is too far below zero for this baseline)");
        }
        for (int k = 0; k < m; k++)
        {
            RivalCapability[k] = AdversaryBuildup.RivalCapability(k, Alignment, Efficiency, Spending, Belief,
                UsProtectionAtStart, Exposure, n, m);
            Resolve[k] = Mechanisms.Probing.Resolve(k, Belief, _ones, Exposure, n, m, _zeros, p);
            CapabilityRatio[k] = ThreatSpending[k] / RivalCapability[k];
            Grievance[k] = AdversaryBuildup.CalibrateGrievance(ThreatSpending[k] / ThreatGdp[k], p);
        }
    }

    // The baseline whose start values the arrays hold (null before the first Update).
    private Baseline? _startValuesOf;

    /// <summary>The anchors that depend on the baseline alone: its start values and their transforms.</summary>
    private void SetStartValues(Baseline baseline)
    {
        int n = SpokeCount, m = ThreatCount;
        Baseline = baseline;
        PublicSupport = baseline.Hub.PublicSupport;
        Array.Clear(TotalExposure);
        double gdpSum = 0;
        for (int i = 0; i < n; i++)
        {
            var s = baseline.Spokes[i];
            Gdp[i] = s.Gdp; Spending[i] = s.Spending; Troops[i] = s.Troops; HostSupport[i] = s.HostNationSupport;
            Belief[i] = s.Belief; Alignment[i] = s.Alignment; Entrapment[i] = s.Entrapment; Independence[i] = s.Independence;
            Duplication[i] = s.Duplication; Cooperation[i] = s.Cooperation; Latency[i] = s.NuclearLatency;
            Trade[i] = s.TradeWithChina; Distance[i] = s.DistanceHomeKm; Orientation[i] = s.GovernmentOrientation;
            for (int k = 0; k < m; k++) { Exposure[i * m + k] = s.ThreatExposure[k]; TotalExposure[i] += s.ThreatExposure[k]; }
            for (int j = 0; j < n; j++) Ties[i * n + j] = i == j ? 0 : baseline.Ties[i, j];
            gdpSum += s.Gdp;
        }
        for (int i = 0; i < n; i++)
        {
            LogitBelief[i] = MathUtil.Logit(Belief[i]);
            LogitEntrapment[i] = MathUtil.Logit(Entrapment[i]);
            LogitIndependence[i] = MathUtil.Logit(Independence[i]);
            LogitDuplication[i] = MathUtil.Logit(Duplication[i]);
            ArtanhAlignment[i] = MathUtil.Artanh(Alignment[i]);
        }
        for (int k = 0; k < m; k++)
        {
            ThreatSpending[k] = baseline.Threats[k].Spending;
            LogitProbing[k] = MathUtil.Logit(baseline.Threats[k].Probing);
            ThreatGdp[k] = baseline.Threats[k].Gdp;
            Probing[k] = baseline.Threats[k].Probing;
        }
        double usRegional = baseline.Hub.Spending * baseline.Hub.PacificShare;
        for (int i = 0; i < n; i++)
        {
            StakeShare[i] = Gdp[i] / gdpSum;
            UsProtectionAtStart[i] = usRegional * StakeShare[i];
        }
        for (int i = 0; i < n; i++)
        {
            double net = 0;
            for (int j = 0; j < n; j++) net += Ties[i * n + j] * Math.Max(Alignment[j], 0);
            NetworkSupport[i] = net;
            double vul = Mechanisms.Alignment.Vulnerability(i, Spending[i], ThreatSpending, Exposure, m);
            BandwagonPull[i] = Mechanisms.Alignment.BandwagonPull(Belief[i], vul, 1.0);
        }
    }

    public Baseline Baseline { get; private set; }
    public int SpokeCount { get; }
    public int ThreatCount { get; }
    public double PublicSupport { get; private set; }
    /// <summary>Exposure of spoke i to threat k, [i * m + k].</summary>
    public double[] Exposure { get; }
    public double[] TotalExposure { get; }
    public double[] Ties { get; }
    public double[] Gdp { get; }
    public double[] Spending { get; }
    public double[] Troops { get; }
    public double[] HostSupport { get; }
    public double[] Belief { get; }
    public double[] Alignment { get; }
    public double[] Entrapment { get; }
    public double[] Independence { get; }
    public double[] Duplication { get; }
    public double[] Cooperation { get; }
    public double[] Latency { get; }
    public double[] Trade { get; }
    /// <summary>o⁰: the start-year government's orientation toward the U.S. relative to China.</summary>
    public double[] Orientation { get; }
    public double[] Distance { get; }
    /// <summary>ω_i: the ally's share of the U.S. regional effort, by GDP (an assumption: stake follows size).</summary>
    public double[] StakeShare { get; }
    public double[] ResponseDays { get; }
    public double[] UsProtectionAtStart { get; }
    public double[] NetworkSupport { get; }
    public double[] Efficiency { get; }
    public double[] BandwagonPull { get; }
    /// <summary>φ_i: the Cobb–Douglas weight on security solved so that start spending is the best response.</summary>
    public double[] SecurityWeight { get; }
    public double[] ThreatSpending { get; }
    public double[] ThreatGdp { get; }
    public double[] Probing { get; }
    public double[] RivalCapability { get; }
    public double[] Resolve { get; }
    public double[] CapabilityRatio { get; }
    /// <summary>Richardson grievance term g_k at start-year GDP, solved so the start is an equilibrium.</summary>
    public double[] Grievance { get; }
    // The start values on the scale each target is built on (computed once; every target is "start + response").
    public double[] LogitBelief { get; }
    public double[] LogitEntrapment { get; }
    public double[] LogitIndependence { get; }
    public double[] LogitDuplication { get; }
    public double[] ArtanhAlignment { get; }
    public double[] LogitProbing { get; }
}
