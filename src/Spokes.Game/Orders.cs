using Spokes.Model;
using Spokes.Model.Policy;
using Spokes.Model.World;

namespace Spokes.Game;

/// <summary>
/// One role's orders for one turn: decision key → value, applied to every year of the turn. The keys a role may give:
/// the U.S. its lever keys (<c>demands</c>, <c>forcePosture</c>, <c>cooperation</c>, …; <c>demands.JPN</c> for one
/// ally only); an ally the <see cref="SpokeDecision"/>s (<c>spendingTarget</c>, <c>hostSupportOffer</c>,
/// <c>alignmentMove</c>, <c>spokeCooperation</c>, <c>hedgingStep</c>); China or North Korea the
/// <see cref="ThreatDecision"/>s (<c>buildupShare</c>, <c>probing</c>, <c>coercion</c>). A key left out keeps the
/// rule (for the U.S.: the scenario's lever). Sorted, so the stored JSON of the same orders is the same bytes.
/// </summary>
public static class Orders
{
    public const int MaxKeys = 64;

    public static string Key(SpokeDecision d) => Camel(d.ToString());
    public static string Key(ThreatDecision d) => Camel(d.ToString());

    /// <summary>The keys a role may give, with their ranges (for the page and for checks).</summary>
    public static IReadOnlyList<(string Key, double Min, double Max)> KeysFor(Baseline b, string role) =>
        GameSetup.KindOf(b, role) switch
        {
            RoleKind.Hub => LeverInfo.AllKeys.Select(k => (k, LeverRange(k))).Select(x => (x.k, x.Item2.Min, x.Item2.Max)).ToList(),
            RoleKind.Spoke => Enum.GetValues<SpokeDecision>().Select(d => (Key(d), Decisions.Range(d).Min, Decisions.Range(d).Max)).ToList(),
            RoleKind.Threat => Enum.GetValues<ThreatDecision>().Select(d => (Key(d), Decisions.Range(d).Min, Decisions.Range(d).Max)).ToList(),
            _ => [],
        };

    /// <summary>The orders, checked and sorted.</summary>
    /// <exception cref="InputException">an unknown key, a value outside its range, or too many keys.</exception>
    public static SortedDictionary<string, double> Check(Baseline b, string role, IReadOnlyDictionary<string, double> given)
    {
        if (given.Count > MaxKeys) throw new InputException("orders", 0, 0, "orders", $"{given.Count} keys; at most {MaxKeys}");
        var allowed = KeysFor(b, role).ToDictionary(k => k.Key, k => (k.Min, k.Max));
        var result = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, value) in given)
        {
            string bare = key;
            if (GameSetup.KindOf(b, role) == RoleKind.Hub && key.Split('.') is [var lever, var ally])
            {
                if (!b.Spokes.Any(s => s.Id == ally))
                    throw new InputException("orders", 0, 0, key, $"unknown ally '{ally}' (spokes: {string.Join(", ", b.Spokes.Select(s => s.Id))})");
                bare = lever;
            }
            if (!allowed.TryGetValue(bare, out var range))
                throw new InputException("orders", 0, 0, key, $"not a decision of {role} (known: {string.Join(", ", allowed.Keys)})");
            if (!double.IsFinite(value) || value < range.Min || value > range.Max)
                throw new InputException("orders", 0, 0, key, $"{value} is outside [{range.Min}, {range.Max}]");
            result[key] = value;
        }
        return result;
    }

    private static (double Min, double Max) LeverRange(string key) => LeverInfo.Range(LeverInfo.LeversOfKey(key)[0]);

    private static string Camel(string s) => char.ToLowerInvariant(s[0]) + s[1..];
}
