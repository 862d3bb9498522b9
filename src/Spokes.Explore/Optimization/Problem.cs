namespace Spokes.Explore.Optimization;

/// <summary>
/// A multi-objective minimisation problem: decision variables and a function from the encoded variable vector (see
/// <see cref="DecisionVariable"/>) to the objective vector. Maximise an objective by returning its negative. The
/// function must be pure (the same input gives the same output) for runs to be reproducible, and thread-safe if
/// <see cref="NsgaOptions.Parallelism"/> is above 1. Immutable.
/// </summary>
public sealed class Problem
{
    private readonly Func<double[], double[]> _evaluate;

    /// <exception cref="ArgumentException">no variables, duplicate variable names, fewer than one objective, or names of the wrong count.</exception>
    public Problem(IReadOnlyList<DecisionVariable> variables, int objectiveCount, Func<double[], double[]> evaluate,
        IReadOnlyList<string>? objectiveNames = null)
    {
        ArgumentNullException.ThrowIfNull(evaluate);
        if (variables.Count == 0) throw new ArgumentException("a problem needs at least one variable", nameof(variables));
        if (variables.Select(v => v.Name).Distinct(StringComparer.Ordinal).Count() != variables.Count)
            throw new ArgumentException("variable names must be unique", nameof(variables));
        Checks.AtLeast(objectiveCount, 1, nameof(objectiveCount));
        objectiveNames ??= Enumerable.Range(0, objectiveCount).Select(i => $"f{i}").ToArray();
        if (objectiveNames.Count != objectiveCount)
            throw new ArgumentException($"{objectiveNames.Count} objective names for {objectiveCount} objectives", nameof(objectiveNames));
        Variables = variables.ToArray();
        ObjectiveCount = objectiveCount;
        ObjectiveNames = objectiveNames.ToArray();
        _evaluate = evaluate;
    }

    private Func<double[], double[], double[]>? _constraints;

    public IReadOnlyList<DecisionVariable> Variables { get; }

    /// <summary>Names of the constraints (empty when there are none).</summary>
    public IReadOnlyList<string> ConstraintNames { get; private init; } = Array.Empty<string>();

    /// <summary>
    /// This problem with constraints g_c(x, f(x)) ≤ 0, computed from the encoded variables and the objectives (so an
    /// outcome can be bounded: distancing ≤ 0.3 is g = f − 0.3). The search then compares solutions by Deb's
    /// constrained domination (Deb, Pratap, Agarwal &amp; Meyarivan 2002, §IV-B): a feasible solution beats an
    /// infeasible one, of two infeasible ones the smaller total violation Σ max(0, g_c) wins, and feasible ones are
    /// compared by Pareto dominance; only feasible solutions enter the archive.
    /// </summary>
    public Problem WithConstraints(IReadOnlyList<string> names, Func<double[], double[], double[]> constraints)
    {
        ArgumentNullException.ThrowIfNull(constraints);
        if (names.Count == 0) throw new ArgumentException("name at least one constraint", nameof(names));
        return new Problem(Variables, ObjectiveCount, _evaluate, ObjectiveNames) { _constraints = constraints, ConstraintNames = names.ToArray() };
    }

    /// <summary>Total violation Σ max(0, g_c) of an evaluated point (0 without constraints).</summary>
    /// <exception cref="InvalidOperationException">the constraint function returned the wrong count or a NaN.</exception>
    public double Violation(IReadOnlyList<double> encoded, double[] objectives)
    {
        if (_constraints is null) return 0;
        var g = _constraints(encoded.ToArray(), (double[])objectives.Clone());
        if (g is null || g.Length != ConstraintNames.Count)
            throw new InvalidOperationException($"the constraint function returned {g?.Length ?? 0} values, not {ConstraintNames.Count}");
        double v = 0;
        for (int c = 0; c < g.Length; c++)
        {
            if (double.IsNaN(g[c])) throw new InvalidOperationException($"constraint '{ConstraintNames[c]}' is NaN");
            if (g[c] > 0) v += g[c];
        }
        return v;
    }

    public int ObjectiveCount { get; }

    public IReadOnlyList<string> ObjectiveNames { get; }

    /// <summary>Evaluates an encoded vector (a copy is passed, so the function may not change the caller's).</summary>
    /// <exception cref="InvalidOperationException">the function returned the wrong number of objectives or a NaN.</exception>
    public double[] Evaluate(IReadOnlyList<double> encoded)
    {
        if (encoded.Count != Variables.Count)
            throw new ArgumentException($"{encoded.Count} values for {Variables.Count} variables", nameof(encoded));
        var f = _evaluate(encoded.ToArray());
        if (f is null || f.Length != ObjectiveCount)
            throw new InvalidOperationException($"the objective function returned {f?.Length ?? 0} values, not {ObjectiveCount}");
        for (int k = 0; k < f.Length; k++)
            if (double.IsNaN(f[k]))
                throw new InvalidOperationException($"objective '{ObjectiveNames[k]}' is NaN at ({string.Join(", ", Decode(encoded))})");
        return (double[])f.Clone();
    }

    /// <summary>The decoded values of an encoded vector.</summary>
    public IReadOnlyList<DecisionValue> Decode(IReadOnlyList<double> encoded) =>
        Variables.Select((v, i) => v.Decode(encoded[i])).ToArray();
}
