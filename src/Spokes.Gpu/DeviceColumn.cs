using ILGPU;
using Spokes.Model.Simulation;

namespace Spokes.Gpu;

/// <summary>
/// One quantity of one experiment in device memory, as the mechanisms index it (<see cref="IColumn{T}"/>): element i
/// at <c>start + i·stride</c> of a view. The ensemble stores the experiments interleaved (element e of thread t at
/// e·threads + t, stride = threads), so neighbouring threads read neighbouring doubles: coalesced loads on a GPU.
/// </summary>
public readonly struct DeviceColumn<TMath>(ArrayView<DeviceLane<TMath>> view, long start, long stride) : IColumn<DeviceLane<TMath>>
    where TMath : struct, IDeviceMath
{
    public ref DeviceLane<TMath> this[int i] => ref view[start + i * stride];
}
