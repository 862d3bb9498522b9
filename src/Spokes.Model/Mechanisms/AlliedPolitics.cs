using Spokes.Model.Lanes;
using Spokes.Model.Simulation;

namespace Spokes.Model.Mechanisms;

/// <summary>
/// Allied domestic politics as data: each ally's government has an orientation toward the U.S. relative to China,
/// o ∈ [−1, 1] (data/politics.csv, one judged, sourced value per government; a scenario may override or extend it).
/// What moves the ally is the difference from the start-year government, Δo = o(t) − o⁰, through three channels:
/// <list type="bullet">
/// <item>alignment target + w_o·Δo (<see cref="Alignment"/>): governments make foreign policy — Duterte's 2016
/// "separation" and Marcos Jr.'s 2022–23 return happened with the U.S. posture unchanged;</item>
/// <item>domestic balance target − k_o·Δo (<see cref="DomesticBalance"/>): a pro-U.S. government marginalises
/// advocates of an independent policy;</item>
/// <item>weight on security ×exp(λ_o·Δo) (<see cref="BurdenSharing"/>), whose sign calibration decides.</item>
/// </list>
/// With no paths, or a government like the start-year one, Δo = 0 and nothing moves (the fixed point holds).
/// </summary>
public static class AlliedPolitics
{
    /// <summary>Δo for a spoke in the year in force (the year being computed).</summary>
    /// <remarks>Shared by the lanes of a lock-step block (paths and baseline are the block's).</remarks>
    public static double OrientationShift<T, C, V>(ref C c, int spoke) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        double o = c.Orientation(spoke);
        return double.IsNaN(o) ? 0 : o - T.Get(c.Anchor(AnchorQuantity.Orientation)[spoke], 0);
    }
}
