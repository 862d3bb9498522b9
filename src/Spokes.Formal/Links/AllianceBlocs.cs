using Spokes.Formal.Landscape;
using Spokes.Model.Outputs;
using Spokes.Model.World;

namespace Spokes.Formal.Links;

/// <summary>
/// Landscape theory fed by the alliance model: for a year of a run, the predicted two-bloc configuration of the hub,
/// the spokes and the threats (Axelrod &amp; Bennett 1993), to read beside the alignment labels.
/// Sizes are defence spending that year. Propensities (assumptions, documented in docs/landscape.md):
/// U.S.–spoke i = a_i (the model's alignment); U.S.–threat = −1; threat–threat = +1 (the 1961 China–North Korea
/// treaty); spoke i–threat k = −a_i·x̂_ik, plus ½·τ_i toward China (trade pulls); spoke–spoke = the tie weight W_ij.
/// The prediction is the global minimum of the energy over all two-bloc configurations.
/// </summary>
public static class AllianceBlocs
{
    public const string ChinaId = "CHN";

    /// <summary>For each actor of the trajectory (hub, spokes, threats, in row order), true when it sits in the U.S. bloc.</summary>
    public static IReadOnlyDictionary<string, bool> Predict(Baseline b, Trajectory t, int year)
    {
        var names = new List<string> { b.Hub.Id };
        names.AddRange(b.Spokes.Select(s => s.Id));
        names.AddRange(b.Threats.Select(k => k.Id));
        int n = names.Count, ns = b.Spokes.Count;
        var sizes = names.Select(id => Math.Max(t.Get(year, id, Variable.Spending), 1e-6)).ToArray();
        var p = new double[n, n];
        void Set(int i, int j, double v) { p[i, j] = v; p[j, i] = v; }
        for (int i = 0; i < ns; i++)
        {
            var spoke = b.Spokes[i];
            double a = t.Get(year, spoke.Id, Variable.Alignment);
            Set(0, 1 + i, a);
            for (int k = 0; k < b.Threats.Count; k++)
                Set(1 + i, 1 + ns + k, -a * spoke.ThreatExposure[k] + (b.Threats[k].Id == ChinaId ? 0.5 * spoke.TradeWithChina : 0));
            for (int j = i + 1; j < ns; j++) Set(1 + i, 1 + j, b.Ties[i, j]);
        }
        for (int k = 0; k < b.Threats.Count; k++)
        {
            Set(0, 1 + ns + k, -1);
            for (int l = k + 1; l < b.Threats.Count; l++) Set(1 + ns + k, 1 + ns + l, 1);
        }
        var analysis = LandscapeAnalysis.Enumerate(new LandscapeSystem(names, sizes, p));
        var best = analysis.Minima.MinBy(m => m.Energy)!.Configuration;
        bool hubInB = best.InBlocB(0);
        return names.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => best.InBlocB(x.i) == hubInB);
    }
}
