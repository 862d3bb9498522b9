namespace Spokes;

/// <summary>
/// Bad input from a file the user gave: names the file, line, column and field so it can be fixed without a
/// debugger. The CLI prints <see cref="Exception.Message"/> and exits with code 2. Shared by every reader of user files
/// (scenarios, data, experiment designs, bargaining and landscape inputs).
/// </summary>
public sealed class InputException : Exception
{
    public InputException(string file, int line, int column, string field, string problem)
        : base(Format(file, line, column, field, problem))
    {
        File = file;
        Line = line;
        Column = column;
        Field = field;
        Problem = problem;
    }

    public string File { get; }
    public int Line { get; }
    public int Column { get; }
    public string Field { get; }
    public string Problem { get; }

    private static string Format(string file, int line, int column, string field, string problem)
    {
        var where = line > 0 ? column > 0 ? $"{file}:{line}:{column}" : $"{file}:{line}" : file;
        return string.IsNullOrEmpty(field) ? $"{where}: {problem}" : $"{where}: field '{field}': {problem}";
    }
}
