using Spokes.Model.Lanes;

namespace Spokes.Model.Simulation;

/// <summary>
/// One quantity's values, element by element, as lane values: what a mechanism reads and writes in its loops. A struct
/// interface, not a span, because GPU kernels take no spans: the host's column is an array
/// (<see cref="HostColumn{T}"/>), a kernel's a strided view of device memory (Spokes.Gpu).
/// </summary>
public interface IColumn<T> where T : struct, ILane<T>
{
    /// <summary>Element <paramref name="i"/> (a spoke, a threat, or an index into a matrix stored row-major).</summary>
    ref T this[int i] { get; }
}
