namespace Spokes.Explore.Optimization;

/// <summary>
/// The value of one decision variable in a solution: <see cref="Number"/> is the real value, the whole number, or the
/// category index; <see cref="Text"/> is the number as text or the category label.
/// </summary>
public sealed record DecisionValue(string Name, VariableKind Kind, double Number, string Text)
{
    /// <summary>The category label.</summary>
    /// <exception cref="InvalidOperationException">the variable is not categorical.</exception>
    public string Label => Kind == VariableKind.Categorical
        ? Text
        : throw new InvalidOperationException($"variable '{Name}' is {Kind}, not categorical");

    /// <summary>The whole number.</summary>
    /// <exception cref="InvalidOperationException">the variable is not an integer.</exception>
    public int Integer => Kind == VariableKind.Integer
        ? (int)Number
        : throw new InvalidOperationException($"variable '{Name}' is {Kind}, not integer");

    public override string ToString() => $"{Name}={Text}";
}
