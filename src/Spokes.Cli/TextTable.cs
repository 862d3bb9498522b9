using System.Text;

namespace Spokes.Cli;

/// <summary>A plain, fixed-width text table: first column left-aligned, the rest right-aligned (numbers) unless
/// <see cref="TextColumns"/> names them as text, which reads better left-aligned.</summary>
internal sealed class TextTable
{
    private readonly List<string[]> _rows = [];
    private readonly string[] _header;

    public TextTable(params string[] header) => _header = header;

    /// <summary>Widest line, characters: beyond it the widest text columns narrow and their cells wrap at spaces onto
    /// further lines of the row. Null: no limit.</summary>
    public int? MaxWidth { get; init; }

    /// <summary>Columns (by index) of text, left-aligned like the first.</summary>
    public IReadOnlyCollection<int> TextColumns { get; init; } = [];

    public void Add(params string[] cells)
    {
        if (cells.Length != _header.Length) throw new ArgumentException("row width differs from header");
        _rows.Add(cells);
    }

    public override string ToString()
    {
        var widths = new int[_header.Length];
        foreach (var row in _rows.Prepend(_header))
            for (int c = 0; c < row.Length; c++) widths[c] = Math.Max(widths[c], row[c].Length);
        // Over the width limit: narrow the widest text column, one character at a time, down to 20 at least;
        // its cells then wrap at spaces onto further lines of the same row.
        if (MaxWidth is { } max)
            while (widths.Sum() + 2 * (widths.Length - 1) > max
                   && TextColumns.Where(c => widths[c] > 20).OrderByDescending(c => widths[c]).FirstOrDefault(-1) is var widest and >= 0)
                widths[widest]--;
        var sb = new StringBuilder();
        void Line(string[] row)
        {
            var cells = row.Select((cell, c) => cell.Length > widths[c] ? Wrap(cell, widths[c]) : [cell]).ToArray();
            int height = cells.Max(p => p.Count);
            for (int k = 0; k < height; k++)
            {
                var line = new StringBuilder();
                for (int c = 0; c < row.Length; c++)
                {
                    if (c > 0) line.Append("  ");
                    var piece = k < cells[c].Count ? cells[c][k] : "";
                    line.Append(c == 0 || TextColumns.Contains(c) ? piece.PadRight(widths[c]) : piece.PadLeft(widths[c]));
                }
                sb.Append(line.ToString().TrimEnd()).Append('\n');
            }
        }
        Line(_header);
        sb.Append(string.Join("  ", widths.Select(w => new string('-', w)))).Append('\n');
        foreach (var r in _rows) Line(r);
        return sb.ToString();
    }

    /// <summary>A line of prose (a verdict, an event) wrapped at spaces to <paramref name="width"/> characters, each
    /// further line indented by <paramref name="indent"/> spaces, ending in a newline.</summary>
    internal static string Paragraph(string text, int width, int indent)
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
    internal static List<string> Wrap(string text, int width)
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
