namespace Spokes.Model.Policy;

/// <summary>
/// The U.S. levers, set per year and per ally. Every lever is measured as a departure from the start-year posture,
/// so all-zero levers (and a force posture of 1) reproduce the start year: the status quo.
/// </summary>
public enum Lever
{
    /// <summary>Threats to disengage, 0..1 (cheap talk).</summary>
    Rhetoric,
    /// <summary>Intensity of burden-sharing demands, 0..1: spending toward the demanded share, more host support.</summary>
    Demands,
    /// <summary>Reassurance statements, 0..1 (cheap talk).</summary>
    Reassurance,
    /// <summary>Troops as a multiple of the start-year garrison, 0..2 (costly).</summary>
    ForcePosture,
    /// <summary>Added cooperation, 0..1: joint threat assessment, roles and missions, co-production, exercises (costly).</summary>
    Cooperation,
    /// <summary>Confrontation toward China, −1 (détente) .. 1.</summary>
    Confrontation,
    /// <summary>Formal withdrawal of the commitment, 0..1: 1 ends the guarantee and sends the troops home.</summary>
    Withdrawal,
    /// <summary>U.S. effort to build spoke-to-spoke ties, 0..1.</summary>
    Networking,
}

/// <summary>Range and neutral value of each lever.</summary>
public static class LeverInfo
{
    public static int Count { get; } = Enum.GetValues<Lever>().Length;

    public static double Neutral(Lever lever) => lever == Lever.ForcePosture ? 1.0 : 0.0;

    public static (double Min, double Max) Range(Lever lever) => lever switch
    {
        Lever.ForcePosture => (0.0, 2.0),
        Lever.Confrontation => (-1.0, 1.0),
        _ => (0.0, 1.0),
    };

    /// <summary>The scenario-file key of a lever (camelCase).</summary>
    public static string Key(Lever lever) => char.ToLowerInvariant(lever.ToString()[0]) + lever.ToString()[1..];

    public static Lever? FromKey(string key)
    {
        foreach (var l in Enum.GetValues<Lever>())
            if (Key(l) == key) return l;
        return null;
    }
}
