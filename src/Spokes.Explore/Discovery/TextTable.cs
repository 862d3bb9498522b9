using System.Text;

namespace Spokes.Explore.Discovery;

/// <summary>A plain-text table: a header, rows of cells, columns padded to their widest cell (numbers right-aligned).</summary>
internal sealed class TextTable
{
    private readonly string[] _header;
    private readonly bool[] _right;
    private readonly List<string[]> _rows = new();

    public TextTable(params (string Name, bool Right)[] columns)
    {
        _header = columns.Select(c => c.Name).ToArray();
        _right = columns.Select(c => c.Right).ToArray();
    }

    public void Add(params string[] cells)
    {
        if (cells.Length != _header.Length) throw new ArgumentException($"{cells.Length} cells for {_header.Length} columns");
        _rows.Add(cells);
    }

    public void WriteTo(StringBuilder sb)
    {
        var width = _header.Select((h, j) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[j].Length))).ToArray();
        Line(sb, _header, width);
        sb.AppendLine(string.Join("  ", width.Select(w => new string('-', w))));
        foreach (var r in _rows) Line(sb, r, width);
    }

    private void Line(StringBuilder sb, string[] cells, int[] width) =>
        sb.AppendLine(string.Join("  ", cells.Select((c, j) => _right[j] ? c.PadLeft(width[j]) : c.PadRight(width[j]))).TrimEnd());
}
