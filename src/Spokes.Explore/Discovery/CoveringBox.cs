namespace Spokes.Explore.Discovery;

/// <summary>One box of a covering sequence: its number (from 1), the search that found it, and the chosen box.</summary>
public sealed record CoveringBox(int Number, PrimResult Search, SelectedBox Selected);
