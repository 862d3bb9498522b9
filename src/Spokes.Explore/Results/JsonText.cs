using System.Text.Json;

namespace Spokes.Explore.Results;

/// <summary>
/// The small JSON files of a run's `.partial/` folder (manifest, checkpoint), written with <see cref="Utf8JsonWriter"/>
/// and read with <see cref="JsonDocument"/>: both are precompiled in System.Text.Json, where the serialiser (by
/// reflection, or source-generated) compiled about 50 generic methods at every run's start, part of the fixed cost
/// that weighed on short explorations (docs/performance.md, "Less to compile in `explore`'s writer"). The text is what
/// <see cref="JsonSerializer"/> wrote with default options, byte for byte (the manifest's text is pinned by a test).
/// </summary>
internal static class JsonText
{
    /// <summary>One object, compact, as text.</summary>
    public static string Write(Action<Utf8JsonWriter> properties)
    {
        using var buffer = new MemoryStream();
        Write(buffer, properties);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>One object, compact, to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, Action<Utf8JsonWriter> properties)
    {
        using var w = new Utf8JsonWriter(stream);
        w.WriteStartObject();
        properties(w);
        w.WriteEndObject();
    }

    /// <summary>A string value; JSON null or another kind is a malformed file (caught by <see cref="Read"/>).</summary>
    public static string String(JsonElement e) =>
        e.ValueKind == JsonValueKind.String ? e.GetString()! : throw new InvalidOperationException($"a string was expected, not {e.ValueKind}");

    /// <returns>null when <paramref name="json"/> is not JSON or lacks what <paramref name="read"/> asks of it.</returns>
    public static T? Read<T>(string json, Func<JsonElement, T> read) where T : class
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return read(document.RootElement);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
