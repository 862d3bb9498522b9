namespace Spokes.Model.Policy;

/// <summary>A named U.S. posture: a rule that fills a lever schedule from the year after the start.</summary>
public sealed record Preset(string Name, string Description, Action<LeverSchedule> Apply);

/// <summary>
/// The six postures the essay compares. Every one starts in the first simulated year (start + 1); a scenario can
/// override any lever in any year for any ally afterwards.
/// </summary>
public static class Presets
{
    public static IReadOnlyList<Preset> All { get; } =
    [
        new("status-quo", "the start-year posture, unchanged", _ => { }),
        new("threaten", "threats to disengage (rhetoric 0.8) and burden-sharing demands (0.8); no action", s =>
        {
            s.SetRange(s.StartYear + 1, Lever.Rhetoric, 0.8);
            s.SetRange(s.StartYear + 1, Lever.Demands, 0.8);
        }),
        new("threaten-and-act", "threaten, then cut every garrison to half over three years", s =>
        {
            s.SetRange(s.StartYear + 1, Lever.Rhetoric, 0.8);
            s.SetRange(s.StartYear + 1, Lever.Demands, 0.8);
            s.Ramp(s.StartYear + 1, s.StartYear + 3, Lever.ForcePosture, 0.83, 0.5);
        }),
        new("reassure", "reassurance statements (0.8), no demands", s =>
            s.SetRange(s.StartYear + 1, Lever.Reassurance, 0.8)),
        new("commit-and-cooperate", "the four cooperation activities at 0.8 (joint threat assessment, roles and missions, industrial cooperation, exercises), moderate demands (0.3), spoke-to-spoke networking (0.5), posture kept", s =>
        {
            s.SetCooperationRange(s.StartYear + 1, 0.8);
            s.SetRange(s.StartYear + 1, Lever.Demands, 0.3);
            s.SetRange(s.StartYear + 1, Lever.Networking, 0.5);
        }),
        new("withdraw", "formal withdrawal phased in over five years; troops go home", s =>
            s.Ramp(s.StartYear + 1, s.StartYear + 5, Lever.Withdrawal, 0.2, 1.0)),
    ];

    public static Preset? Find(string name) => All.FirstOrDefault(p => p.Name == name);
}
