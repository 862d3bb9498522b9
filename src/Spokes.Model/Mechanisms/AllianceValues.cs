using Spokes.Model.Lanes;
using Spokes.Model.Outputs;

namespace Spokes.Model.Mechanisms;

/// <summary>One year's alliance row, lane by lane (<see cref="Indices.Alliance{T, C, V}"/>): the variables of
/// <see cref="Indices.AllianceVariables"/> and the hub's troops, posture cost and remedy cost. Named fields, not an array,
/// so a GPU kernel can hold it in registers.</summary>
public struct AllianceValues<T> where T : struct, ILane<T>
{
    public T Spending, SpendingShare, Discounting, Distancing, Duplication, BurdenShare, EffectiveCapability, UsNetCost,
        CapabilityPerDollar, ProliferationRisk, ResponseDays, Probing;
    public T Troops, PostureCost, RemedyCost;

    /// <summary>Stores the alliance row's variables into <paramref name="row"/>, indexed by <see cref="Variable"/>: by
    /// name, not through the indexer's switch, which copies a whole lane value per case; single runs and lock-step
    /// blocks record a row like this every recorded year.</summary>
    public readonly void CopyTo(Span<T> row)
    {
        row[(int)Variable.Spending] = Spending;
        row[(int)Variable.SpendingShare] = SpendingShare;
        row[(int)Variable.Discounting] = Discounting;
        row[(int)Variable.Distancing] = Distancing;
        row[(int)Variable.Duplication] = Duplication;
        row[(int)Variable.BurdenShare] = BurdenShare;
        row[(int)Variable.EffectiveCapability] = EffectiveCapability;
        row[(int)Variable.UsNetCost] = UsNetCost;
        row[(int)Variable.CapabilityPerDollar] = CapabilityPerDollar;
        row[(int)Variable.ProliferationRisk] = ProliferationRisk;
        row[(int)Variable.ResponseDays] = ResponseDays;
        row[(int)Variable.Probing] = Probing;
    }

    /// <summary>The value of a variable of the alliance row.</summary>
    public readonly T this[Variable v] => v switch
    {
        Variable.Spending => Spending,
        Variable.SpendingShare => SpendingShare,
        Variable.Discounting => Discounting,
        Variable.Distancing => Distancing,
        Variable.Duplication => Duplication,
        Variable.BurdenShare => BurdenShare,
        Variable.EffectiveCapability => EffectiveCapability,
        Variable.UsNetCost => UsNetCost,
        Variable.CapabilityPerDollar => CapabilityPerDollar,
        Variable.ProliferationRisk => ProliferationRisk,
        Variable.ResponseDays => ResponseDays,
        Variable.Probing => Probing,
        _ => T.Of(double.NaN), // not an alliance variable (kernels cannot throw)
    };
}
