namespace Spokes.Formal.Landscape;

/// <summary>
/// An assignment of every actor to one of two blocs, as a bit mask (bit i set: actor i is in bloc B). Only the
/// partition matters, so a configuration and its complement are the same alignment: <see cref="Canonical"/> puts
/// actor 0 in bloc A, and equality compares canonical forms. Immutable.
/// </summary>
public readonly struct BlocConfiguration : IEquatable<BlocConfiguration>
{
    public BlocConfiguration(int count, ulong mask)
    {
        if (count is < 1 or > LandscapeSystem.MaxActors) throw new ArgumentOutOfRangeException(nameof(count));
        ulong all = AllBits(count);
        if ((mask & ~all) != 0) throw new ArgumentOutOfRangeException(nameof(mask), "bits set beyond the actor count");
        Count = count;
        Mask = mask;
    }

    public int Count { get; }

    /// <summary>Bit i set: actor i is in bloc B.</summary>
    public ulong Mask { get; }

    /// <summary>True when actor i is in bloc B.</summary>
    public bool InBlocB(int i) => ((Mask >> i) & 1UL) != 0;

    /// <summary>d_ij: 0 if i and j are in the same bloc, 1 otherwise.</summary>
    public int Distance(int i, int j) => InBlocB(i) == InBlocB(j) ? 0 : 1;

    /// <summary>The configuration with actor k in the other bloc.</summary>
    public BlocConfiguration Switch(int k) => new(Count, Mask ^ (1UL << k));

    /// <summary>The same partition with actor 0 in bloc A.</summary>
    public BlocConfiguration Canonical() => InBlocB(0) ? new(Count, Mask ^ AllBits(Count)) : this;

    /// <summary>The actors of bloc A (<paramref name="blocB"/> false) or B, in index order.</summary>
    public IEnumerable<int> Members(bool blocB)
    {
        for (int i = 0; i < Count; i++)
            if (InBlocB(i) == blocB) yield return i;
    }

    public bool Equals(BlocConfiguration other) => Count == other.Count && Canonical().Mask == other.Canonical().Mask;
    public override bool Equals(object? obj) => obj is BlocConfiguration c && Equals(c);
    public override int GetHashCode() => HashCode.Combine(Count, Canonical().Mask);
    public static bool operator ==(BlocConfiguration a, BlocConfiguration b) => a.Equals(b);
    public static bool operator !=(BlocConfiguration a, BlocConfiguration b) => !a.Equals(b);

    public override string ToString() =>
        "{" + string.Join(",", Members(false)) + "} vs {" + string.Join(",", Members(true)) + "}";

    internal static ulong AllBits(int count) => count == 64 ? ulong.MaxValue : (1UL << count) - 1;
}
