namespace Spokes.Model.World;

/// <summary>Stages of a state's nuclear path; a latent state can climb one stage a year at most.</summary>
public enum NuclearStage
{
    None = 0,
    /// <summary>Has the technical base (enrichment, reprocessing, know-how) but no decision to build.</summary>
    Latent = 1,
    /// <summary>Keeps the option open deliberately: studies, stockpiles, rhetoric.</summary>
    Hedging = 2,
    /// <summary>A weapons programme under way.</summary>
    Program = 3,
    Armed = 4,
}
