using Spokes.Model.Lanes;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Simulation;

namespace Spokes.Model.Mechanisms;

/// <summary>
/// Mechanism 10 — spoke-to-spoke ties. W_ij = min(1, W_ij⁰ + γ_net·max(n_i, n_j)) where n is the U.S. networking
/// lever, and network support N_i = Σ_j W_ij·max(a_j, 0): ties to partners that stay aligned soften abandonment
/// fear (<see cref="CommitmentBelief"/>) and add spill-ins of their capability (<see cref="BurdenSharing"/>).
/// </summary>
public static class NetworkTies
{
    public static void Derive<T, C, V>(ref C c) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        int n = c.SpokeCount;
        T gain = c.Par(ParameterId.NetworkingGain);
        V ties = c.Derived(DerivedQuantity.Ties), startTies = c.Anchor(AnchorQuantity.Ties), alignment = c.Now(StateQuantity.Alignment);
        V support = c.Derived(DerivedQuantity.NetworkSupport);
        if (NetworkingChanged<T, C, V>(ref c)) // the weights depend on the networking levers only
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                    ties[i * n + j] = i == j ? T.Of(0)
                        : T.Min(T.Of(1), startTies[i * n + j]
                            + gain * Math.Max(c.Shared(SharedQuantity.NetworkingOfTies, i), c.Shared(SharedQuantity.NetworkingOfTies, j)));
        for (int i = 0; i < n; i++)
        {
            T sum = T.Of(0);
            for (int j = 0; j < n; j++) sum += ties[i * n + j] * T.Max(alignment[j], T.Of(0));
            support[i] = sum;
        }
    }

    /// <summary>Whether any spoke's networking lever differs, bit for bit, from the one the weights were computed for; records the new ones.</summary>
    private static bool NetworkingChanged<T, C, V>(ref C c) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        bool changed = false;
        for (int i = 0; i < c.SpokeCount; i++)
        {
            double lever = c.Lever(i, Lever.Networking);
            // A player's spoke-to-spoke effort stands in for the U.S. networking lever on its side of its ties.
            if (c.Decision(i, SpokeDecision.SpokeCooperation) is var effort && !double.IsNaN(effort)) lever = effort;
            ref double seen = ref c.Shared(SharedQuantity.NetworkingOfTies, i);
            if (MathUtil.SameBits<T>(lever, seen)) continue;
            seen = lever;
            changed = true;
        }
        return changed;
    }
}
