using Spokes.Explore.Evaluation;
using Spokes.Explore.Experiments;
using Spokes.Explore.Results;
using Spokes.Model.Outputs;
using Spokes.Scenarios;

namespace Spokes.Explore.Tests.Reliability;

/// <summary>Issue 19, "results lost or mixed": one writer per folder, completion as one atomic switch, readers that
/// refuse an unfinished folder, and a resume fingerprint over every input.</summary>
public class ResultFolderTests
{
    private static ExperimentDesign Design(int seed) => new()
    {
        Scenario = ScenarioDefinition.Default with { EndYear = 2018 },
        Uncertainties = [new UncertaintySpec("threatTalkWeight", "uniform", u => 0.5 + 3.5 * u, 0.5, 4)],
        Policies = [new PolicySpec("threaten", "threaten", [])],
        Outcomes = [new OutcomeSpec("cpd", Variable.CapabilityPerDollar, "ALLIANCE", OutcomeStat.Final)],
        Seed = seed,
    };

    private static ExperimentMatrix Matrix(int seed, int n) =>
        new(Design(seed), Enumerable.Range(0, n).Select(i => new[] { (i + 0.5) / n }).ToArray());

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Spokes.sln"))) dir = dir.Parent;
        return dir!.FullName;
    }

    private static string TempDir() => Directory.CreateTempSubdirectory("spokes-folder-").FullName;

    private static void Run(ExperimentMatrix m, ResultWriter w, long start = 0) =>
        new BlockEvaluator(new EvaluationOptions { Threads = 1, BlockSize = 4 }).Evaluate(m, w, start: start);

    [Fact]
    public void Second_writer_is_refused_while_one_is_alive_and_a_stale_lock_is_taken_over()
    {
        var dir = TempDir();
        var m = Matrix(1, 12);
        var first = new ResultWriter(dir, m.Design, csv: false, blockSize: 4, fingerprint: "f");
        var e = Assert.Throws<InputException>(() => new ResultWriter(dir, m.Design, csv: false, blockSize: 4, fingerprint: "f", resume: true));
        Assert.Contains($"another spokes run is writing here (pid {Environment.ProcessId}, started", e.Message);
        // Readers refuse the folder while the writer lives.
        Assert.Contains("a spokes run is writing here", Assert.Throws<InputException>(() => ResultReader.Read(dir)).Message);
        first.Dispose(); // dies: the lock file stays, its lock does not
        Assert.True(File.Exists(Path.Combine(dir, OutputLock.FileName)));
        using var second = new ResultWriter(dir, m.Design, csv: false, blockSize: 4, fingerprint: "f", resume: true);
        Run(m, second);
        second.Complete();
        Assert.Equal(12, ResultReader.Read(dir).Policies.Length);
    }

    [Fact]
    public void Kill_while_merging_over_a_completed_run_is_refused_by_readers_until_resumed()
    {
        var dir = TempDir();
        var old = Matrix(1, 8);
        using (var w = new ResultWriter(dir, old.Design, csv: false, blockSize: 4, fingerprint: "old")) { Run(old, w); w.Complete(); }
        var oldOutcomes = File.ReadAllBytes(Path.Combine(dir, ResultWriter.OutcomesFile));

        // A new run over the completed one dies after its blocks are written (at any point up to the switch).
        var fresh = Matrix(2, 12);
        var dying = new ResultWriter(dir, fresh.Design, csv: false, blockSize: 4, fingerprint: "new");
        Run(fresh, dying);
        dying.Dispose();
        Assert.Equal(oldOutcomes, File.ReadAllBytes(Path.Combine(dir, ResultWriter.OutcomesFile)));
        var e = Assert.Throws<InputException>(() => ResultReader.Read(dir));
        Assert.Contains("the run here is unfinished", e.Message);

        using var resumed = new ResultWriter(dir, fresh.Design, csv: false, blockSize: 4, fingerprint: "new", resume: true);
        Assert.Equal(12, resumed.CompletedExperiments);
        resumed.Complete();
        Assert.Equal(12, ResultReader.Read(dir).Policies.Length);
    }

    [Fact]
    public void Kill_during_partial_cleanup_does_not_wedge_the_folder()
    {
        var dir = TempDir();
        var m = Matrix(1, 8);
        using (var w = new ResultWriter(dir, m.Design, csv: false, blockSize: 4, fingerprint: "f")) { Run(m, w); w.Complete(); }
        // What a kill during the removal of the merged blocks leaves: a half-deleted `.partial-done/`.
        var leftover = Path.Combine(dir, ResultWriter.FinishedPartialDirectory);
        Directory.CreateDirectory(leftover);
        File.WriteAllText(Path.Combine(leftover, "block-00000001.done"), "");
        File.WriteAllText(Path.Combine(leftover, ResultWriter.ManifestFile), "{}");
        // The results read as complete; a resume says so; a fresh run starts and clears the leftover.
        Assert.Equal(8, ResultReader.Read(dir).Policies.Length);
        Assert.Contains("already complete", Assert.Throws<InputException>(() => new ResultWriter(dir, m.Design, csv: false, blockSize: 4, fingerprint: "f", resume: true)).Message);
        using (var w = new ResultWriter(dir, m.Design, csv: false, blockSize: 4, fingerprint: "f")) { Run(m, w); w.Complete(); }
        Assert.False(Directory.Exists(leftover));
        Assert.Equal(8, ResultReader.Read(dir).Policies.Length);
    }

    [Fact]
    public void Resume_fingerprint_covers_the_parameter_file_and_the_data_folder()
    {
        var dir = TempDir();
        foreach (var f in new[] { "actors.csv", "baseline.csv", "ties.csv" })
            File.Copy(Path.Combine(Root(), "data", f), Path.Combine(dir, f));
        var parameters = Path.Combine(dir, "p.yaml");
        File.WriteAllText(parameters, "parameters: {beliefStickiness: 0.4}\n");
        var scenario = Path.Combine(dir, "s.yaml");
        File.WriteAllText(scenario, "name: s\ndata: .\nparameterFile: p.yaml\n");
        string Fingerprint() => ExperimentSettings.From(ScenarioLoader.Load(scenario)).Fingerprint();

        var original = Fingerprint();
        Assert.Equal(original, Fingerprint());
        File.WriteAllText(parameters, "parameters: {beliefStickiness: 0.5}\n");
        var edited = Fingerprint();
        Assert.NotEqual(original, edited);
        File.AppendAllText(Path.Combine(dir, "ties.csv"), "\n");
        Assert.NotEqual(edited, Fingerprint());
        Assert.Matches("^[0-9a-f]{8}(-[0-9a-f]{8}){3}$", ExperimentSettings.BuildId);
    }
}
