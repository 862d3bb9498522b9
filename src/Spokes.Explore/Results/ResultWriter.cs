using System.Globalization;
using System.Text.Json;
using Parquet;
using Parquet.Schema;
using Spokes.Explore.Experiments;

namespace Spokes.Explore.Results;

/// <summary>
/// Streams experiment results to disk, one block of experiments at a time, so memory does not grow with the number
/// of experiments and a run that dies loses at most the block in flight. Each finished block is written durably to
/// `DIR/.partial/` (each file through a temporary name and a rename, a `done` marker last); <see cref="Complete"/>
/// merges the blocks into experiments.parquet (index, scenario, policy, every input), outcomes.parquet (index,
/// every scalar outcome), series.parquet (index, outcome, year, value; only with series outcomes) and, on request,
/// the same as CSV, each again through a temporary name, then removes `.partial/`. A run killed at any moment can be
/// resumed (<see cref="CompletedExperiments"/>) and ends with the same bytes as a run that was never interrupted,
/// because both go through the same blocks and the same merge. No result file ever appears half-written under its
/// final name.
/// </summary>
public sealed class ResultWriter : Evaluation.IResultSink, IDisposable
{
    public const string ExperimentsFile = "experiments.parquet", OutcomesFile = "outcomes.parquet", SeriesFile = "series.parquet";
    public const string PartialDirectory = ".partial", ManifestFile = "manifest.json";

    /// <summary>`.partial/` renamed once every final file is in place: the one atomic step that makes the folder
    /// complete. Only its removal remains; a kill during that removal leaves it behind, harmlessly.</summary>
    public const string FinishedPartialDirectory = ".partial-done";
    private const string Temp = ".tmp";

    private readonly ExperimentDesign _design;
    private readonly string _directory, _partial;
    private readonly bool _csv;
    private readonly int _blockSize;
    private readonly DataField<long> _index = new("experiment");
    private readonly DataField<int> _scenario = new("scenario"), _year = new("year");
    private readonly DataField<string> _policy = new("policy"), _seriesOutcome = new("outcome");
    private readonly DataField<double>[] _inputs, _scalars;
    private readonly DataField<double> _value = new("value");
    private readonly string[] _seriesNames;
    private readonly OutputLock _lock;

    /// <param name="fingerprint">identifies the design (scenario bytes, sampler, size, seed, block size, version): a
    /// resume is refused when it differs.</param>
    /// <param name="resume">continue the unfinished run in <paramref name="directory"/>; without it an unfinished run
    /// there is an error (nothing is overwritten silently).</param>
    public ResultWriter(string directory, ExperimentDesign design, bool csv, int blockSize, string fingerprint = "", bool resume = false)
    {
        _design = design;
        _directory = directory;
        _partial = Path.Combine(directory, PartialDirectory);
        _csv = csv;
        _blockSize = blockSize;
        _inputs = design.Uncertainties.Select(u => new DataField<double>(u.Name)).ToArray();
        _scalars = design.Outcomes.Where(o => !o.IsSeries).Select(o => new DataField<double>(o.Name)).ToArray();
        _seriesNames = design.Outcomes.Where(o => o.IsSeries).Select(o => o.Name).ToArray();

        // One writer per folder: a second `explore` (with or without --resume) while one is alive is refused.
        _lock = OutputLock.Acquire(directory);
        try { CompletedExperiments = Open(directory, fingerprint, blockSize, csv, resume); }
        catch
        {
            _lock.Dispose();
            throw;
        }
    }

    /// <returns>experiments already written by an earlier, interrupted run.</returns>
    private long Open(string directory, string fingerprint, int blockSize, bool csv, bool resume)
    {
        long completed = 0;
        // A kill while removing the merged blocks of a finished run: the results are complete, the rest is litter.
        var finished = Path.Combine(directory, FinishedPartialDirectory);
        if (Directory.Exists(finished)) Directory.Delete(finished, recursive: true);
        var manifest = Path.Combine(_partial, ManifestFile);
        string expected = JsonSerializer.Serialize(new Manifest(fingerprint, blockSize, csv));
        // A run killed between creating `.partial/` and writing its manifest left nothing worth keeping.
        if (Directory.Exists(_partial) && !File.Exists(manifest)) Directory.Delete(_partial, recursive: true);
        if (resume && !Directory.Exists(_partial) && Directory.Exists(directory) && File.Exists(Path.Combine(directory, OutcomesFile)))
            throw new InputException(directory, 0, 0, "resume", "the run here is already complete");
        if (resume && File.Exists(manifest))
        {
            if (File.ReadAllText(manifest) != expected)
                throw new InputException(manifest, 0, 0, "resume", "the unfinished run here was started with another design, seed, block size, output format, input files or build of Spokes");
            completed = CountDoneBlocks() * (long)blockSize;
        }
        else
        {
            if (Directory.Exists(_partial))
                throw new InputException(directory, 0, 0, "out", "an unfinished run is here: resume it with --resume, or remove the directory");
            Directory.CreateDirectory(_partial);
            WriteAtomically(manifest, s => { using var w = Text(s); w.Write(expected); });
        }
        return completed;
    }

