using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Spokes.Scenarios;

/// <summary>
/// Typed reads of YAML nodes for scenario and experiment files: each failure is an <see cref="InputException"/>
/// with the node's line and column and the field's dotted name.
/// </summary>
public static class YamlFields
{
    public static YamlMappingNode Mapping(YamlNode node, string file, string field) =>
        node as YamlMappingNode ?? throw Error(node, file, field, "must be a mapping of key: value");

    /// <summary>The name of a mapping key; YAML also allows a list or a mapping as a key ("? - x"), which no Spokes file uses.</summary>
    public static string Key(YamlNode node, string file, string within) =>
        node is YamlScalarNode { Value: var s } ? s ?? "" : throw Error(node, file, within, "a key must be a plain name, not a list or a mapping");

    public static string Text(YamlNode node, string file, string field) =>
        node is YamlScalarNode { Value: { Length: > 0 } s } ? s : throw Error(node, file, field, "must be a non-empty text");

    public static double Number(YamlNode node, string file, string field, double min, double max)
    {
        var s = Text(node, file, field);
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
            throw Error(node, file, field, $"'{s}' is not a number");
        if (v < min || v > max) throw Error(node, file, field, $"{s} is outside its range [{min.ToString(CultureInfo.InvariantCulture)}, {max.ToString(CultureInfo.InvariantCulture)}]");
        return v;
    }

    public static int Integer(YamlNode node, string file, string field, int min, int max)
    {
        var s = Text(node, file, field);
        if (!int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v))
            throw Error(node, file, field, $"'{s}' is not a whole number");
        if (v < min || v > max) throw Error(node, file, field, $"{v} is outside [{min}, {max}]");
        return v;
    }

    public static int Year(YamlNode node, string file, string field) => Integer(node, file, field, 1800, 2200);

    public static bool Boolean(YamlNode node, string file, string field) =>
        Text(node, file, field) switch
        {
            "true" => true,
            "false" => false,
            var s => throw Error(node, file, field, $"'{s}' must be true or false"),
        };

    public static InputException Error(YamlNode node, string file, string field, string problem) =>
        new(file, (int)node.Start.Line, (int)node.Start.Column, field, problem);
}
