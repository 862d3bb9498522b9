using MathNet.Numerics.Random;
using Spokes.Explore.Evaluation;
using Spokes.Explore.Experiments;
using Spokes.Explore.Results;
using Spokes.Model.Outputs;
using Spokes.Scenarios;

namespace Spokes.Explore.Tests.Results;

/// <summary>Issue 17, "an exploration pipeline with one copy": results written once into their final files by one
/// writer thread, checkpoints that a resume continues from, and the summary table kept in memory.</summary>
public class ResultWriterTests
{
    private static ExperimentDesign Design() => new()
    {
        Scenario = ScenarioDefinition.Default with { EndYear = 2020 },
        Uncertainties =
        [
            new UncertaintySpec("threatTalkWeight", "uniform", u => 0.5 + 3.5 * u, 0.5, 4),
            new UncertaintySpec(UncertaintySpec.PublicSupport, "uniform", u => 0.3 + 0.65 * u, 0.3, 0.95),
        ],
        Policies = [new PolicySpec("threaten", "threaten", []), new PolicySpec("commit-and-cooperate", "commit-and-cooperate", [])],
        Outcomes =
        [
            new OutcomeSpec("cpd", Variable.CapabilityPerDollar, "ALLIANCE", OutcomeStat.Final),
            new OutcomeSpec("distancing", Variable.Distancing, "ALLIANCE", OutcomeStat.Mean),
            new OutcomeSpec("share", Variable.SpendingShare, "JPN", OutcomeStat.Series),
        ],
        Seed = 5,
    };

    private static ExperimentMatrix Matrix(int n)
    {
        var r = new Xoshiro256StarStar(17, threadSafe: false);
        return new ExperimentMatrix(Design(), Enumerable.Range(0, n).Select(_ => new[] { r.NextDouble(), r.NextDouble() }).ToArray());
    }

    private static string TempDir() => Directory.CreateTempSubdirectory("spokes-writer-").FullName;

    private static readonly string[] Files = [ResultWriter.ExperimentsFile, ResultWriter.OutcomesFile, ResultWriter.SeriesFile, ResultWriter.ExperimentsCsv, ResultWriter.OutcomesCsv];

    private static ResultWriter Writer(string dir, ExperimentMatrix m, TimeSpan interval, bool resume = false) =>
        new(dir, m.Design, csv: true, blockSize: 8, fingerprint: "f", resume: resume) { CheckpointInterval = interval };

    private static void Evaluate(ExperimentMatrix m, IResultSink sink, long start = 0) =>
        new BlockEvaluator(new EvaluationOptions { Threads = 2, BlockSize = 8 }).Evaluate(m, sink, start: start);

    [Fact]
    public void Checkpoints_after_every_block_give_the_same_bytes_as_none()
    {
        var m = Matrix(45);
        string every = TempDir(), never = TempDir();
        using (var w = Writer(every, m, TimeSpan.Zero)) { Evaluate(m, w); w.Complete(); }
        using (var w = Writer(never, m, TimeSpan.MaxValue)) { Evaluate(m, w); w.Complete(); }
        foreach (var f in Files)
            Assert.Equal(File.ReadAllBytes(Path.Combine(never, f)), File.ReadAllBytes(Path.Combine(every, f)));
        Assert.Equal(90, ResultReader.Read(every).Policies.Length);
        Assert.False(Directory.Exists(Path.Combine(every, ResultWriter.PartialDirectory)));
    }

    [Fact]
    public void Bytes_written_after_the_last_checkpoint_are_dropped_by_a_resume()
    {
        var m = Matrix(45);
        var whole = TempDir();
        using (var w = Writer(whole, m, TimeSpan.FromSeconds(1))) { Evaluate(m, w); w.Complete(); }

        // A run dies after 4 blocks were checkpointed and while a fifth was half written: the fifth block's row
        // group was written over each Parquet footer (appending starts where the footer begins), and the CSVs grew.
        var dir = TempDir();
        var first = Writer(dir, m, TimeSpan.Zero);
        Evaluate(m, new StopAfter(first, 32));
        first.Dispose();
        foreach (var f in Files)
        {
            using var s = new FileStream(Path.Combine(dir, ResultWriter.PartialDirectory, f), FileMode.Open, FileAccess.Write);
            s.Seek(f.EndsWith(".parquet", StringComparison.Ordinal) ? -40 : 0, SeekOrigin.End);
            s.Write(Enumerable.Repeat((byte)0x5A, 300).ToArray());
        }
        Assert.Contains("the run here is unfinished", Assert.Throws<InputException>(() => ResultReader.Read(dir)).Message);

        using var resumed = Writer(dir, m, TimeSpan.FromSeconds(1), resume: true);
        Assert.Equal(32, resumed.CompletedExperiments);
        Evaluate(m, resumed, start: 32);
        resumed.Complete();
        foreach (var f in Files)
            Assert.Equal(File.ReadAllBytes(Path.Combine(whole, f)), File.ReadAllBytes(Path.Combine(dir, f)));
        // The summary kept across the interruption equals the uninterrupted one, and the files read back.
        Assert.Equal(ResultSummary.Read(whole), resumed.Summary);
    }