    /// <summary>Why the results in <paramref name="directory"/> cannot be read, or null when they are complete: a run
    /// is writing there, or one was interrupted (its blocks are not merged, or were being merged over an earlier run's
    /// files, which would then mix two runs).</summary>
    public static string? Unfinished(string directory)
    {
        if (OutputLock.IsHeld(directory)) return "a spokes run is writing here; wait for it to finish";
        if (Directory.Exists(Path.Combine(directory, PartialDirectory)))
            return "the run here is unfinished (interrupted before or while its results were merged, so the files may mix two runs): finish it with `spokes explore --resume`";
        return null;
    }

    /// <summary>Releases the folder's lock (<see cref="Complete"/> does too, as its last step).</summary>
    public void Dispose() => _lock.Dispose();

    private sealed record Manifest(string Fingerprint, int BlockSize, bool Csv);

    /// <summary>Experiments already written by an earlier, interrupted run (whole blocks from the start).</summary>
    public long CompletedExperiments { get; }

    public void WriteBlock(ExperimentMatrix m, long first, int count, double[] scalars, double[] series)
    {
        if (first % _blockSize != 0) throw new ArgumentException("blocks must start at multiples of the block size");
        long block = first / _blockSize;
        int ns = _scalars.Length, years = _design.Years;
        var index = new long[count];
        var scenario = new int[count];
        var policy = new string[count];
        for (int i = 0; i < count; i++)
        {
            index[i] = first + i;
            var (s, p) = m.Locate(first + i);
            scenario[i] = s;
            policy[i] = _design.Policies[p].Name;
        }
        var inputCols = _inputs.Select((_, j) => scenario.Select(s => m.Inputs[s][j]).ToArray()).ToArray();
        var scalarCols = _scalars.Select((_, o) => Enumerable.Range(0, count).Select(i => scalars[i * ns + o]).ToArray()).ToArray();

        WriteParquet(BlockFile(block, ExperimentsFile), new ParquetSchema(new Field[] { _index, _scenario, _policy }.Concat(_inputs)), async rg =>
        {
            await rg.WriteAsync<long>(_index, index);
            await rg.WriteAsync<int>(_scenario, scenario);
            await rg.WriteAsync(_policy, policy);
            for (int j = 0; j < _inputs.Length; j++) await rg.WriteAsync<double>(_inputs[j], inputCols[j]);
        });
        WriteParquet(BlockFile(block, OutcomesFile), new ParquetSchema(new Field[] { _index }.Concat(_scalars)), async rg =>
        {
            await rg.WriteAsync<long>(_index, index);
            for (int o = 0; o < ns; o++) await rg.WriteAsync<double>(_scalars[o], scalarCols[o]);
        });
        if (_seriesNames.Length > 0)
        {
            int rows = count * _seriesNames.Length * years, r = 0;
            var sIndex = new long[rows];
            var sName = new string[rows];
            var sYear = new int[rows];
            var sValue = new double[rows];
            for (int i = 0; i < count; i++)
                for (int o = 0; o < _seriesNames.Length; o++)
                    for (int y = 0; y < years; y++, r++)
                    {
                        sIndex[r] = first + i;
                        sName[r] = _seriesNames[o];
                        sYear[r] = _design.Scenario.BaselineYear + 1 + y;
                        sValue[r] = series[(i * _seriesNames.Length + o) * years + y];
                    }
            WriteParquet(BlockFile(block, SeriesFile), new ParquetSchema(_index, _seriesOutcome, _year, _value), async rg =>
            {
                await rg.WriteAsync<long>(_index, sIndex);
                await rg.WriteAsync(_seriesOutcome, sName);
                await rg.WriteAsync<int>(_year, sYear);
                await rg.WriteAsync<double>(_value, sValue);
            });
        }
        if (_csv)
        {
            WriteAtomically(BlockFile(block, "experiments.csv"), s =>
            {
                using var w = Text(s);
                for (int i = 0; i < count; i++)
                    w.Write($"{index[i]},{scenario[i]},{policy[i]}{string.Concat(inputCols.Select(c => "," + R(c[i])))}\n");
            });
            WriteAtomically(BlockFile(block, "outcomes.csv"), s =>
            {
                using var w = Text(s);
                for (int i = 0; i < count; i++)
                    w.Write($"{index[i]}{string.Concat(scalarCols.Select(c => "," + R(c[i])))}\n");
            });
        }
        WriteAtomically(BlockFile(block, "done"), _ => { });
    }

