namespace Spokes.Explore.Scoring;

/// <summary>Which ensemble of trees feature scoring grows.</summary>
public enum ForestKind
{
    /// <summary>Extra trees (Geurts et al. 2006): random cut points, every input a candidate at each node. EMA Workbench's default scorer.</summary>
    ExtraTrees,

    /// <summary>Random forest (Breiman 2001): best cut points among ⌈d/3⌉ inputs drawn at each node.</summary>
    RandomForest,
}
