using System.Text;

namespace Spokes.Cli;

/// <summary>A plain, fixed-width text table: first column left-aligned, the rest right-aligned (numbers) unless
/// <see cref="TextColumns"/> names them as text, which reads better left-aligned.</summary>
internal sealed class TextTable
{
    private readonly List<string[]> _rows = [];
    private readonly string[] _header;

    public TextTable(params string[] header) => _header = header;

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
        var sb = new StringBuilder();
        void Line(string[] row)
        {
            for (int c = 0; c < row.Length; c++)
            {
                if (c > 0) sb.Append("  ");
                bool last = c == row.Length - 1;
                sb.Append(c == 0 || TextColumns.Contains(c) ? (last ? row[c] : row[c].PadRight(widths[c])) : row[c].PadLeft(widths[c]));
            }
            sb.Append('\n');
        }
        Line(_header);
        sb.Append(string.Join("  ", widths.Select(w => new string('-', w)))).Append('\n');
        foreach (var r in _rows) Line(r);
        return sb.ToString();
    }
}
