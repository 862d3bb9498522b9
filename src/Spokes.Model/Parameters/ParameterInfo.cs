namespace Spokes.Model.Parameters;

/// <summary>
/// What a model parameter means: its scenario-file key, default, plausible range (used for validation and for
/// ensembles), the mechanism that reads it, and its source or the word "assumption".
/// </summary>
public sealed record ParameterInfo(
    ParameterId Id,
    string Key,
    double Default,
    double Min,
    double Max,
    string Mechanism,
    string Meaning,
    string Source);
