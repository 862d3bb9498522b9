using Spokes.Model.Simulation;

namespace Spokes.Model.World;

/// <summary>
/// The dynamic state of the system in one year, as flat arrays (one entry per spoke or per threat) so the yearly
/// step touches only preallocated memory. The simulation keeps two of these and swaps them each year.
/// </summary>
public sealed class WorldState
{
    public WorldState(int spokes, int threats) : this(spokes, threats, 1) { }

    /// <summary>A state of <paramref name="width"/> experiments in lock-step: every spoke and threat quantity holds
    /// <paramref name="width"/> lane-interleaved values (element i is [i·width, (i+1)·width)); the hub is shared.</summary>
    public WorldState(int spokes, int threats, int width)
    {
        SpokeCount = spokes;
        ThreatCount = threats;
        Width = width;
        spokes *= width;
        threats *= width;
        Gdp = new double[spokes];
        Spending = new double[spokes];
        HostSupport = new double[spokes];
        Belief = new double[spokes];
        Entrapment = new double[spokes];
        Independence = new double[spokes];
        Alignment = new double[spokes];
        Duplication = new double[spokes];
        CapabilityStock = new double[spokes];
        Troops = new double[spokes];
        TroopsMoved = new double[spokes];
        NuclearStage = new double[spokes];
        NuclearStageProbability = new double[spokes * StageCount];
        Latency = new double[spokes];
        ThreatShock = new double[spokes];
        ThreatGdp = new double[threats];
        ThreatSpending = new double[threats];
        // Indexed by quantity, so the step's context hands out a column by name (Simulation.IStepContext).
        _all = new double[Enum.GetValues<StateQuantity>().Length][];
        _all[(int)StateQuantity.Gdp] = Gdp;
        _all[(int)StateQuantity.Spending] = Spending;
        _all[(int)StateQuantity.HostSupport] = HostSupport;
        _all[(int)StateQuantity.Belief] = Belief;
        _all[(int)StateQuantity.Entrapment] = Entrapment;
        _all[(int)StateQuantity.Independence] = Independence;
        _all[(int)StateQuantity.Alignment] = Alignment;
        _all[(int)StateQuantity.Duplication] = Duplication;
        _all[(int)StateQuantity.CapabilityStock] = CapabilityStock;
        _all[(int)StateQuantity.Troops] = Troops;
        _all[(int)StateQuantity.TroopsMoved] = TroopsMoved;
        _all[(int)StateQuantity.NuclearStage] = NuclearStage;
        _all[(int)StateQuantity.NuclearStageProbability] = NuclearStageProbability;
        _all[(int)StateQuantity.Latency] = Latency;
        _all[(int)StateQuantity.ThreatShock] = ThreatShock;
        _all[(int)StateQuantity.ThreatGdp] = ThreatGdp;
        _all[(int)StateQuantity.ThreatSpending] = ThreatSpending;
    }

    // Every array, indexed by StateQuantity (also for interleaving the states of several experiments).
    private readonly double[][] _all;

    /// <summary>The array of a quantity.</summary>
    public double[] Column(StateQuantity q) => _all[(int)q];

    /// <summary>Sets this lane-interleaved state from one single-run state per lane (the hub's from the first).</summary>
    public void Interleave(ReadOnlySpan<WorldState> lanes)
    {
        if (lanes.Length != Width) throw new ArgumentException("one state per lane");
        Year = lanes[0].Year;
        UsGdp = lanes[0].UsGdp;
        UsSpending = lanes[0].UsSpending;
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

    public const int StageCount = 5;

    public int SpokeCount { get; }
    /// <summary>Experiments held (1 for a single run).</summary>
    public int Width { get; }
    public int ThreatCount { get; }
    public int Year { get; set; }

    // Spokes
    /// <summary>GDP, US$ bn (Y).</summary>
    public double[] Gdp { get; }
    /// <summary>Defence spending, US$ bn (x).</summary>
    public double[] Spending { get; }
    /// <summary>Host-nation support paid to the U.S., US$ bn (H).</summary>
    public double[] HostSupport { get; }
    /// <summary>Belief that the U.S. will defend the ally (b); abandonment fear is 1 − b.</summary>
    public double[] Belief { get; }
    /// <summary>Entrapment fear (E).</summary>
    public double[] Entrapment { get; }
    /// <summary>Political weight of advocates of an independent security policy (p).</summary>
    public double[] Independence { get; }
    /// <summary>Alignment with the U.S., −1..1 (a).</summary>
    public double[] Alignment { get; }
    /// <summary>Share of spending that duplicates U.S. capabilities (d).</summary>
    public double[] Duplication { get; }
    /// <summary>Capability stock in effective US$ bn (K), depreciating.</summary>
    public double[] CapabilityStock { get; }
    /// <summary>U.S. troops present (F).</summary>
    public double[] Troops { get; }
    /// <summary>Troops moved in or out during the year that led to this state (for relocation cost).</summary>
    public double[] TroopsMoved { get; }
    /// <summary>Realised nuclear stage, a whole number stored as a double so the stage update runs over lanes (sampled with the run's seeded random source).</summary>
    public double[] NuclearStage { get; }
    /// <summary>Probability of each nuclear stage, spoke-major: [spoke * StageCount + stage].</summary>
    public double[] NuclearStageProbability { get; }

    /// <summary>Nuclear latency L (0..1): grows while a weapons programme runs.</summary>
    public double[] Latency { get; }
    /// <summary>Stock of recent threat shocks the ally feels (σ): new shocks add, old ones fade.</summary>
    public double[] ThreatShock { get; }

    // Threats
    public double[] ThreatGdp { get; }
    /// <summary>Adversary defence spending, US$ bn (X).</summary>
    public double[] ThreatSpending { get; }

    // Hub
    public double UsGdp { get; set; }
    public double UsSpending { get; set; }

    public void CopyFrom(WorldState o)
    {
        Year = o.Year;
        Array.Copy(o.Gdp, Gdp, Gdp.Length);
        Array.Copy(o.Spending, Spending, Spending.Length);
        Array.Copy(o.HostSupport, HostSupport, HostSupport.Length);
        Array.Copy(o.Belief, Belief, Belief.Length);
        Array.Copy(o.Entrapment, Entrapment, Entrapment.Length);
        Array.Copy(o.Independence, Independence, Independence.Length);
        Array.Copy(o.Alignment, Alignment, Alignment.Length);
        Array.Copy(o.Duplication, Duplication, Duplication.Length);
        Array.Copy(o.CapabilityStock, CapabilityStock, CapabilityStock.Length);
        Array.Copy(o.Troops, Troops, Troops.Length);
        Array.Copy(o.TroopsMoved, TroopsMoved, TroopsMoved.Length);
        Array.Copy(o.NuclearStage, NuclearStage, NuclearStage.Length);
        Array.Copy(o.NuclearStageProbability, NuclearStageProbability, NuclearStageProbability.Length);
        Array.Copy(o.Latency, Latency, Latency.Length);
        Array.Copy(o.ThreatShock, ThreatShock, ThreatShock.Length);
        Array.Copy(o.ThreatGdp, ThreatGdp, ThreatGdp.Length);
        Array.Copy(o.ThreatSpending, ThreatSpending, ThreatSpending.Length);
        UsGdp = o.UsGdp;
        UsSpending = o.UsSpending;
    }
}
