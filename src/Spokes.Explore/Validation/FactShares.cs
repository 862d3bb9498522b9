using System.Globalization;
using Spokes.Explore.Discovery;
using Spokes.Model.Parameters;
using Spokes.Scenarios;

namespace Spokes.Explore.Validation;

/// <summary>How often a stylized fact holds over parameter draws, and where it fails.</summary>
public sealed record FactShare(string Id, string Claim, int Draws, int Holds, string FailureRegion)
{
    public double Share => Draws == 0 ? double.NaN : Holds / (double)Draws;
}

/// <summary>
/// The stylized facts SF0–SF6 (docs/model.md §6) as shares: each fact is judged at every parameter draw (SF5 at the
/// draw itself: commit-and-cooperate beats threaten on capability per U.S. dollar), and the share of draws in which
/// it holds is reported with the region where it fails — the PRIM box (Friedman &amp; Fisher 1999; the project's
/// <see cref="Prim"/>) of the failing draws over the sampled parameters, chosen by best F1, said in words. Draws
/// come from the documented ranges (every parameter uniform, independent, seeded) or from a posterior.
/// </summary>
public static class FactShares
{
    /// <summary>The most restrictions a reported failure region may have.</summary>
    public const int MaxRestrictions = 3;

    /// <summary>Draws every parameter uniformly from its documented range.</summary>
    public static IReadOnlyList<FactShare> OverRanges(ScenarioDefinition d, int draws, int seed)
    {
        var random = new Model.Simulation.RunRandom(seed);
        var ids = ParameterCatalog.All.Select(p => p.Id).ToList();
        var sets = new List<double[]>();
        for (int k = 0; k < draws; k++)
            sets.Add(ParameterCatalog.All.Select(p => Math.Min(p.Max, p.Min + random.NextDouble() * (p.Max - p.Min))).ToArray());
        return Evaluate(d, ids, sets);
    }

    /// <summary>Draws from a posterior over <paramref name="ids"/> (other parameters at the scenario's values).</summary>
    public static IReadOnlyList<FactShare> OverPosterior(ScenarioDefinition d, Posterior posterior, IReadOnlyList<ParameterId> ids, int draws) =>
        Evaluate(d, ids, posterior.Thinned(draws).Select(k => posterior.Draws[k].Take(ids.Count).ToArray()).ToList());

    private static IReadOnlyList<FactShare> Evaluate(ScenarioDefinition d, IReadOnlyList<ParameterId> ids, IReadOnlyList<double[]> sets)
    {
        var holds = new Dictionary<string, List<bool>>();
        var claims = new Dictionary<string, string>();
        var used = new List<double[]>();
        foreach (var x in sets)
        {
            var parameters = new Dictionary<ParameterId, double>(d.Parameters);
            for (int j = 0; j < ids.Count; j++) parameters[ids[j]] = x[j];
            IReadOnlyList<FactVerdict> verdicts;
            try
            {
                verdicts = StylizedFacts.EvaluateAll(d with { Parameters = parameters }, remedySamples: 0);
            }
            catch (ArgumentException)
            {
                continue; // no start-year fixed point at this draw (θ far below 0): left out, and the count shows it
            }
            used.Add(x);
            foreach (var v in verdicts)
            {
                if (!holds.TryGetValue(v.Id, out var list)) holds[v.Id] = list = [];
                list.Add(v.Holds);
                claims[v.Id] = v.Claim;
            }
        }
        var names = ids.Select(id => ParameterCatalog.Get(id).Key).ToList();
        return holds.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv =>
            new FactShare(kv.Key, claims[kv.Key], kv.Value.Count, kv.Value.Count(h => h), Region(names, used, kv.Value))).ToList();
    }

    /// <summary>The PRIM box of the failing draws, in words; empty when nothing or everything fails.</summary>
    private static string Region(IReadOnlyList<string> names, IReadOnlyList<double[]> x, IReadOnlyList<bool> holds)
    {
        int failures = holds.Count(h => !h);
        if (failures == 0) return "";
        if (failures == holds.Count) return "fails at every draw";
        if (failures < 5) return $"{failures} failing draws: too few for a region";
        var result = Prim.Run(PrimInput.Create(Table.FromRows(names, x), holds.Select(h => !h).ToArray()), PrimOptions.Default);
        // The best F1 among boxes of at most three restrictions: a region an analyst can read and act on.
        var box = result.Trajectory.Where(b => b.RestrictedCount is > 0 and <= MaxRestrictions).MaxBy(BoxSelection.F1);
        if (box is null || box.RestrictedCount == 0) return "no box isolates the failures";
        string N(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
        var limits = box.Restrictions.Select(r =>
            r.Lower > r.Minimum && r.Upper < r.Maximum ? $"{N(r.Lower)} ≤ {r.Name} ≤ {N(r.Upper)}"
            : r.Lower > r.Minimum ? $"{r.Name} ≥ {N(r.Lower)}" : $"{r.Name} ≤ {N(r.Upper)}");
        return $"fails mainly where {string.Join(" and ", limits)}: {100 * box.Coverage:0}% of the failures fall there, {100 * box.Density:0}% of the draws there fail";
    }
}
