using System.Globalization;

namespace Spokes.Explore.Optimization;

/// <summary>
/// A decision variable (a lever, in EMA Workbench's words). The optimiser works on an encoded vector of doubles: a
/// real variable is its value, an integer variable a whole number, a categorical variable the index of its label.
/// Immutable; build it with <see cref="Real"/>, <see cref="Integer"/> or <see cref="Categorical"/>.
/// </summary>
public sealed class DecisionVariable
{
    private DecisionVariable(string name, VariableKind kind, double min, double max, IReadOnlyList<string> labels)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("a variable needs a name", nameof(name));
        Name = name;
        Kind = kind;
        Min = min;
        Max = max;
        Labels = labels;
    }

    public string Name { get; }

    public VariableKind Kind { get; }

    /// <summary>Lower bound of the encoded value (0 for categorical).</summary>
    public double Min { get; }

    /// <summary>Upper bound of the encoded value (label count − 1 for categorical).</summary>
    public double Max { get; }

    /// <summary>The labels of a categorical variable; empty otherwise.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <exception cref="ArgumentException">bounds not finite or min ≥ max.</exception>
    public static DecisionVariable Real(string name, double min, double max)
    {
        Checks.Finite(min, nameof(min));
        Checks.Finite(max, nameof(max));
        if (!(min < max)) throw new ArgumentException($"variable '{name}': min {min} must be below max {max}", nameof(min));
        return new DecisionVariable(name, VariableKind.Real, min, max, Array.Empty<string>());
    }

    /// <exception cref="ArgumentException">min &gt; max.</exception>
    public static DecisionVariable Integer(string name, int min, int max)
    {
        if (min > max) throw new ArgumentException($"variable '{name}': min {min} must not exceed max {max}", nameof(min));
        return new DecisionVariable(name, VariableKind.Integer, min, max, Array.Empty<string>());
    }

    /// <exception cref="ArgumentException">no labels, or duplicates.</exception>
    public static DecisionVariable Categorical(string name, params string[] labels)
    {
        if (labels.Length == 0) throw new ArgumentException($"variable '{name}' needs at least one label", nameof(labels));
        if (labels.Distinct(StringComparer.Ordinal).Count() != labels.Length)
            throw new ArgumentException($"variable '{name}' has duplicate labels", nameof(labels));
        return new DecisionVariable(name, VariableKind.Categorical, 0, labels.Length - 1, labels.ToArray());
    }

    /// <summary>The decoded value of an encoded one.</summary>
    public DecisionValue Decode(double encoded) => Kind switch
    {
        VariableKind.Real => new DecisionValue(Name, Kind, encoded, encoded.ToString("R", CultureInfo.InvariantCulture)),
        VariableKind.Integer => new DecisionValue(Name, Kind, encoded, ((long)encoded).ToString(CultureInfo.InvariantCulture)),
        _ => new DecisionValue(Name, Kind, encoded, Labels[(int)encoded]),
    };
}
