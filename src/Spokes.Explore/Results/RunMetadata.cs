using System.Security.Cryptography;
using System.Text.Json;
using Spokes.Explore.Experiments;
using Spokes.Scenarios.Export;

namespace Spokes.Explore.Results;

/// <summary>
/// metadata.json beside the results: what was run (scenario file and its SHA-256, design, seed, version) and how
/// (threads, timings). The result tables do not depend on threads or time; this file records them.
/// </summary>
public static class RunMetadata
{
    public const string File = "metadata.json";

    /// <param name="lanes">0: single runs; 16 or 8 (4 before Lane16): SIMD lock-step lanes (results within a tolerance of single runs).</param>
    /// <param name="gpu">the device of a GPU run (`explore --gpu`), else null.</param>
    public static void Write(string directory, ExperimentSettings s, ExperimentMatrix m, int threads, TimeSpan elapsed, int lanes = 0, Spokes.Gpu.GpuDevice? gpu = null)
    {
        var scenario = s.Design.Scenario;
        string? hash = System.IO.File.Exists(scenario.SourceFile)
            ? Convert.ToHexStringLower(SHA256.HashData(Spokes.Formal.Io.BoundedFile.ReadBytes(scenario.SourceFile, "scenario", Spokes.Scenarios.ScenarioLoader.MaxFileBytes)))
            : null;
        AtomicFile.Write(Path.Combine(directory, File), w =>
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartObject();
                json.WriteString("spokesVersion", typeof(RunMetadata).Assembly.GetName().Version?.ToString() ?? "unknown");
                json.WriteString("build", ExperimentSettings.BuildId);
                json.WriteString("scenario", scenario.Name);
                json.WriteString("scenarioFile", scenario.SourceFile);
                if (hash is null) json.WriteNull("scenarioSha256"); else json.WriteString("scenarioSha256", hash);
                json.WriteNumber("baselineYear", scenario.BaselineYear);
                json.WriteNumber("endYear", scenario.EndYear);
                json.WriteString("sampler", s.Sampler.ToString());
                json.WriteNumber("n", s.N);
                json.WriteNumber("seed", s.Seed);
                json.WriteNumber("scenarios", m.ScenarioCount);
                json.WriteNumber("experiments", m.ExperimentCount);
                json.WriteStartArray("policies");
                foreach (var p in s.Design.Policies) json.WriteStringValue(p.Name);
                json.WriteEndArray();
                json.WriteStartArray("uncertainties");
                foreach (var u in s.Design.Uncertainties)
                {
                    json.WriteStartObject();
                    json.WriteString("name", u.Name);
                    json.WriteString("distribution", u.Distribution);
                    // What was sampled (the distribution's support inside the valid range), then the valid range itself.
                    json.WriteNumber("min", Math.Max(u.Min, u.Quantile(0)));
                    json.WriteNumber("max", Math.Min(u.Max, u.Quantile(1)));
                    json.WriteNumber("validMin", u.Min);
                    json.WriteNumber("validMax", u.Max);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartArray("outcomes");
                foreach (var o in s.Design.Outcomes) json.WriteStringValue($"{o.Name}: {o.Actor} {o.Variable} {o.Stat}");
                json.WriteEndArray();
                json.WriteNumber("threads", threads);
                json.WriteNumber("lockstepLanes", lanes);
                // off, cuda or emulated (ILGPU's CPU accelerator), and the device's name.
                json.WriteString("gpu", gpu is null ? "off" : Evaluation.GpuBlockRunner.Mode(gpu));
                if (gpu is not null) json.WriteString("gpuDevice", gpu.Name);
                json.WriteNumber("elapsedSeconds", Math.Round(elapsed.TotalSeconds, 3));
                json.WriteEndObject();
            }
            w.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            w.Write('\n');
        });
    }
}
