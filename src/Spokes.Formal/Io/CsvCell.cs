namespace Spokes.Formal.Io;

/// <summary>One CSV field with where it starts in the file (1-based line and column), for error messages.</summary>
public readonly record struct CsvCell(string Text, int Line, int Column);
