using System.Globalization;
using Spokes.Model.Parameters;
using Spokes.Scenarios.Export;

namespace Spokes.Scenarios.History;

/// <summary>
/// A parameter file: a YAML mapping `parameters: {key: value}` that any scenario loads with `parameterFile: PATH`
/// (written by `spokes calibrate`). Reading goes through <see cref="ScenarioLoader"/>, so its errors carry lines.
/// </summary>
public static class ParameterFile
{
    public static void Write(string path, IReadOnlyDictionary<ParameterId, double> values, IEnumerable<string> commentLines)
    {
        AtomicFile.Write(path, w =>
        {
            foreach (var line in commentLines) w.Write($"# {line}\n");
            w.Write("parameters:\n");
            foreach (var (id, v) in values.OrderBy(kv => (int)kv.Key))
                w.Write($"  {ParameterCatalog.Get(id).Key}: {v.ToString("R", CultureInfo.InvariantCulture)}\n");
        });
    }

    public static IReadOnlyDictionary<ParameterId, double> Read(string path) => ScenarioLoader.LoadParameterFile(path);
}
