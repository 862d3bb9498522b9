using Spokes.Model.Outputs;
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
    public static void Record(Trajectory t, int year, StepContext c, bool actorRows = true)
    {
        WorldState s = c.Now; Derived d = c.Derived; Anchors a = c.Anchors; ParameterSet p = c.P;
        int n = s.SpokeCount, m = s.ThreatCount;
        double delta = p[ParameterId.CapitalDepreciation];
        double gdpSum = 0, spendSum = 0, discount = 0, distance = 0, duplication = 0, effective = 0;
        double noProliferation = 1, response = 0, troops = 0, allianceGdp = 0;
        for (int i = 0; i < n; i++)
        {
            double capability = delta * s.CapabilityStock[i];
            double aligned = Math.Max(s.Alignment[i], 0) * capability;
            double risk = NuclearHedging.ProliferationRisk(s, i);
            if (actorRows)
            {
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
                row[Variable.EffectiveCapability] = aligned;
                row[Variable.NuclearStage] = s.NuclearStage[i];
                row[Variable.ProliferationRisk] = risk;
                row[Variable.Troops] = s.Troops[i];
                row[Variable.ResponseDays] = d.ResponseDays[i];
                row[Variable.PerceivedThreat] = d.ThreatRatio[i];
                row[Variable.Discounting] = 1 - d.LeaveProbability[i];
                row[Variable.UsProtection] = d.UsProtection[i];
                row[Variable.Latency] = s.Latency[i];
                row[Variable.ThreatShock] = s.ThreatShock[i];
                row[Variable.GovernmentOrientation] = a.Orientation[i] + AlliedPolitics.OrientationShift(c, i);
            }

            gdpSum += s.Gdp[i];
            spendSum += s.Spending[i];
            discount += s.Gdp[i] * (1 - d.LeaveProbability[i]);
            distance += s.Gdp[i] * (1 - s.Alignment[i]) / 2;
            duplication += s.Spending[i] * s.Duplication[i];
            effective += aligned + s.Belief[i] * d.UsProtection[i];
            noProliferation *= 1 - risk;
            response += s.Gdp[i] * d.ResponseDays[i];
            troops += s.Troops[i];
        }
        double probing = 0;
        for (int k = 0; k < m; k++)
        {
            probing += d.Probing[k];
            if (!actorRows) continue;
            var row = t.Row(year, 1 + n + k);
            row[Variable.Gdp] = s.ThreatGdp[k];
            row[Variable.Spending] = s.ThreatSpending[k];
            row[Variable.SpendingShare] = 100 * s.ThreatSpending[k] / s.ThreatGdp[k];
            row[Variable.Probing] = d.Probing[k];
        }
        double regional = s.UsSpending * a.Baseline.Hub.PacificShare;
        double remedy = UsCosts.RemedyCost(c);
        double posture = UsCosts.PresenceCost(s, a, p) + remedy;
        if (actorRows)
        {
            var hubRow = t.Row(year, 0);
            hubRow[Variable.Gdp] = s.UsGdp;
            hubRow[Variable.Spending] = s.UsSpending;
            hubRow[Variable.SpendingShare] = 100 * s.UsSpending / s.UsGdp;
            hubRow[Variable.Troops] = troops;
            hubRow[Variable.PostureCost] = posture;
            hubRow[Variable.RemedyCost] = remedy;
            hubRow[Variable.PublicSupport] = d.PublicSupport;
        }

        allianceGdp = gdpSum;
        var allianceRow = t.Row(year, 1 + n + m);
        allianceRow[Variable.Spending] = spendSum;
        allianceRow[Variable.SpendingShare] = 100 * spendSum / allianceGdp;
        allianceRow[Variable.Discounting] = discount / gdpSum;
        allianceRow[Variable.Distancing] = distance / gdpSum;
        allianceRow[Variable.Duplication] = spendSum > 0 ? duplication / spendSum : 0;
        allianceRow[Variable.BurdenShare] = spendSum / (spendSum + regional);
        allianceRow[Variable.EffectiveCapability] = effective;
        allianceRow[Variable.UsNetCost] = regional + posture;
        allianceRow[Variable.CapabilityPerDollar] = effective / (regional + posture);
        allianceRow[Variable.ProliferationRisk] = 1 - noProliferation;
        allianceRow[Variable.ResponseDays] = response / gdpSum;
        allianceRow[Variable.Probing] = m > 0 ? probing / m : 0;
    }
}
