using Spokes.Model.Outputs;
using Spokes.Model.Lanes;
using Spokes.Model.Parameters;
using Spokes.Model.Simulation;
using Spokes.Model.World;

namespace Spokes.Model.Mechanisms;

/// <summary>
/// Mechanism 11 — the essay's indices and the alliance outcomes, recorded every year:
/// discounting = GDP-weighted mean of 1 − P_i (how much of the threat to leave allies ignore);
/// distancing = GDP-weighted mean of (1 − a_i)/2 (0 every spoke a firm ally, 1 every spoke bandwagoning);
/// duplication = spending-weighted mean of d_i;
/// burden share = Σx_i / (Σx_i + π·X_us);
/// effective alliance capability = Σ_i max(a_i, 0)·δK_i + Σ_i b_i·G_i (an ally's capability counts only as far as it
/// stays aligned; U.S. capability in theatre counts as far as it is believed);
/// capability per U.S. dollar = that / (π·X_us + posture cost);
/// proliferation risk = 1 − Π_i (1 − P_i(programme or armed)).
/// </summary>
public static class Indices
{
    /// <summary>Writes year <paramref name="year"/> of <paramref name="t"/> from the state and derived quantities in
    /// <paramref name="c"/>; with <paramref name="actorRows"/> false only the alliance row (an ensemble whose outcomes
    /// are all alliance indices): the hub, spoke and threat rows of that year keep whatever they held.</summary>
    public static void Record(Trajectory t, int year, StepContext<Scalar> c, bool actorRows = true)
    {
        WorldState s = c.Now; Derived d = c.Derived; Anchors a = c.Anchors;
        int n = s.SpokeCount, m = s.ThreatCount;
        var host = new HostStepContext<Scalar>(c);
        var alliance = Alliance<Scalar, HostStepContext<Scalar>, HostColumn<Scalar>>(ref host);
        alliance.CopyTo(System.Runtime.InteropServices.MemoryMarshal.Cast<double, Scalar>(t.Row(year, 1 + n + m).Values));
        if (!actorRows) return;
        double delta = c.P[ParameterId.CapitalDepreciation];
        for (int i = 0; i < n; i++)
        {
            double capability = delta * s.CapabilityStock[i];
            var row = t.Row(year, 1 + i);
            row[Variable.Gdp] = s.Gdp[i];
            row[Variable.Spending] = s.Spending[i];
            row[Variable.SpendingShare] = 100 * s.Spending[i] / s.Gdp[i];
            row[Variable.HostSupport] = s.HostSupport[i];
            row[Variable.Belief] = s.Belief[i];
            row[Variable.Entrapment] = s.Entrapment[i];
            row[Variable.Independence] = s.Independence[i];
            row[Variable.Alignment] = s.Alignment[i];
            row[Variable.Duplication] = s.Duplication[i];
            row[Variable.Efficiency] = d.Efficiency[i];
            row[Variable.Capability] = capability;
            row[Variable.EffectiveCapability] = Math.Max(s.Alignment[i], 0) * capability;
            row[Variable.NuclearStage] = s.NuclearStage[i];
            row[Variable.ProliferationRisk] = NuclearHedging.ProliferationRisk(s, i);
            row[Variable.Troops] = s.Troops[i];
            row[Variable.ResponseDays] = d.ResponseDays[i];
            row[Variable.PerceivedThreat] = d.ThreatRatio[i];
            row[Variable.Discounting] = 1 - d.LeaveProbability[i];
            row[Variable.UsProtection] = d.UsProtection[i];
            row[Variable.Latency] = s.Latency[i];
            row[Variable.ThreatShock] = s.ThreatShock[i];
            row[Variable.GovernmentOrientation] = a.Orientation[i] + AlliedPolitics.OrientationShift<Scalar, HostStepContext<Scalar>, HostColumn<Scalar>>(ref host, i);
        }
        for (int k = 0; k < m; k++)
        {
            var row = t.Row(year, 1 + n + k);
            row[Variable.Gdp] = s.ThreatGdp[k];
            row[Variable.Spending] = s.ThreatSpending[k];
            row[Variable.SpendingShare] = 100 * s.ThreatSpending[k] / s.ThreatGdp[k];
            row[Variable.Probing] = d.Probing[k];
        }
        var hubRow = t.Row(year, 0);
        hubRow[Variable.Gdp] = s.UsGdp;
        hubRow[Variable.Spending] = s.UsSpending;
        hubRow[Variable.SpendingShare] = 100 * s.UsSpending / s.UsGdp;
        hubRow[Variable.Troops] = alliance.Troops.Value;
        hubRow[Variable.PostureCost] = alliance.PostureCost.Value;
        hubRow[Variable.RemedyCost] = alliance.RemedyCost.Value;
        hubRow[Variable.PublicSupport] = d.PublicSupport;
    }