    [Theory]
    [InlineData("{\"Blocks\":2,\"Lengths\":")] // cut short
    [InlineData("{\"Blocks\":2}")] // a property missing
    [InlineData("{\"Blocks\":\"two\",\"Lengths\":{},\"Tails\":{},\"Summary\":[],\"Complete\":false}")] // a wrong kind
    [InlineData("{\"Blocks\":2,\"Lengths\":{},\"Tails\":{},\"Summary\":[[null]],\"Complete\":false}")] // null for a string
    [InlineData("{\"Blocks\":2,\"Lengths\":{},\"Tails\":{\"experiments.parquet\":\"@@@\"},\"Summary\":[],\"Complete\":false}")] // a footer not in base64
    [InlineData("{\"Blocks\":2,\"Lengths\":{},\"Tails\":{},\"Summary\":[[\"x\"]],\"Complete\":false}")] // a summary of another design
    public void A_damaged_checkpoint_is_one_clear_error_not_a_silent_restart(string damaged)
    {
        var m = Matrix(24);
        var dir = TempDir();
        var w = Writer(dir, m, TimeSpan.Zero);
        Evaluate(m, new StopAfter(w, 16));
        w.Dispose();
        var checkpoint = Path.Combine(dir, ResultWriter.PartialDirectory, ResultWriter.CheckpointFile);
        Assert.Contains("\"Blocks\":2,", File.ReadAllText(checkpoint));
        File.WriteAllText(checkpoint, damaged);
        var e = Assert.Throws<InputException>(() => Writer(dir, m, TimeSpan.Zero, resume: true));
        Assert.Contains(ResultWriter.CheckpointFile, e.Message);
        Assert.Contains("cannot be resumed", e.Message);
        // A new run over it is refused too (a checkpoint unreadable, or one that reads but holds another design's
        // summary: then "an unfinished run is here"), never a silent restart.
        Assert.Throws<InputException>(() => Writer(dir, m, TimeSpan.Zero));
        // Nothing was removed: the folder is as the damaged run left it.
        Assert.True(File.Exists(Path.Combine(dir, ResultWriter.PartialDirectory, ResultWriter.ExperimentsFile)));
    }

    [Fact]
    public void The_manifest_text_is_pinned_as_the_serialiser_wrote_it()
    {
        // Written with Utf8JsonWriter since 2026-12-08; the text is what JsonSerializer wrote for the record before
        // (escapes included), so the format of `.partial/manifest.json` did not change with the writer.
        var dir = TempDir();
        using (new ResultWriter(dir, Matrix(8).Design, csv: true, blockSize: 8, fingerprint: "f<&é\"", lanes: 16, gpu: "emulated")) { }
        Assert.Equal("{\"Fingerprint\":\"f\\u003C\\u0026\\u00E9\\u0022\",\"BlockSize\":8,\"Csv\":true,\"Lanes\":16,\"Gpu\":\"emulated\"}",
            File.ReadAllText(Path.Combine(dir, ResultWriter.PartialDirectory, ResultWriter.ManifestFile)));
    }

    [Fact]
    public void The_summary_from_the_writer_equals_the_one_read_back_from_the_files_bit_for_bit()
    {
        var m = Matrix(300);
        var dir = TempDir();
        using var w = Writer(dir, m, TimeSpan.FromSeconds(1));
        Evaluate(m, w);
        w.Complete();
        var kept = w.Summary;
        var read = ResultSummary.Read(dir);
        Assert.Equal(4, kept.Count); // 2 policies × 2 scalar outcomes
        Assert.Equal(read, kept); // records: every number equal (the same Welford steps in the same order)
        Assert.All(kept, r => Assert.Equal(300, r.Count));
    }

    [Fact]
    public void A_resume_with_nothing_to_resume_is_refused_and_leaves_no_folder()
    {
        var root = TempDir();
        var dir = Path.Combine(root, "new");
        var e = Assert.Throws<InputException>(() => Writer(dir, Matrix(8), TimeSpan.Zero, resume: true));
        Assert.Contains("there is no interrupted run here to resume", e.Message);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public void An_abandoned_run_that_wrote_nothing_leaves_nothing_and_one_that_did_stays_resumable()
    {
        var root = TempDir();
        var dir = Path.Combine(root, "out");
        var m = Matrix(24);
        Writer(dir, m, TimeSpan.Zero).Abandon();
        Assert.False(Directory.Exists(dir));

        var w = Writer(dir, m, TimeSpan.Zero);
        Evaluate(m, new StopAfter(w, 16));
        w.Abandon();
        Assert.True(Directory.Exists(Path.Combine(dir, ResultWriter.PartialDirectory)));
        Assert.Contains("an unfinished run is here", Assert.Throws<InputException>(() => Writer(dir, m, TimeSpan.Zero)).Message);
        using var resumed = Writer(dir, m, TimeSpan.Zero, resume: true);
        Assert.Equal(16, resumed.CompletedExperiments);
    }

    [Fact]
    public void A_killed_run_that_finished_nothing_does_not_block_a_new_one()
    {
        var dir = TempDir();
        var m = Matrix(16);
        Writer(dir, m, TimeSpan.Zero).Dispose(); // died before its first block
        using var w = Writer(dir, m, TimeSpan.Zero);
        Evaluate(m, w);
        w.Complete();
        Assert.Equal(32, ResultReader.Read(dir).Policies.Length);
    }

    /// <summary>Passes blocks on until a limit, then drops them, as a run killed at that point would.</summary>
    private sealed class StopAfter(IResultSink inner, long limit) : IResultSink
    {
        public void WriteBlock(ExperimentMatrix matrix, long first, int count, double[] scalars, double[] series)
        {
            if (first + count <= limit) inner.WriteBlock(matrix, first, count, scalars, series);
        }
    }
}
