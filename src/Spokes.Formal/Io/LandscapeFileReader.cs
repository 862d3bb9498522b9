using Spokes.Formal.Landscape;

namespace Spokes.Formal.Io;

/// <summary>
/// Reads a landscape-theory system from CSV: a header <c>actor,size,NAME1,…,NAMEn</c>, then one row per actor in the
/// same order, giving its size s_i &gt; 0 and its propensities p_ij. The matrix must be symmetric (p_ij = p_ji exactly)
/// and its diagonal 0 or empty. Any problem is a <see cref="InputException"/> naming the file, line, column and
/// field.
/// </summary>
/// <example><code>
/// actor,size,USA,JPN,CHN
/// USA,67.3,0,1,-0.8
/// JPN,3.7,1,0,-0.6
/// CHN,21.2,-0.8,-0.6,0
/// </code></example>
public static class LandscapeFileReader
{
    /// <summary>Largest landscape file accepted, bytes: 64 actors with 64 propensities each need far less.</summary>
    public const int MaxFileBytes = 1 << 20;

    public static LandscapeSystem Load(string path)
    {
        return Parse(BoundedFile.ReadText(path, "landscape", MaxFileBytes), path);
    }

    public static LandscapeSystem Parse(string text, string file)
    {
        var table = CsvTable.Parse(text, file);
        var h = table.Header;
        if (h.Count < 2 || !h[0].Text.Equals("actor", StringComparison.OrdinalIgnoreCase) || !h[1].Text.Equals("size", StringComparison.OrdinalIgnoreCase))
            throw new InputException(file, h[0].Line, h[0].Column, "", "the header must begin with actor,size and then name every actor");
        var names = h.Skip(2).Select(c => c.Text).ToArray();
        int n = names.Length;
        if (n < 2 || n > LandscapeSystem.MaxActors)
            throw new InputException(file, h[0].Line, 0, "", $"{n} actors in the header; a landscape needs 2 to {LandscapeSystem.MaxActors}");
        for (int j = 0; j < n; j++)
        {
            if (names[j].Length == 0) throw new InputException(file, h[j + 2].Line, h[j + 2].Column, "actor", "empty actor name in the header");
            int first = Array.IndexOf(names, names[j]);
            if (first < j) throw new InputException(file, h[j + 2].Line, h[j + 2].Column, names[j], "actor named twice in the header");
        }
        if (table.Rows.Count != n)
            throw new InputException(file, table.Rows.Count > 0 ? table.Rows[^1][0].Line : h[0].Line, 0, "",
                $"{table.Rows.Count} rows for the {n} actors of the header: give one row per actor, in header order");

        var sizes = new double[n];
        var p = new double[n, n];
        var cells = new CsvCell[n, n];
        for (int i = 0; i < n; i++)
        {
            var row = table.Rows[i];
            if (row.Count != n + 2)
                throw new InputException(file, row[0].Line, row[^1].Column, "", $"{row.Count} fields where {n + 2} are expected");
            if (row[0].Text != names[i])
                throw new InputException(file, row[0].Line, row[0].Column, "actor", $"row {i + 1} is '{row[0].Text}' but the header's actor {i + 1} is '{names[i]}'");
            sizes[i] = FieldParser.Number(row[1], file, "size", 0, double.MaxValue);
            if (sizes[i] == 0) throw new InputException(file, row[1].Line, row[1].Column, "size", "must be positive");
            for (int j = 0; j < n; j++)
            {
                var cell = row[j + 2];
                cells[i, j] = cell;
                if (i == j)
                {
                    if (cell.Text.Length > 0 && FieldParser.Number(cell, file, names[j], double.MinValue, double.MaxValue) != 0)
                        throw new InputException(file, cell.Line, cell.Column, names[j], "an actor's propensity to itself must be 0 or empty");
                    continue;
                }
                p[i, j] = FieldParser.Number(cell, file, names[j], double.MinValue, double.MaxValue);
            }
        }
        for (int i = 0; i < n; i++)
            for (int j = 0; j < i; j++)
                if (p[i, j] != p[j, i])
                {
                    var c = cells[i, j];
                    var other = cells[j, i];
                    throw new InputException(file, c.Line, c.Column, names[j],
                        $"propensity {names[i]}–{names[j]} is {c.Text} here but {other.Text} at line {other.Line}, column {other.Column}: the matrix must be symmetric");
                }
        return new LandscapeSystem(names, sizes, p);
    }
}
