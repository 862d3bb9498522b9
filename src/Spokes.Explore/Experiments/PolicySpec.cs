using Spokes.Scenarios;

namespace Spokes.Explore.Experiments;

/// <summary>A U.S. policy to evaluate across the scenarios: a preset posture plus lever overrides (EMA's "policy").</summary>
public sealed record PolicySpec(string Name, string Posture, IReadOnlyList<LeverOverride> Levers);
