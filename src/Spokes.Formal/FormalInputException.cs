namespace Spokes.Formal;

/// <summary>
/// Bad input in a bargaining or landscape file: names the file, line, column and field so it can be fixed without
/// a debugger. <see cref="Exception.Message"/> reads <c>file:line:column: field 'x': problem</c>; a zero line or
/// column is left out (<c>file: problem</c> when the whole file is wrong). The CLI prints the message after
/// <c>error: </c> and exits with code 2.
/// </summary>
public sealed class FormalInputException : Exception
{
    public FormalInputException(string file, int line, int column, string field, string problem)
        : base(Format(file, line, column, field, problem))
    {
        File = file;
        Line = line;
        Column = column;
        Field = field;
        Problem = problem;
    }

    /// <summary>The file as the user named it.</summary>
    public string File { get; }

    /// <summary>1-based line, or 0 when the problem concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>1-based column, or 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>The field (CSV column or YAML key) at fault; empty when none applies.</summary>
    public string Field { get; }

    /// <summary>What is wrong, in words.</summary>
    public string Problem { get; }

    private static string Format(string file, int line, int column, string field, string problem)
    {
        var where = line > 0 ? column > 0 ? $"{file}:{line}:{column}" : $"{file}:{line}" : file;
        return string.IsNullOrEmpty(field) ? $"{where}: {problem}" : $"{where}: field '{field}': {problem}";
    }
}
