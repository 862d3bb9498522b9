using System.Runtime.CompilerServices;
using Spokes.Model.Lanes;

namespace Spokes.Model.Simulation;

/// <summary>A host array as a column of lane values: element i is lanes [i·W, (i+1)·W) of the array (what
/// <c>double[].L&lt;T&gt;()</c> gives as a span). The arrays hold whole elements, so the bounds check of the element's
/// first double covers its lanes.</summary>
public readonly struct HostColumn<T>(double[] values) : IColumn<T> where T : struct, ILane<T>
{
    public ref T this[int i]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref Unsafe.As<double, T>(ref values[i * T.Width]);
    }
}
