using System.Text;

namespace Spokes.Explore.Formatting;

/// <summary>
/// A plain, fixed-width text table for the command line and the analysis reports: text columns left-aligned, numbers
/// right-aligned. Under a width limit (<see cref="MaxWidth"/>) the widest text columns narrow and their cells wrap at
/// spaces; if the table is still too wide, headers wrap too (at spaces and between camelCase words), down to their
/// longest word or widest cell, so a table of many numeric columns stays readable in a terminal.
/// </summary>
public sealed class TextTable
{
    private readonly List<string[]> _rows = [];
    private readonly string[] _header;
    private readonly bool[]? _right;

    /// <summary>A table whose first column and <see cref="TextColumns"/> are text (left-aligned), the rest numbers.</summary>
    public TextTable(params string[] header) => _header = header;

    /// <summary>A table with each column's alignment given (true: right-aligned).</summary>
    public TextTable(params (string Name, bool Right)[] columns)
    {
        _header = columns.Select(c => c.Name).ToArray();
        _right = columns.Select(c => c.Right).ToArray();
    }

    /// <summary>Widest line, characters: beyond it the widest text columns narrow and their cells wrap at spaces onto
    /// further lines of the row, then headers wrap. Null: no limit.</summary>
    public int? MaxWidth { get; init; }

    /// <summary>Columns (by index) of text, left-aligned like the first (with the header-only constructor).</summary>
    public IReadOnlyCollection<int> TextColumns { get; init; } = [];

    public void Add(params string[] cells)
    {
        if (cells.Length != _header.Length) throw new ArgumentException($"{cells.Length} cells for {_header.Length} columns");
        _rows.Add(cells);
    }

    private bool IsText(int c) => _right is { } right ? !right[c] : c == 0 || TextColumns.Contains(c);

    public void WriteTo(StringBuilder sb) => sb.Append(ToString().Replace("\n", Environment.NewLine));

    public override string ToString()
    {
        var widths = new int[_header.Length];
        foreach (var row in _rows.Prepend(_header))
            for (int c = 0; c < row.Length; c++) widths[c] = Math.Max(widths[c], row[c].Length);
        int Total() => widths.Sum() + 2 * (widths.Length - 1);
        if (MaxWidth is { } max)
        {
            // First the widest text column, one character at a time, down to 20 at least; its cells then wrap at
            // spaces onto further lines of the same row.
            while (Total() > max
                   && Enumerable.Range(0, widths.Length).Where(c => IsText(c) && widths[c] > 20).OrderByDescending(c => widths[c]).FirstOrDefault(-1) is var widest and >= 0)
                widths[widest]--;
            // Then headers wider than their cells, down to their longest word: the header wraps, the numbers do not.
            var floor = widths.Select((w, c) => Math.Min(w, Math.Max(_rows.Count == 0 ? 0 : _rows.Max(r => r[c].Length), HeaderWords(_header[c]).Max(p => p.Trim().Length)))).ToArray();
            while (Total() > max
                   && Enumerable.Range(0, widths.Length).Where(c => widths[c] > floor[c]).OrderByDescending(c => widths[c] - floor[c]).FirstOrDefault(-1) is var roomiest and >= 0)
                widths[roomiest]--;
        }
        var sb = new StringBuilder();
        void Line(string[] row, bool header)
        {
            var cells = row.Select((cell, c) => cell.Length <= widths[c] ? [cell] : header ? WrapHeader(cell, widths[c]) : Wrap(cell, widths[c])).ToArray();
            int height = cells.Max(p => p.Count);
            for (int k = 0; k < height; k++)
            {
                var line = new StringBuilder();
                for (int c = 0; c < row.Length; c++)
                {
                    if (c > 0) line.Append("  ");
                    var piece = k < cells[c].Count ? cells[c][k] : "";
                    line.Append(IsText(c) ? piece.PadRight(widths[c]) : piece.PadLeft(widths[c]));
                }
                sb.Append(line.ToString().TrimEnd()).Append('\n');
            }
        }
        Line(_header, header: true);
        sb.Append(string.Join("  ", widths.Select(w => new string('-', w)))).Append('\n');
        foreach (var r in _rows) Line(r, header: false);
        return sb.ToString();
    }

    /// <summary>A header split where it may wrap: after a space (kept on the left piece) and before a capital that
    /// follows a lower-case letter ("threatAssessment" → "threat", "Assessment").</summary>
    private static List<string> HeaderWords(string header)
    {
        var words = new List<string>();
        int start = 0;
        for (int i = 1; i < header.Length; i++)
            if (header[i - 1] == ' ' || (char.IsUpper(header[i]) && char.IsLower(header[i - 1])))
            {
                words.Add(header[start..i]);
                start = i;
            }
        words.Add(header[start..]);
        return words;
    }

    /// <summary>A header packed greedily into lines of at most <paramref name="width"/> characters at its word breaks.</summary>
    private static List<string> WrapHeader(string header, int width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in HeaderWords(header))
        {
            if (line.Length > 0 && (line + word).TrimEnd().Length > width)
            {
                lines.Add(line.TrimEnd());
                line = "";
            }
            line += word;
        }
        lines.Add(line.TrimEnd());
        return lines.SelectMany(l => l.Length > width ? Wrap(l, width) : [l]).ToList();
    }

    /// <summary>A line of prose (a verdict, an event) wrapped at spaces to <paramref name="width"/> characters, each
    /// further line indented by <paramref name="indent"/> spaces, ending in a newline.</summary>
    public static string Paragraph(string text, int width, int indent)
    {
        var first = Wrap(text, width)[0];
        var sb = new StringBuilder(first).Append('\n');
        var rest = text[first.Length..].TrimStart(' ');
        if (rest.Length > 0)
            foreach (var piece in Wrap(rest, width - indent)) sb.Append(' ', indent).Append(piece).Append('\n');
        return sb.ToString();
    }

    /// <summary>Splits <paramref name="text"/> into pieces of at most <paramref name="width"/> characters, at spaces
    /// where it can (a longer word is cut).</summary>
    public static List<string> Wrap(string text, int width)
    {
        var pieces = new List<string>();
        var rest = text;
        while (rest.Length > width)
        {
            int cut = rest.LastIndexOf(' ', width);
            if (cut <= 0) { pieces.Add(rest[..width]); rest = rest[width..]; continue; }
            pieces.Add(rest[..cut]);
            rest = rest[(cut + 1)..];
        }
        pieces.Add(rest);
        return pieces;
    }
}
