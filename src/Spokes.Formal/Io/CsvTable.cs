using System.Text;

namespace Spokes.Formal.Io;

/// <summary>
/// A minimal RFC 4180 reader that remembers where every field starts (its first character after leading blanks):
/// comma-separated, fields may be quoted with <c>"</c> (a doubled quote inside is one quote, and a quoted field may
/// span lines), blank lines are skipped, spaces and tabs around unquoted fields are trimmed. The first row is the
/// header. Nothing is guessed: an unclosed quote or text after a closing quote is an <see cref="InputException"/>.
/// Rows may differ in length: each reader checks the fields it expects and names the missing one.
/// Hand-written rather than CsvHelper (which <c>Spokes.Scenarios</c> uses for the reference data) because error
/// messages here point at the line and column of the offending field, which CsvHelper does not track.
/// </summary>
public sealed class CsvTable
{
    private CsvTable(string file, IReadOnlyList<CsvCell> header, IReadOnlyList<IReadOnlyList<CsvCell>> rows)
    {
        File = file;
        Header = header;
        Rows = rows;
    }

    public string File { get; }
    public IReadOnlyList<CsvCell> Header { get; }
    public IReadOnlyList<IReadOnlyList<CsvCell>> Rows { get; }

    /// <param name="text">the whole file's text.</param>
    /// <param name="file">the file's name, for error messages.</param>
    /// <param name="maxCells">most fields accepted: reading stops with an error at the first field past it, so a large
    /// table is refused before it fills memory (each field costs far more than its characters).</param>
    /// <exception cref="InputException">empty file, malformed quoting, more than <paramref name="maxCells"/> fields.</exception>
    public static CsvTable Parse(string text, string file, long maxCells = long.MaxValue)
    {
        long cells = 0;
        var rows = new List<IReadOnlyList<CsvCell>>();
        var row = new List<CsvCell>();
        var field = new StringBuilder();
        int line = 1, column = 1, i = 0;
        if (text.Length > 0 && text[0] == '\uFEFF') i = 1;
        while (i <= text.Length)
        {
            // Start of a field.
            field.Clear();
            bool quoted = false;
            while (i < text.Length && text[i] is ' ' or '\t') { i++; column++; }
            int fieldLine = line, fieldColumn = column;
            if (i < text.Length && text[i] == '"')
            {
                quoted = true;
                i++; column++;
                while (true)
                {
                    if (i >= text.Length) throw new InputException(file, fieldLine, fieldColumn, "", "unclosed quote");
                    char c = text[i];
                    if (c == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; column += 2; continue; }
                        i++; column++;
                        break;
                    }
                    if (c == '\n') { line++; column = 1; } else column++;
                    field.Append(c);
                    i++;
                }
                while (i < text.Length && text[i] is ' ' or '\t') { i++; column++; }
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    throw new InputException(file, line, column, "", "text after a closing quote");
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n')) { field.Append(text[i]); i++; column++; }
            }
            var cell = new CsvCell(quoted ? field.ToString() : field.ToString().TrimEnd(), fieldLine, fieldColumn);
            if (PrintableText.Problem(cell.Text) is { } problem)
                throw new InputException(file, cell.Line, cell.Column, "", "the field " + problem);
            if (++cells > maxCells) throw new InputException(file, cell.Line, cell.Column, "", $"more than {maxCells} fields in the file");
            row.Add(cell);
            if (i < text.Length && text[i] == ',') { i++; column++; continue; }
            // End of a record (newline or end of text).
            if (i < text.Length && text[i] == '\r') i++;
            if (i < text.Length && text[i] == '\n') i++;
            bool blank = row.Count == 1 && !quoted && row[0].Text.Length == 0;
            if (!blank) rows.Add(row.ToArray());
            row.Clear();
            line++; column = 1;
            if (i >= text.Length) break;
        }
        if (rows.Count == 0) throw new InputException(file, 0, 0, "", "the file is empty: a header line is needed");
        return new CsvTable(file, rows[0], rows.Skip(1).ToArray());
    }
}