    /// <summary>The variables of the alliance row.</summary>
    public static IReadOnlyList<Variable> AllianceVariables => AllianceRow;

    // An array, so the yearly record iterates it without allocating an enumerator.
    internal static readonly Variable[] AllianceRow =
    [
        Variable.Spending, Variable.SpendingShare, Variable.Discounting, Variable.Distancing, Variable.Duplication, Variable.BurdenShare,
        Variable.EffectiveCapability, Variable.UsNetCost, Variable.CapabilityPerDollar, Variable.ProliferationRisk, Variable.ResponseDays,
        Variable.Probing,
    ];

    /// <summary>The alliance row, lane by lane, and the hub's troops, posture cost and remedy cost.</summary>
    public static AllianceValues<T> Alliance<T, C, V>(ref C c) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        int n = c.SpokeCount, m = c.ThreatCount;
        T delta = c.Par(ParameterId.CapitalDepreciation);
        V stock = c.Now(StateQuantity.CapabilityStock), alignment = c.Now(StateQuantity.Alignment), gdp = c.Now(StateQuantity.Gdp);
        V spending = c.Now(StateQuantity.Spending), leave = c.Derived(DerivedQuantity.LeaveProbability), duplication = c.Now(StateQuantity.Duplication);
        V belief = c.Now(StateQuantity.Belief), protection = c.Derived(DerivedQuantity.UsProtection), days = c.Derived(DerivedQuantity.ResponseDays);
        V troopsHere = c.Now(StateQuantity.Troops), probability = c.Now(StateQuantity.NuclearStageProbability), probingOf = c.Derived(DerivedQuantity.Probing);
        T zero = T.Of(0);
        T gdpSum = zero, spendSum = zero, discount = zero, distance = zero, dup = zero, effective = zero;
        T noProliferation = T.Of(1), response = zero, troops = zero;
        for (int i = 0; i < n; i++)
        {
            T capability = delta * stock[i];
            T aligned = T.Max(alignment[i], zero) * capability;
            int o = i * WorldState.StageCount;
            // The sum of two probabilities can round to 1 + 2⁻⁵²; keep the result a probability.
            T risk = MathUtil.Clamp01(probability[o + (int)NuclearStage.Program] + probability[o + (int)NuclearStage.Armed]);
            gdpSum += gdp[i];
            spendSum += spending[i];
            discount += gdp[i] * (1 - leave[i]);
            distance += gdp[i] * (1 - alignment[i]) / 2;
            dup += spending[i] * duplication[i];
            effective += aligned + belief[i] * protection[i];
            noProliferation *= 1 - risk;
            response += gdp[i] * days[i];
            troops += troopsHere[i];
        }
        T probing = zero;
        for (int k = 0; k < m; k++) probing += probingOf[k];
        double regional = c.UsSpending * c.PacificShare;
        T remedy = UsCosts.RemedyCost<T, C, V>(ref c);
        T posture = UsCosts.PresenceCost<T, C, V>(ref c) + remedy;

        T allianceGdp = gdpSum;
        return new AllianceValues<T>
        {
            Spending = spendSum,
            SpendingShare = 100 * spendSum / allianceGdp,
            Discounting = discount / gdpSum,
            Distancing = distance / gdpSum,
            Duplication = T.IfLess(zero, spendSum, dup / spendSum, zero),
            BurdenShare = spendSum / (spendSum + regional),
            EffectiveCapability = effective,
            UsNetCost = regional + posture,
            CapabilityPerDollar = effective / (regional + posture),
            ProliferationRisk = 1 - noProliferation,
            ResponseDays = response / gdpSum,
            Probing = m > 0 ? probing / m : zero,
            Troops = troops,
            PostureCost = posture,
            RemedyCost = remedy,
        };
    }
}