    /// <summary>Merges the blocks into the final files (one row group per block) and removes the partial directory.</summary>
    public void Complete()
    {
        long blocks = CountDoneBlocks();
        Merge(ExperimentsFile, blocks);
        Merge(OutcomesFile, blocks);
        if (_seriesNames.Length > 0) Merge(SeriesFile, blocks);
        if (_csv)
        {
            MergeText("experiments.csv", "experiment,scenario,policy" + string.Concat(_inputs.Select(f => "," + f.Name)), blocks);
            MergeText("outcomes.csv", "experiment" + string.Concat(_scalars.Select(f => "," + f.Name)), blocks);
        }
        // Write new, then switch: until this rename the folder counts as unfinished (readers refuse it, a resume merges
        // again from the intact blocks); after it, as complete.
        var finished = Path.Combine(_directory, FinishedPartialDirectory);
        Directory.Move(_partial, finished);
        Directory.Delete(finished, recursive: true);
        _lock.Dispose();
    }

    private long CountDoneBlocks()
    {
        long b = 0;
        while (File.Exists(BlockFile(b, "done"))) b++;
        return b;
    }

    private void Merge(string name, long blocks) =>
        WriteAtomically(Path.Combine(_directory, name), s => MergeAsync(s, name, blocks).GetAwaiter().GetResult());

    private async Task MergeAsync(Stream output, string name, long blocks)
    {
        ParquetWriter? writer = null;
        try
        {
            for (long b = 0; b < blocks; b++)
            {
                await using var reader = await ParquetReader.CreateAsync(BlockFile(b, name));
                var fields = reader.Schema.GetDataFields();
                writer ??= await ParquetWriter.CreateAsync(reader.Schema, output);
                using var rgr = reader.OpenRowGroupReader(0);
                using var rgw = writer.CreateRowGroup();
                foreach (var f in fields)
                {
                    int rows = (int)rgr.RowCount;
                    if (f.ClrType == typeof(double)) { var v = new double[rows]; await rgr.ReadAsync<double>(f, v.AsMemory()); await rgw.WriteAsync<double>(f, v); }
                    else if (f.ClrType == typeof(long)) { var v = new long[rows]; await rgr.ReadAsync<long>(f, v.AsMemory()); await rgw.WriteAsync<long>(f, v); }
                    else if (f.ClrType == typeof(int)) { var v = new int[rows]; await rgr.ReadAsync<int>(f, v.AsMemory()); await rgw.WriteAsync<int>(f, v); }
                    else { var v = new string?[rows]; await rgr.ReadAsync(f, v.AsMemory()); await rgw.WriteAsync(f, v.Select(x => x ?? "").ToArray()); }
                }
            }
        }
        finally
        {
            if (writer is not null) await writer.DisposeAsync();
        }
    }

    private void MergeText(string name, string header, long blocks) =>
        WriteAtomically(Path.Combine(_directory, name), s =>
        {
            using var w = Text(s);
            w.Write(header + "\n");
            w.Flush();
            for (long b = 0; b < blocks; b++)
            {
                using var part = File.OpenRead(BlockFile(b, name));
                part.CopyTo(s);
            }
        });

    private string BlockFile(long block, string name) => Path.Combine(_partial, $"block-{block:D8}.{name}");

    private static void WriteParquet(string path, ParquetSchema schema, Func<ParquetRowGroupWriter, Task> write) =>
        WriteAtomically(path, s =>
        {
            var writer = ParquetWriter.CreateAsync(schema, s).GetAwaiter().GetResult();
            try
            {
                using var rg = writer.CreateRowGroup();
                write(rg).GetAwaiter().GetResult();
            }
            finally
            {
                writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        });

    /// <summary>Writes through a temporary sibling, flushes it to disk, then renames it: all or nothing.</summary>
    private static void WriteAtomically(string path, Action<Stream> write)
    {
        var temp = path + Temp;
        using (var s = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            write(s); // a Parquet writer closes the stream itself
        // Force the bytes to disk before the rename makes them visible (fsync through a fresh handle).
        using (var sync = new FileStream(temp, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            sync.Flush(flushToDisk: true);
        File.Move(temp, path, overwrite: true);
    }

    private static StreamWriter Text(Stream s) => new(s, new System.Text.UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };

    private static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
