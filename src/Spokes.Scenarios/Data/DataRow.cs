namespace Spokes.Scenarios.Data;

/// <summary>One figure of data/baseline.csv, with where it came from (file and line) for error messages.</summary>
public sealed record DataRow(string Actor, int Year, string Indicator, double Value, double Low, double High,
    string Unit, string Source, string File, int Line);

/// <summary>One row of data/actors.csv.</summary>
public sealed record ActorRow(string Id, string Name, string Role, string Source, string File, int Line);

/// <summary>One row of data/ties.csv: an undirected spoke-to-spoke tie.</summary>
public sealed record TieRow(string A, string B, int Year, double Weight, double Low, double High, string Source, string File, int Line);
