using CsCheck;
using Spokes.Explore.Experiments;
using Spokes.Scenarios;
using Spokes.Scenarios.Data;

namespace Spokes.Explore.Tests.Reliability;

/// <summary>
/// Hostile input: random mutations of the shipped scenario files (with and without an experiments section) and of
/// the data files must either load or fail with an <see cref="InputException"/> — never another exception, never a
/// hang. The mutations: deleting, duplicating or swapping lines, cutting the text, inserting characters, and
/// replacing a number with NaN, Infinity, a negative, a huge value or a word.
/// </summary>
public class LoaderFuzzTests
{
    private static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Spokes.sln"))) dir = dir.Parent;
        return dir!.FullName;
    }

    private static readonly string[] Scenarios = Directory.GetFiles(Path.Combine(Root, "scenarios"), "*.yaml").Order().ToArray();
    private static readonly string[] Replacements = ["NaN", "Infinity", "-1", "1e308", "-1e308", "banana", "", "[", "{", "\"", "0", "99999", "true", "~"];

    private static readonly Gen<(int Kind, int A, int B, int C)> Mutation =
        Gen.Select(Gen.Int[0, 6], Gen.Int[0, 10_000], Gen.Int[0, 10_000], Gen.Int[0, 10_000]);

    internal static string Mutate(string text, (int Kind, int A, int B, int C) m)
    {
        var lines = text.Split('\n').ToList();
        int i = m.A % Math.Max(1, lines.Count), j = m.B % Math.Max(1, lines.Count);
        switch (m.Kind)
        {
            case 0: lines.RemoveAt(i); break;
            case 1: lines.Insert(i, lines[j]); break;
            case 2: (lines[i], lines[j]) = (lines[j], lines[i]); break;
            case 3: return text[..(m.A % Math.Max(1, text.Length))];
            case 4:
            {
                int at = m.A % Math.Max(1, text.Length);
                return text[..at] + "{[:,-#&*!|>'\"%@`\t\u00e9\u0000"[m.B % 19] + text[at..];
            }
            default:
            {
                var numbers = System.Text.RegularExpressions.Regex.Matches(text, @"-?\d+(\.\d+)?");
                if (numbers.Count == 0) return text;
                var n = numbers[m.A % numbers.Count];
                return text[..n.Index] + Replacements[m.B % Replacements.Length] + text[(n.Index + n.Length)..];
            }
        }
        return string.Join('\n', lines);
    }

    private static void LoadsOrFailsCleanly(string text, string file)
    {
        try
        {
            var d = ScenarioLoader.Parse(text, file);
            var plan = ScenarioPlan.Build(d with { EndYear = Math.Min(d.EndYear, d.BaselineYear + 3) });
            plan.Run();
            var settings = ExperimentSettings.From(d);
            if (settings.N * (long)settings.Design.Uncertainties.Count <= 10_000)
                _ = new ExperimentMatrix(settings.Design, UnitSample.Draw(settings with { N = Math.Min(settings.N, 4) }));
        }
        catch (InputException)
        {
        }
    }

    // CI runs a few hundred draws of each; the Long category runs each for two minutes, which is how the empty-tag,
    // control-character and non-scalar-key crashes were found (400 draws had missed them).
    private const int LongSeconds = 120;

    [Fact]
    public void Mutated_scenarios_load_or_fail_with_an_input_error() => MutatedScenarios(iter: 400);

    [Fact]
    [Trait("Category", "Long")]
    public void Mutated_scenarios_load_or_fail_with_an_input_error_long() => MutatedScenarios(time: LongSeconds);

    private static void MutatedScenarios(long iter = -1, int time = -1) =>
        Gen.Select(Gen.Int[0, Scenarios.Length - 1], Mutation, Mutation).Sample((f, m1, m2) =>
        {
            var path = Scenarios[f];
            var text = Mutate(Mutate(File.ReadAllText(path), m1), m2);
            LoadsOrFailsCleanly(text, path);
        }, iter: iter, time: time);

    [Fact]
    public void Random_text_fails_with_an_input_error() => RandomText(iter: 300);

    [Fact]
    [Trait("Category", "Long")]
    public void Random_text_fails_with_an_input_error_long() => RandomText(time: LongSeconds);

    private static void RandomText(long iter = -1, int time = -1) =>
        Gen.String.Sample(text => LoadsOrFailsCleanly(text, "random.yaml"), iter: iter, time: time);

    [Fact]
    public void Mutated_data_files_load_or_fail_with_an_input_error() => MutatedDataFiles(iter: 150);

    [Fact]
    [Trait("Category", "Long")]
    public void Mutated_data_files_load_or_fail_with_an_input_error_long() => MutatedDataFiles(time: LongSeconds);

    private static void MutatedDataFiles(long iter = -1, int time = -1)
    {
        var source = Path.Combine(Root, "data");
        Gen.Select(Gen.Int[0, 2], Mutation).Sample((f, m) =>
        {
            var dir = Directory.CreateTempSubdirectory("spokes-fuzz-").FullName;
            try
            {
                foreach (var name in new[] { "actors.csv", "baseline.csv", "ties.csv" })
                    File.Copy(Path.Combine(source, name), Path.Combine(dir, name));
                var target = Path.Combine(dir, new[] { "actors.csv", "baseline.csv", "ties.csv" }[f]);
                File.WriteAllText(target, Mutate(File.ReadAllText(target), m));
                try
                {
                    var b = BaselineBuilder.Build(ReferenceData.FromDirectory(dir), 2016, "fuzz");
                    var plan = ScenarioPlan.Build(new ScenarioDefinition { DataDirectory = dir, EndYear = 2019 });
                    plan.Run();
                    Assert.True(b.Spokes.Count > 0);
                }
                catch (InputException)
                {
                }
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }, iter: iter, time: time);
    }
}
