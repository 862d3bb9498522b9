namespace Spokes.Scenarios;

/// <summary>
/// The one set of colours of every chart, in the reports (src/Spokes.Reports) and on the dashboard (src/Spokes.Web,
/// which receives these as JSON): allies from the Okabe–Ito colour-blind-safe palette (Okabe and Ito 2008, "Color
/// Universal Design"), postures from a separate, darker scheme (after Paul Tol's "muted" scheme) so that no posture
/// shares a colour with an ally, and the alliance indices from a third. Okabe–Ito's sky blue, orange and yellow are
/// left out or darkened: as lines on white they fall below 3:1 contrast (WCAG 2.1, non-text contrast). Checked under
/// simulated deuteranopia (Machado et al. 2009): every two allies differ by a CIELAB ΔE of at least 18.
/// </summary>
public static class Palette
{
    /// <summary>The six spokes of the built-in data (data/actors.csv).</summary>
    public static IReadOnlyDictionary<string, string> Allies { get; } = new Dictionary<string, string>
    {
        ["JPN"] = "#0072B2", // blue
        ["KOR"] = "#D55E00", // vermillion
        ["AUS"] = "#000000", // black
        ["PHL"] = "#CC79A7", // reddish purple
        ["THA"] = "#009E73", // bluish green
        ["TWN"] = "#7F6A00", // Okabe–Ito yellow, darkened to 5.3:1
    };

    /// <summary>Colours for actors a scenario adds (in their order), cycled.</summary>
    public static IReadOnlyList<string> Extra { get; } = ["#56B4E9", "#E69F00", "#5A5A5A", "#8C2D04"];

    /// <summary>The six posture presets.</summary>
    public static IReadOnlyDictionary<string, string> Postures { get; } = new Dictionary<string, string>
    {
        ["status-quo"] = "#555555",
        ["threaten"] = "#882255",
        ["threaten-and-act"] = "#332288",
        ["reassure"] = "#117733",
        ["commit-and-cooperate"] = "#2F8F84",
        ["withdraw"] = "#999933",
    };

    /// <summary>The alliance indices (the dashboard's index chart).</summary>
    public static IReadOnlyDictionary<string, string> Indices { get; } = new Dictionary<string, string>
    {
        ["discounting"] = "#1F4E79",
        ["distancing"] = "#A93226",
        ["duplication"] = "#7D6608",
        ["burden_share"] = "#1E8449",
    };

    /// <summary>Neutral ink for a policy or run that is none of the above.</summary>
    public const string Neutral = "#333333";

    /// <summary>The colour of an ally: its own, else the <paramref name="index"/>-th extra colour.</summary>
    public static string Ally(string id, int index) => Allies.TryGetValue(id, out var c) ? c : Extra[((index % Extra.Count) + Extra.Count) % Extra.Count];

    /// <summary>The colour of a posture (or of a policy named after one); neutral otherwise.</summary>
    public static string Posture(string name) => Postures.TryGetValue(name, out var c) ? c : Neutral;
}
