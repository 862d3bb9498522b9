namespace Spokes.Model.Policy;

/// <summary>
/// The U.S. levers, set per year and per ally. Every lever is measured as a departure from the start-year posture,
/// so all-zero levers (and a force posture of 1) reproduce the start year: the status quo. The essay's remedy is four
/// activities — "jointly assess threats, define roles and missions, deepen defense industrial cooperation, and
/// develop and exercise new concepts of operations" (Cooper 2016) — so each is a lever with its own channel.
/// </summary>
public enum Lever
{
    /// <summary>Threats to disengage, 0..1 (cheap talk).</summary>
    Rhetoric,
    /// <summary>Intensity of burden-sharing demands, 0..1: spending toward the demanded share, more host support.</summary>
    Demands,
    /// <summary>Reassurance statements, 0..1 (cheap talk, but it costs presidential attention).</summary>
    Reassurance,
    /// <summary>Troops as a multiple of the start-year garrison, 0..2 (costly).</summary>
    ForcePosture,
    /// <summary>Joint threat assessment and intelligence sharing, 0..1: threat perception and discounting.</summary>
    ThreatAssessment,
    /// <summary>Agreed roles and missions, 0..1: less duplication, negotiated spending.</summary>
    RolesAndMissions,
    /// <summary>Defence-industrial cooperation (co-development, co-production), 0..1: capability efficiency and cost.</summary>
    IndustrialCooperation,
    /// <summary>Combined exercises and new concepts of operations, 0..1: interoperability and response time.</summary>
    Exercises,
    /// <summary>Confrontation toward China, −1 (détente) .. 1.</summary>
    Confrontation,
    /// <summary>Formal withdrawal of the commitment, 0..1: 1 ends the guarantee and sends the troops home.</summary>
    Withdrawal,
    /// <summary>U.S. effort to build spoke-to-spoke ties, 0..1.</summary>
    Networking,
    /// <summary>U.S. non-proliferation pressure on the ally, 0..1 (what stopped Seoul's programme in 1975–76).</summary>
    NonProliferationPressure,
}

/// <summary>Range and neutral value of each lever, and the scenario-file keys (one per lever, plus composites).</summary>
public static class LeverInfo
{
    public static int Count { get; } = Enum.GetValues<Lever>().Length;

    /// <summary>The four activities of the essay's remedy, which the composite key <c>cooperation</c> sets together.</summary>
    public static IReadOnlyList<Lever> CooperationActivities { get; } =
        [Lever.ThreatAssessment, Lever.RolesAndMissions, Lever.IndustrialCooperation, Lever.Exercises];

    /// <summary>The composite key that sets the four cooperation activities to one value.</summary>
    public const string CooperationKey = "cooperation";

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

    /// <summary>The levers a key sets: one lever, the four activities for <c>cooperation</c>, or none when unknown.</summary>
    public static IReadOnlyList<Lever> LeversOfKey(string key) =>
        key == CooperationKey ? CooperationActivities : FromKey(key) is { } l ? [l] : [];

    /// <summary>Every key a scenario may use, the composite included.</summary>
    public static IEnumerable<string> AllKeys => Enum.GetValues<Lever>().Select(Key).Append(CooperationKey);
}
