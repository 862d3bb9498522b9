using System.Globalization;

namespace Spokes.Explore.Optimization;

/// <summary>
/// A bound on a named outcome, written <c>OUTCOME&lt;=VALUE</c> or <c>OUTCOME&gt;=VALUE</c>, from a scenario file's
/// <c>experiments.constraints</c> or a <c>--constraint</c> flag. It remembers where it was written (file, line, column,
/// field) so that a name the command does not know can be refused with the place to fix it.
/// </summary>
public sealed record OutcomeBound(string Text, string Outcome, bool AtMost, double Value, string File, int Line, int Column, string Field)
{
    /// <summary>Reads <paramref name="text"/>; the outcome's name is checked later by the command that knows its outcomes.</summary>
    /// <exception cref="InputException">not of the form OUTCOME&lt;=VALUE or OUTCOME&gt;=VALUE with a finite VALUE.</exception>
    public static OutcomeBound Parse(string text, string file, int line, int column, string field)
    {
        int le = text.IndexOf("<=", StringComparison.Ordinal), ge = text.IndexOf(">=", StringComparison.Ordinal);
        int op = le >= 0 ? le : ge;
        if (op <= 0 || text.AsSpan(0, op).Trim().IsEmpty)
            throw new InputException(file, line, column, field, $"'{text}' must read OUTCOME<=VALUE or OUTCOME>=VALUE");
        string value = text[(op + 2)..].Trim();
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
            throw new InputException(file, line, column, field, $"'{value}' is not a finite number");
        return new OutcomeBound(text, text[..op].Trim(), le >= 0, v, file, line, column, field);
    }

    /// <summary>The constraint value g ≤ 0 when satisfied: value − bound for ≤, bound − value for ≥.</summary>
    public double Violation(double outcome) => AtMost ? outcome - Value : Value - outcome;

    /// <summary>The index of <see cref="Outcome"/> among <paramref name="known"/>.</summary>
    /// <exception cref="InputException">an unknown name, reported where the bound was written.</exception>
    public int IndexIn(IReadOnlyList<string> known)
    {
        for (int i = 0; i < known.Count; i++)
            if (known[i] == Outcome) return i;
        throw new InputException(File, Line, Column, Field, $"unknown outcome '{Outcome}' (known: {string.Join(", ", known)})");
    }
}
