namespace Spokes.Explore.Optimization;

/// <summary>The kind of a decision variable.</summary>
public enum VariableKind
{
    /// <summary>A real number in [min, max]; varied by SBX crossover and polynomial mutation.</summary>
    Real,

    /// <summary>A whole number in [min, max]; varied by uniform crossover and uniform mutation.</summary>
    Integer,

    /// <summary>One of a list of labels, encoded as its index; varied by uniform crossover and uniform mutation.</summary>
    Categorical,
}
