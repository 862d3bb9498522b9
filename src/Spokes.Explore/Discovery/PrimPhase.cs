namespace Spokes.Explore.Discovery;

/// <summary>Which stage of PRIM produced a box on the trajectory.</summary>
public enum PrimPhase
{
    /// <summary>The starting box: every row of the search.</summary>
    Start,

    /// <summary>A box after one peel.</summary>
    Peel,

    /// <summary>A box after one paste (pasting follows the last peel).</summary>
    Paste,
}
