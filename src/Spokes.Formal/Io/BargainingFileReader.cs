using YamlDotNet.RepresentationModel;
using Spokes.Formal.Bargaining;

namespace Spokes.Formal.Io;

/// <summary>
/// Reads the actors of a bargaining problem from CSV or YAML (chosen by the extension: .csv, or .yaml/.yml).
/// Capability is any number ≥ 0 (only ratios matter), position any finite number on the issue scale, salience on
/// Bueno de Mesquita's 0–100 scale (stored as s/100). Names must be unique, there must be at least two actors and at
/// least one with capability and salience above zero. Any problem is a <see cref="InputException"/> naming the
/// file, line, column and field.
/// </summary>
/// <example>CSV:<code>
/// actor,capability,position,salience
/// Netherlands,0.08,4,80
/// </code>YAML:<code>
/// name: european-community      # optional
/// description: free text         # optional
/// actors:
///   - {actor: Netherlands, capability: 0.08, position: 4, salience: 80}
/// </code></example>
public static class BargainingFileReader
{
    /// <summary>The CSV columns, in this order.</summary>
    public static readonly string[] Columns = ["actor", "capability", "position", "salience"];

    /// <summary>The largest salience on the file scale.</summary>
    public const double SalienceScale = 100;

    private static readonly string[] RootKeys = ["name", "description", "actors"];

    /// <summary>Largest bargaining file accepted, bytes (a file of <see cref="MaxActors"/> actors needs a few KiB).</summary>
    public const int MaxFileBytes = 1 << 20;

    /// <summary>Most actors accepted: a round costs n³ expected-utility terms (docs/reliability.md), and the published
    /// applications have 10–80 actors.</summary>
    public const int MaxActors = 500;

    public static IReadOnlyList<BargainingActor> Load(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is not (".csv" or ".yaml" or ".yml"))
            throw new InputException(path, 0, 0, "", $"unknown file type '{ext}' (use .csv, .yaml or .yml)");
        var text = BoundedFile.ReadText(path, "bargaining", MaxFileBytes);
        return ext == ".csv" ? ParseCsv(text, path) : ParseYaml(text, path);
    }

    public static IReadOnlyList<BargainingActor> ParseCsv(string text, string file)
    {
        var table = CsvTable.Parse(text, file);
        for (int c = 0; c < Math.Max(Columns.Length, table.Header.Count); c++)
        {
            if (c >= table.Header.Count)
                throw new InputException(file, table.Header[0].Line, 0, Columns[c], $"missing column (the header must read {string.Join(",", Columns)})");
            var h = table.Header[c];
            if (c >= Columns.Length)
                throw new InputException(file, h.Line, h.Column, h.Text, $"unknown column (the header must read {string.Join(",", Columns)})");
            if (!string.Equals(h.Text, Columns[c], StringComparison.OrdinalIgnoreCase))
                throw new InputException(file, h.Line, h.Column, Columns[c], $"column {c + 1} is '{h.Text}' (the header must read {string.Join(",", Columns)})");
        }
        var actors = new List<BargainingActor>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        if (table.Rows.Count > MaxActors)
            throw new InputException(file, table.Rows[MaxActors][0].Line, 0, "actors", $"more than {MaxActors} actors");
        foreach (var row in table.Rows)
        {
            if (row.Count != Columns.Length)
                throw new InputException(file, row[0].Line, row[^1].Column, row.Count < Columns.Length ? Columns[row.Count] : "",
                    $"{row.Count} fields where {Columns.Length} are expected");
            actors.Add(Actor(file, seen, row[0].Text, row[0].Line, row[0].Column,
                (row[1].Text, row[1].Line, row[1].Column), (row[2].Text, row[2].Line, row[2].Column), (row[3].Text, row[3].Line, row[3].Column)));
        }
        return Finish(actors, file, table.Header[0].Line);
    }

    public static IReadOnlyList<BargainingActor> ParseYaml(string text, string file)
    {
        var root = YamlText.LoadMapping(text, file, "the file must be a YAML mapping with the key 'actors'");
        YamlSequenceNode? list = null;
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case "name" or "description":
                    if (value is not YamlScalarNode) throw Error(value, file, key, "must be text");
                    break;
                case "actors":
                    list = value as YamlSequenceNode ?? throw Error(value, file, key, "must be a list of actors");
                    break;
                default:
                    throw Error(keyNode, file, key, $"unknown key (known: {string.Join(", ", RootKeys)})");
            }
        }
        if (list is null) throw new InputException(file, (int)root.Start.Line, (int)root.Start.Column, "actors", "missing");
        if (list.Children.Count > MaxActors) throw Error(list.Children[MaxActors], file, "actors", $"more than {MaxActors} actors");
        var actors = new List<BargainingActor>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode map) throw Error(item, file, "actors", "each actor must be a mapping {actor, capability, position, salience}");
            var fields = new Dictionary<string, YamlScalarNode>();
            foreach (var (k, v) in map.Children)
            {
                var name = (k as YamlScalarNode)?.Value ?? "";
                if (!Columns.Contains(name)) throw Error(k, file, name, $"unknown key (known: {string.Join(", ", Columns)})");
                if (fields.ContainsKey(name)) throw Error(k, file, name, "given twice");
                fields[name] = v as YamlScalarNode ?? throw Error(v, file, name, "must be a single value");
            }
            foreach (var c in Columns)
                if (!fields.ContainsKey(c)) throw Error(map, file, c, "missing");
            (string, int, int) At(string c) => (fields[c].Value ?? "", (int)fields[c].Start.Line, (int)fields[c].Start.Column);
            var (name0, l0, c0) = At("actor");
            actors.Add(Actor(file, seen, name0, l0, c0, At("capability"), At("position"), At("salience")));
        }
        return Finish(actors, file, (int)list.Start.Line);
    }

    private static BargainingActor Actor(string file, Dictionary<string, int> seen, string name, int line, int column,
        (string Text, int Line, int Column) capability, (string Text, int Line, int Column) position, (string Text, int Line, int Column) salience)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new InputException(file, line, column, "actor", "missing name");
        if (seen.TryGetValue(name, out var first)) throw new InputException(file, line, column, "actor", $"'{name}' is already listed at line {first}");
        seen[name] = line;
        double c = FieldParser.Number(capability.Text, file, capability.Line, capability.Column, "capability", 0, double.MaxValue);
        double x = FieldParser.Number(position.Text, file, position.Line, position.Column, "position", double.MinValue, double.MaxValue);
        double s = FieldParser.Number(salience.Text, file, salience.Line, salience.Column, "salience", 0, SalienceScale);
        return new BargainingActor(name, c, x, s / SalienceScale);
    }

    private static IReadOnlyList<BargainingActor> Finish(List<BargainingActor> actors, string file, int line)
    {
        if (actors.Count < 2) throw new InputException(file, line, 0, "actors", $"{actors.Count} actor(s); bargaining needs at least two");
        if (!actors.Any(a => a.Weight > 0)) throw new InputException(file, line, 0, "actors", "no actor has both capability and salience above zero");
        return actors;
    }

    private static InputException Error(YamlNode node, string file, string field, string problem) =>
        new(file, (int)node.Start.Line, (int)node.Start.Column, field, problem);
}
