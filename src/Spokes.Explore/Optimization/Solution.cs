namespace Spokes.Explore.Optimization;

/// <summary>A point of the search: its encoded variables, its objectives, and the decoded values. Immutable.</summary>
public sealed class Solution
{
    internal Solution(double[] variables, double[] objectives, IReadOnlyList<DecisionValue> decisions, double violation = 0)
    {
        Variables = variables;
        Objectives = objectives;
        Decisions = decisions;
        ConstraintViolation = violation;
    }

    /// <summary>Sum of the positive constraint values (0: feasible); see <see cref="Problem.WithConstraints"/>.</summary>
    public double ConstraintViolation { get; }

    public bool IsFeasible => ConstraintViolation <= 0;

    /// <summary>The encoded variable vector (real value, whole number, or category index).</summary>
    public IReadOnlyList<double> Variables { get; }

    /// <summary>The objective values (minimised).</summary>
    public IReadOnlyList<double> Objectives { get; }

    /// <summary>The variables decoded: numbers, whole numbers and category labels.</summary>
    public IReadOnlyList<DecisionValue> Decisions { get; }

    /// <summary>The decoded value of one variable.</summary>
    /// <exception cref="KeyNotFoundException">no variable has that name.</exception>
    public DecisionValue this[string name] =>
        Decisions.FirstOrDefault(d => d.Name == name) ?? throw new KeyNotFoundException($"no variable '{name}'");

    public override string ToString() =>
        $"({string.Join(", ", Decisions)}) → ({string.Join(", ", Objectives.Select(o => o.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)))})";
}
