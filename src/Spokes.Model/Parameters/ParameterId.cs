namespace Spokes.Model.Parameters;

/// <summary>Every free parameter of the alliance model. <see cref="ParameterCatalog"/> documents each one.</summary>
public enum ParameterId
{
    // Commitment belief (discounting)
    BeliefStickiness,
    TroopSignalWeight,
    TripwireScale,
    CooperationSignalWeight,
    ThreatTalkWeight,
    ReassuranceTalkWeight,
    PublicSupportWeight,
    WithdrawalSignalWeight,
    NetworkReassuranceWeight,
    UnansweredProbeWeight,
    // Burden sharing and host-nation support
    BudgetAdjustment,
    ProtectionValue,
    ThreatElasticity,
    DemandedShareOfGdp,
    NegotiatedSpending,
    NetworkSpillover,
    HostSupportAdjustment,
    HostSupportDemandGain,
    // Entrapment fear
    EntrapmentAdjustment,
    ConfrontationEntrapment,
    TradeAmplification,
    CommitmentEntrapment,
    ThreatReducesEntrapment,
    // Domestic balance
    DomesticAdjustment,
    AbandonmentToIndependence,
    EntrapmentToIndependence,
    ThreatToAllianceSupport,
    // Alignment
    AlignmentAwayRate,
    AlignmentReturnRatio,
    BeliefAlignmentWeight,
    EntrapmentAlignmentWeight,
    IndependenceAlignmentWeight,
    BandwagonWeight,
    // Duplication and efficiency
    DuplicationAdjustment,
    AbandonmentDuplication,
    IndependenceDuplication,
    CooperationComplementarity,
    DuplicationCapacityScale,
    DuplicateEfficiency,
    CooperationSynergy,
    CapitalDepreciation,
    // Nuclear hedging
    HedgingThreshold,
    NuclearHazardScale,
    NuclearHazardExponent,
    NuclearThreatElasticity,
    // U.S. costs, force posture, response time
    StationingCostPerTroop,
    HomeBasingCostPerTroop,
    RelocationCostPerTroop,
    DistanceCostPerTroop,
    TroopMoveRate,
    LocalResponseDays,
    MobilizationDays,
    TransitKmPerDay,
    ResponseTimeElasticity,
    // Adversaries
    ArmsReactivity,
    ArmsFatigue,
    ProbingSensitivity,
    ProbeThreatWeight,
    ConfrontationResolve,
    // Network
    NetworkingGain,
}
