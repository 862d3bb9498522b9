using System.Globalization;

namespace Spokes.Explore.Discovery;

/// <summary>
/// One dimension of a CART box: Lower &lt; x ≤ Upper (either side may be open: −∞ or +∞). For a categorical column
/// the codes in that range are listed by label. Immutable.
/// </summary>
public sealed record CartCondition(string Name, double Lower, double Upper, IReadOnlyList<string> Categories)
{
    /// <summary>The condition as a readable rule: <c>x0 &gt; 0.2 and ≤ 0.6</c>, <c>x1 &gt; 0.5</c>, <c>region in {east, south}</c>.</summary>
    public override string ToString()
    {
        // An id-like column can leave hundreds of labels in a leaf: show the first few and the count.
        if (Categories.Count > 8) return $"{Name} in {{{string.Join(", ", Categories.Take(6))}, … ({Categories.Count} categories)}}";
        if (Categories.Count > 0) return $"{Name} in {{{string.Join(", ", Categories)}}}";
        if (double.IsNegativeInfinity(Lower)) return Inv($"{Name} ≤ {Upper:G4}");
        if (double.IsPositiveInfinity(Upper)) return Inv($"{Name} > {Lower:G4}");
        return Inv($"{Lower:G4} < {Name} ≤ {Upper:G4}");
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
