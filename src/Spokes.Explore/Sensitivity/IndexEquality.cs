using System.Collections.Immutable;

namespace Spokes.Explore.Sensitivity;

/// <summary>
/// Element-wise equality for the index arrays of the result records (an <see cref="ImmutableArray{T}"/> compares by
/// reference), with NaN equal to NaN as <see cref="double.Equals(double)"/> has it.
/// </summary>
internal static class IndexEquality
{
    public static bool Same(ImmutableArray<double> a, ImmutableArray<double> b) =>
        a.IsDefault || b.IsDefault ? a.IsDefault == b.IsDefault : a.AsSpan().SequenceEqual(b.AsSpan());

    public static bool Same(ImmutableArray<ImmutableArray<double>> a, ImmutableArray<ImmutableArray<double>> b)
    {
        if (a.IsDefault || b.IsDefault)
            return a.IsDefault == b.IsDefault;
        if (a.Length != b.Length)
            return false;
        for (int i = 0; i < a.Length; i++)
            if (!Same(a[i], b[i]))
                return false;
        return true;
    }

    public static void Add(ref HashCode hash, ImmutableArray<double> values)
    {
        if (values.IsDefault)
            return;
        foreach (var v in values)
            hash.Add(v);
    }
}
