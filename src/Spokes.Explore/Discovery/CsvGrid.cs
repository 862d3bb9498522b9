using System.Text;
using Spokes.Scenarios;

namespace Spokes.Explore.Discovery;

/// <summary>One field of a CSV file and where it starts (1-based line and column).</summary>
internal readonly record struct CsvField(string Text, int Line, int Column);

/// <summary>
/// A minimal RFC 4180 reader that remembers where every field starts: comma-separated; a field may be quoted with
/// <c>"</c> (a doubled quote inside is one quote; a quoted field may span lines); blank lines are skipped; spaces
/// around unquoted fields are trimmed. The first record is the header. Every record must have as many fields as the
/// header. Errors are <see cref="InputException"/>s naming file, line and column.
/// </summary>
internal sealed class CsvGrid
{
    private CsvGrid(string file, CsvField[] header, CsvField[][] rows)
    {
        File = file;
        Header = header;
        Rows = rows;
    }

    public string File { get; }
    public CsvField[] Header { get; }
    public CsvField[][] Rows { get; }

    /// <exception cref="InputException">empty file, malformed quoting, or a record with the wrong number of fields.</exception>
    public static CsvGrid Parse(string text, string file)
    {
        var records = new List<CsvField[]>();
        var record = new List<CsvField>();
        var field = new StringBuilder();
        int line = 1, column = 1, i = 0;
        if (text.Length > 0 && text[0] == '\uFEFF') i = 1;
        while (i <= text.Length)
        {
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
            record.Add(new CsvField(quoted ? field.ToString() : field.ToString().TrimEnd(), fieldLine, fieldColumn));
            if (i < text.Length && text[i] == ',') { i++; column++; continue; }
            if (i < text.Length && text[i] == '\r') i++;
            if (i < text.Length && text[i] == '\n') i++;
            bool blank = record.Count == 1 && !quoted && record[0].Text.Length == 0;
            if (!blank) records.Add(record.ToArray());
            record.Clear();
            line++; column = 1;
            if (i >= text.Length) break;
        }
        if (records.Count == 0) throw new InputException(file, 0, 0, "", "the file is empty: a header line is needed");
        var header = records[0];
        foreach (var r in records.Skip(1))
            if (r.Length != header.Length)
                throw new InputException(file, r[0].Line, 0, "",
                    $"the record has {r.Length} fields but the header has {header.Length}");
        return new CsvGrid(file, header, records.Skip(1).ToArray());
    }
}
