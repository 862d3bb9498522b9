using System.Runtime.CompilerServices;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Lanes;
using Spokes.Model.Simulation;
using static Spokes.Model.MathUtil;

namespace Spokes.Model.Mechanisms;

/// <summary>
/// Mechanism 5 — alignment and distancing, with hysteresis and bandwagoning.
/// a* = tanh( artanh a⁰ + w_b·(b − b⁰) − w_E·(E − E⁰) − w_p·(p − p⁰) − w_B·(B − B⁰) + w_o·Δo ),
/// a' = a + η·(a* − a) with η = η_away when a* &lt; a and η_back = r·η_away (r &lt; 1) otherwise (trust is slow to rebuild).
/// Bandwagoning pull B = (1 − b)·v·T/T⁰, where v = (Σ_k x̂_ik X_k)/(Σ_k x̂_ik X_k + x_i) is the share of the local
/// balance the adversaries hold: weak, exposed states with little faith in the U.S. bandwagon first (Walt 1987).
/// Δo is the government's orientation shift (<see cref="AlliedPolitics"/>).
/// Labels: aligned a ≥ 0.5, hedging 0 ≤ a &lt; 0.5, de-aligned −0.5 ≤ a &lt; 0, re-aligned (bandwagoning) a &lt; −0.5.
/// </summary>
public static class Alignment
{
    public static void Derive<T, C, V>(ref C c) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        V spending = c.Now(StateQuantity.Spending), threatSpending = c.Now(StateQuantity.ThreatSpending), exposure = c.Anchor(AnchorQuantity.Exposure);
        V vulnerability = c.Derived(DerivedQuantity.Vulnerability), pull = c.Derived(DerivedQuantity.BandwagonPull), belief = c.Now(StateQuantity.Belief);
        V ratio = c.Derived(DerivedQuantity.ThreatRatio);
        for (int i = 0; i < c.SpokeCount; i++)
        {
            vulnerability[i] = Vulnerability<T, V>(i, spending[i], threatSpending, exposure, c.ThreatCount);
            pull[i] = BandwagonPull(belief[i], vulnerability[i], ratio[i]);
        }
    }

    public static void Step<T, C, V>(ref C c) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        V artanh = c.Anchor(AnchorQuantity.ArtanhAlignment), belief = c.Now(StateQuantity.Belief), startBelief = c.Anchor(AnchorQuantity.Belief);
        V entrapment = c.Now(StateQuantity.Entrapment), startEntrapment = c.Anchor(AnchorQuantity.Entrapment);
        V independence = c.Now(StateQuantity.Independence), startIndependence = c.Anchor(AnchorQuantity.Independence);
        V bandwagon = c.Derived(DerivedQuantity.BandwagonPull), startBandwagon = c.Anchor(AnchorQuantity.BandwagonPull);
        V alignment = c.Now(StateQuantity.Alignment), next = c.Next(StateQuantity.Alignment);
        for (int i = 0; i < c.SpokeCount; i++)
        {
            T pull =
                artanh[i]
                + c.Par(ParameterId.BeliefAlignmentWeight, i) * (belief[i] - startBelief[i])
                - c.Par(ParameterId.EntrapmentAlignmentWeight, i) * (entrapment[i] - startEntrapment[i])
                - c.Par(ParameterId.IndependenceAlignmentWeight, i) * (independence[i] - startIndependence[i])
                - c.Par(ParameterId.BandwagonWeight, i) * (bandwagon[i] - startBandwagon[i])
                + c.Par(ParameterId.OrientationAlignment, i) * c.Shared(SharedQuantity.OrientationShift, i);
            // A player's alignment move acts as a government's change of orientation would (w_o per unit).
            if (c.Decision(i, SpokeDecision.AlignmentMove) is var move && !double.IsNaN(move)) pull += c.Par(ParameterId.OrientationAlignment, i) * move;
            T target = T.Tanh(pull);
            // Read per spoke (ParameterSet.PerSpoke): a scenario may give one ally its own alignment weights.
            T away = c.Par(ParameterId.AlignmentAwayRate, i);
            T rate = T.IfLess(target, alignment[i], away, away * c.Par(ParameterId.AlignmentReturnRatio, i));
            next[i] = Adjust(alignment[i], target, rate);
        }
    }

    /// <summary>v_i: the adversaries' share of the local balance the ally faces (0..1).</summary>
    public static double Vulnerability(int i, double ownSpending, double[] threatSpending, double[] exposure, int m) =>
        Vulnerability<Scalar, HostColumn<Scalar>>(i, Scalar.Of(ownSpending), new(threatSpending), new(exposure), m).Value;

    /// <inheritdoc cref="Vulnerability(int, double, double[], double[], int)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Vulnerability<T, V>(int i, T ownSpending, V threatSpending, V exposure, int m) where T : struct, ILane<T> where V : struct, IColumn<T>
    {
        T adversary = T.Of(0);
        for (int k = 0; k < m; k++) adversary += exposure[i * m + k] * threatSpending[k];
        T total = adversary + ownSpending;
        return T.IfLess(T.Of(0), total, adversary / total, T.Of(0));
    }

    /// <summary>B = (1 − b)·v·(T/T⁰).</summary>
    public static double BandwagonPull(double belief, double vulnerability, double threatRatio) =>
        BandwagonPull(Scalar.Of(belief), Scalar.Of(vulnerability), Scalar.Of(threatRatio)).Value;

    /// <inheritdoc cref="BandwagonPull(double, double, double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T BandwagonPull<T>(T belief, T vulnerability, T threatRatio) where T : struct, ILane<T> =>
        (1 - belief) * vulnerability * threatRatio;

    /// <summary>The label an analyst reads for an alignment value.</summary>
    public static string Label(double alignment) => alignment switch
    {
        >= 0.5 => "aligned",
        >= 0.0 => "hedging",
        >= -0.5 => "de-aligned",
        _ => "re-aligned",
    };
}
