using System.Globalization;
using System.Text.Json;
using Spokes.Model.Outputs;

namespace Spokes.Scenarios.Export;

/// <summary>
/// Full trajectories as CSV in long format (scenario, year, actor, variable, value) and as JSON. Numbers use the
/// shortest round-trip form in the invariant culture, so the same run always gives the same bytes.
/// </summary>
public static class TrajectoryExport
{
    public static void WriteCsv(Trajectory t, string scenario, TextWriter w)
    {
        w.Write("scenario,year,actor,variable,value\n");
        for (int y = t.StartYear; y <= t.EndYear; y++)
            for (int r = 0; r < t.RowIds.Count; r++)
                foreach (var info in VariableInfo.All)
                    if (t.Has(r, info.Variable))
                        w.Write($"{Csv(scenario)},{y},{t.RowIds[r]},{info.Key},{t[y, r, info.Variable].ToString("R", CultureInfo.InvariantCulture)}\n");
    }

    public static void WriteJson(Trajectory t, string scenario, int seed, TextWriter w)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("scenario", scenario);
            json.WriteNumber("seed", seed);
            json.WriteNumber("startYear", t.StartYear);
            json.WriteNumber("endYear", t.EndYear);
            json.WriteStartArray("rows");
            for (int r = 0; r < t.RowIds.Count; r++)
            {
                json.WriteStartObject();
                json.WriteString("actor", t.RowIds[r]);
                json.WriteString("kind", t.RowKinds[r].ToString().ToLowerInvariant());
                json.WriteStartObject("variables");
                foreach (var info in VariableInfo.All)
                {
                    if (!t.Has(r, info.Variable)) continue;
                    json.WriteStartArray(info.Key);
                    for (int y = t.StartYear; y <= t.EndYear; y++) json.WriteNumberValue(t[y, r, info.Variable]);
                    json.WriteEndArray();
                }
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        w.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        w.Write('\n');
    }

    private static string Csv(string s) => s.Contains(',') || s.Contains('"') ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
