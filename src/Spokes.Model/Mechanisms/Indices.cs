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
    public static void Record(Trajectory t, int year, WorldState s, Derived d, Anchors a, ParameterSet p)
    {
        int n = s.SpokeCount, m = s.ThreatCount;
        int hub = 0, alliance = 1 + n + m;
        double delta = p[ParameterId.CapitalDepreciation];
        double gdpSum = 0, spendSum = 0, discount = 0, distance = 0, duplication = 0, effective = 0;
        double noProliferation = 1, response = 0, troops = 0, allianceGdp = 0;
        for (int i = 0; i < n; i++)
        {
            int r = 1 + i;
            double capability = delta * s.CapabilityStock[i];
            double aligned = Math.Max(s.Alignment[i], 0) * capability;
            double risk = NuclearHedging.ProliferationRisk(s, i);
            t[year, r, Variable.Gdp] = s.Gdp[i];
            t[year, r, Variable.Spending] = s.Spending[i];
            t[year, r, Variable.SpendingShare] = 100 * s.Spending[i] / s.Gdp[i];
            t[year, r, Variable.HostSupport] = s.HostSupport[i];
            t[year, r, Variable.Belief] = s.Belief[i];
            t[year, r, Variable.Entrapment] = s.Entrapment[i];
            t[year, r, Variable.Independence] = s.Independence[i];
            t[year, r, Variable.Alignment] = s.Alignment[i];
            t[year, r, Variable.Duplication] = s.Duplication[i];
            t[year, r, Variable.Efficiency] = d.Efficiency[i];
            t[year, r, Variable.Capability] = capability;
            t[year, r, Variable.EffectiveCapability] = aligned;
            t[year, r, Variable.NuclearStage] = s.NuclearStage[i];
            t[year, r, Variable.ProliferationRisk] = risk;
            t[year, r, Variable.Troops] = s.Troops[i];
            t[year, r, Variable.ResponseDays] = d.ResponseDays[i];
            t[year, r, Variable.PerceivedThreat] = MathUtil.SafeRatio(d.PerceivedThreat[i], a.TotalExposure[i]);
            t[year, r, Variable.Discounting] = 1 - d.LeaveProbability[i];
            t[year, r, Variable.UsProtection] = d.UsProtection[i];

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
            int r = 1 + n + k;
            t[year, r, Variable.Gdp] = s.ThreatGdp[k];
            t[year, r, Variable.Spending] = s.ThreatSpending[k];
            t[year, r, Variable.SpendingShare] = 100 * s.ThreatSpending[k] / s.ThreatGdp[k];
            t[year, r, Variable.Probing] = d.Probing[k];
            probing += d.Probing[k];
        }
        double regional = s.UsSpending * a.Baseline.Hub.PacificShare;
        double posture = UsCosts.PostureCost(s, a, p);
        t[year, hub, Variable.Gdp] = s.UsGdp;
        t[year, hub, Variable.Spending] = s.UsSpending;
        t[year, hub, Variable.SpendingShare] = 100 * s.UsSpending / s.UsGdp;
        t[year, hub, Variable.Troops] = troops;
        t[year, hub, Variable.PostureCost] = posture;
        t[year, hub, Variable.PublicSupport] = d.PublicSupport;

        allianceGdp = gdpSum;
        t[year, alliance, Variable.Spending] = spendSum;
        t[year, alliance, Variable.SpendingShare] = 100 * spendSum / allianceGdp;
        t[year, alliance, Variable.Discounting] = discount / gdpSum;
        t[year, alliance, Variable.Distancing] = distance / gdpSum;
        t[year, alliance, Variable.Duplication] = spendSum > 0 ? duplication / spendSum : 0;
        t[year, alliance, Variable.BurdenShare] = spendSum / (spendSum + regional);
        t[year, alliance, Variable.EffectiveCapability] = effective;
        t[year, alliance, Variable.UsNetCost] = regional + posture;
        t[year, alliance, Variable.CapabilityPerDollar] = effective / (regional + posture);
        t[year, alliance, Variable.ProliferationRisk] = 1 - noProliferation;
        t[year, alliance, Variable.ResponseDays] = response / gdpSum;
        t[year, alliance, Variable.Probing] = m > 0 ? probing / m : 0;
    }
}
