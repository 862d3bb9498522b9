using System.Collections.Concurrent;
using System.Globalization;
using Parquet;
using Parquet.Schema;
using Spokes.Explore.Experiments;

namespace Spokes.Explore.Results;

/// <summary>
/// Streams experiment results to disk, one block of experiments at a time, each block written once, straight into
/// its final file: experiments.parquet (index, scenario, policy, every input), outcomes.parquet (index, every scalar
/// outcome), series.parquet (index, outcome, year, value; only with series outcomes) and, on request, the same as
/// CSV, one Parquet row group per block. The files grow under `DIR/.partial/`; at the end they are renamed into
/// `DIR/` and `.partial/` is switched to `.partial-done/` and removed. No result file ever appears half-written under
/// its final name.
///
/// <para><b>Off the model's threads.</b> <see cref="WriteBlock"/> only copies the block into a pooled buffer and
/// queues it (a bounded queue, so memory stays flat when the disk is slower than the model); one writer thread
/// encodes Parquet and CSV, and keeps the summary table (<see cref="Summary"/>) from the values it writes.</para>
///
/// <para><b>Resumable.</b> Every <see cref="CheckpointInterval"/> (and when the writer is disposed or completed)
/// the writer closes its Parquet files (each then ends in a valid footer), flushes every file to disk, and replaces
/// `.partial/checkpoint.json` (through a temporary name, flushed, renamed): the blocks done, each file's length, each
/// Parquet footer (the next row group is written over it) and the summary's state. A run killed at any moment is
/// resumed (<see cref="CompletedExperiments"/>) from its last checkpoint: the files are cut back to the recorded
/// lengths, the footers put back, and the next row groups appended, so it ends with the same bytes as a run that was
/// never interrupted. A kill loses at most the work since the last checkpoint. (A checkpoint grows with the footers:
/// the interval stretches to ten times the last checkpoint's duration, at most a minute.)</para>
/// </summary>
public sealed class ResultWriter : Evaluation.IResultSink, IDisposable
{
    public const string ExperimentsFile = "experiments.parquet", OutcomesFile = "outcomes.parquet", SeriesFile = "series.parquet";
    public const string ExperimentsCsv = "experiments.csv", OutcomesCsv = "outcomes.csv";
    public const string PartialDirectory = ".partial", ManifestFile = "manifest.json", CheckpointFile = "checkpoint.json";

    /// <summary>`.partial/` renamed once every final file is in place: the one atomic step that makes the folder
    /// complete. Only its removal remains; a kill during that removal leaves it behind, harmlessly.</summary>
    public const string FinishedPartialDirectory = ".partial-done";
    private const string Temp = ".tmp";

    /// <summary>Blocks queued for the writer thread at most: the model waits when the disk falls this far behind.</summary>
    private const int QueueCapacity = 4;

    private readonly ExperimentDesign _design;
    private readonly string _directory, _partial;
    private readonly bool _csv, _createdDirectory;
    private readonly int _blockSize;
    private readonly DataField<long> _index = new("experiment");
    private readonly DataField<int> _scenario = new("scenario"), _year = new("year");
    private readonly DataField<string> _policy = new("policy"), _seriesOutcome = new("outcome");
    private readonly DataField<double>[] _inputs, _scalars;
    private readonly DataField<double> _value = new("value");
    private readonly string[] _seriesNames;
    private readonly OutputLock _lock;
    private readonly SummaryAccumulator _summary;
    private readonly ParquetFile[] _parquet;
    private readonly CsvFile[] _text;

    private readonly BlockingCollection<Block> _queue = new(QueueCapacity);
    private readonly ConcurrentBag<Block> _pool = [];
    private readonly Thread _thread;
    private Exception? _failure;
    private long _blocksDone, _nextFirst;
    private DateTime _lastCheckpoint = DateTime.UtcNow;
    private TimeSpan? _interval;
    private bool _finished, _disposed;

    /// <summary>How often the writer makes its files durable and records a checkpoint (what a kill can lose).</summary>
    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <param name="fingerprint">identifies the design (scenario bytes, sampler, size, seed, block size, version): a
    /// resume is refused when it differs.</param>
    /// <param name="resume">continue the unfinished run in <paramref name="directory"/>; without it an unfinished run
    /// there is an error (nothing is overwritten silently), and so is a resume where no run was interrupted.</param>
    /// <param name="lanes">how the experiments are run: 0 single runs, 16 or 8 SIMD lock-step lanes (4 before Lane16). Recorded in the
    /// manifest: lock-step results equal single runs only within a tolerance, so a resume must use the same mode.</param>
    /// <param name="gpu">null, or how a GPU run runs (<see cref="Evaluation.GpuBlockRunner.Mode"/>: "cuda" or "emulated"); recorded
    /// beside <paramref name="lanes"/>, and a resume must match it too. An emulated run gives single runs' bits, but
    /// any change of mode is refused, so one rule covers every mode.</param>
    public ResultWriter(string directory, ExperimentDesign design, bool csv, int blockSize, string fingerprint = "", bool resume = false, int lanes = 0, string? gpu = null)
    {
        _design = design;
        _directory = directory;
        _partial = Path.Combine(directory, PartialDirectory);
        _csv = csv;
        _blockSize = blockSize;
        _inputs = design.Uncertainties.Select(u => new DataField<double>(u.Name)).ToArray();
        _scalars = design.Outcomes.Where(o => !o.IsSeries).Select(o => new DataField<double>(o.Name)).ToArray();
        _seriesNames = design.Outcomes.Where(o => o.IsSeries).Select(o => o.Name).ToArray();
        _summary = new SummaryAccumulator(_scalars.Select(f => f.Name).ToArray());
        _parquet =
        [
            new(ExperimentsFile, new ParquetSchema(new Field[] { _index, _scenario, _policy }.Concat(_inputs))),
            new(OutcomesFile, new ParquetSchema(new Field[] { _index }.Concat(_scalars))),
            .. _seriesNames.Length > 0 ? new[] { new ParquetFile(SeriesFile, new ParquetSchema(_index, _seriesOutcome, _year, _value)) } : [],
        ];
        _text = csv
            ?
            [
                new(ExperimentsCsv, "experiment,scenario,policy" + string.Concat(_inputs.Select(f => "," + f.Name))),
                new(OutcomesCsv, "experiment" + string.Concat(_scalars.Select(f => "," + f.Name))),
            ]
            : [];

        _createdDirectory = !Directory.Exists(directory);
        // One writer per folder: a second `explore` (with or without --resume) while one is alive is refused.
        _lock = OutputLock.Acquire(directory);
        try { CompletedExperiments = Open(fingerprint, resume, lanes, gpu); }
        catch
        {
            _lock.Dispose();
            RemoveIfCreated();
            throw;
        }
        _nextFirst = CompletedExperiments;
        _thread = new Thread(WriterLoop) { IsBackground = true, Name = "spokes result writer" };
        _thread.Start();
    }

    /// <param name="Lanes">0: single runs; 16 or 8 (4 before Lane16): SIMD lock-step with that many lanes.</param>
    /// <param name="Gpu">null, "cuda" or "emulated": a GPU run (then <paramref name="Lanes"/> is 0).</param>
    private sealed record Manifest(string Fingerprint, int BlockSize, bool Csv, int Lanes, string? Gpu)
    {
        /// <summary>The manifest's text (compact JSON; a resume compares it as text).</summary>
        public string ToJson() => JsonText.Write(w =>
        {
            w.WriteString(nameof(Fingerprint), Fingerprint);
            w.WriteNumber(nameof(BlockSize), BlockSize);
            w.WriteBoolean(nameof(Csv), Csv);
            w.WriteNumber(nameof(Lanes), Lanes);
            if (Gpu is null) w.WriteNull(nameof(Gpu));
            else w.WriteString(nameof(Gpu), Gpu);
        });

        /// <returns>null when the text is not a manifest.</returns>
        public static Manifest? FromJson(string json) => JsonText.Read(json, r => new Manifest(
            JsonText.String(r.GetProperty(nameof(Fingerprint))), r.GetProperty(nameof(BlockSize)).GetInt32(), r.GetProperty(nameof(Csv)).GetBoolean(),
            r.GetProperty(nameof(Lanes)).GetInt32(), r.GetProperty(nameof(Gpu)).GetString()));
    }

    /// <summary>How a run with <paramref name="lanes"/> lanes is named to the user (as `--lockstep` and metadata.json say it).</summary>
    public static string ModeName(int lanes) => lanes == 0 ? "off (single runs)" : $"on ({lanes} lanes)";

    /// <summary>How a run's mode is named to the user: "lock-step off (single runs)", "lock-step on (16 lanes)",
    /// "--gpu on (CUDA)" or "--gpu emulate (ILGPU's CPU accelerator)".</summary>
    private static string ModeName(int lanes, string? gpu) => gpu switch
    {
        null => $"lock-step {ModeName(lanes)}",
        "cuda" => "--gpu on (CUDA)",
        "emulated" => "--gpu emulate (ILGPU's CPU accelerator)",
        _ => $"--gpu {gpu}",
    };

    /// <param name="Tails">each Parquet file's footer as it was at the checkpoint (base64): the next row group is
    /// written over it, so a resume after a kill puts it back.</param>
    private sealed record Checkpoint(long Blocks, Dictionary<string, long> Lengths, Dictionary<string, string> Tails, List<string[]> Summary, bool Complete)
    {
        public void Write(Stream stream) => JsonText.Write(stream, w =>
        {
            w.WriteNumber(nameof(Blocks), Blocks);
            w.WriteStartObject(nameof(Lengths));
            foreach (var (file, length) in Lengths) w.WriteNumber(file, length);
            w.WriteEndObject();
            w.WriteStartObject(nameof(Tails));
            foreach (var (file, tail) in Tails) w.WriteString(file, tail);
            w.WriteEndObject();
            w.WriteStartArray(nameof(Summary));
            foreach (var row in Summary)
            {
                w.WriteStartArray();
                foreach (var cell in row) w.WriteStringValue(cell);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteBoolean(nameof(Complete), Complete);
        });

        /// <returns>null when the text is not a checkpoint.</returns>
        public static Checkpoint? FromJson(string json) => JsonText.Read(json, r =>
        {
            var lengths = new Dictionary<string, long>();
            foreach (var p in r.GetProperty(nameof(Lengths)).EnumerateObject()) lengths[p.Name] = p.Value.GetInt64();
            var tails = new Dictionary<string, string>();
            foreach (var p in r.GetProperty(nameof(Tails)).EnumerateObject())
            {
                tails[p.Name] = JsonText.String(p.Value);
                Convert.FromBase64String(tails[p.Name]); // a footer that is not base64 makes the checkpoint unreadable here, not at the restore
            }
            var summary = new List<string[]>();
            foreach (var row in r.GetProperty(nameof(Summary)).EnumerateArray())
            {
                var cells = new string[row.GetArrayLength()];
                int i = 0;
                foreach (var cell in row.EnumerateArray()) cells[i++] = JsonText.String(cell);
                summary.Add(cells);
            }
            return new Checkpoint(r.GetProperty(nameof(Blocks)).GetInt64(), lengths, tails, summary, r.GetProperty(nameof(Complete)).GetBoolean());
        });
    }

    /// <returns>experiments already written by an earlier, interrupted run.</returns>
    private long Open(string fingerprint, bool resume, int lanes, string? gpu)
    {
        // A kill while removing a finished run's `.partial-done/`: the results are complete, the rest is litter.
        var finished = Path.Combine(_directory, FinishedPartialDirectory);
        if (Directory.Exists(finished)) Directory.Delete(finished, recursive: true);
        var manifest = Path.Combine(_partial, ManifestFile);
        var wanted = new Manifest(fingerprint, _blockSize, _csv, lanes, gpu);
        string expected = wanted.ToJson();
        // A run killed between creating `.partial/` and writing its manifest left nothing worth keeping.
        if (Directory.Exists(_partial) && !File.Exists(manifest)) Directory.Delete(_partial, recursive: true);
        if (resume && !Directory.Exists(_partial))
            throw new InputException(_directory, 0, 0, "resume", File.Exists(Path.Combine(_directory, OutcomesFile))
                ? "the run here is already complete"
                : "there is no interrupted run here to resume: run without --resume to start one");
        if (resume)
        {
            string found = File.ReadAllText(manifest);
            if (found != expected && Manifest.FromJson(found) is { } recorded && recorded with { Lanes = lanes, Gpu = gpu } == wanted)
                throw new InputException(manifest, 0, 0, recorded.Gpu is null && gpu is null ? "lockstep" : "gpu",
                    $"the unfinished run here was started with {ModeName(recorded.Lanes, recorded.Gpu)} and this one would run {ModeName(lanes, gpu)}: resume with the same --lockstep and --gpu on the same kind of processor");
            if (found != expected)
                throw new InputException(manifest, 0, 0, "resume", "the unfinished run here was started with another design, seed, block size, output format, input files or build of Spokes");
            return Restore();
        }
        if (Directory.Exists(_partial))
        {
            // An interrupted run that finished nothing is nothing to keep (a cluster that never answered, a kill
            // before the first checkpoint): a new run may replace it. One with finished experiments is not overwritten.
            if (ReadCheckpoint() is { Blocks: > 0 })
                throw new InputException(_directory, 0, 0, "out", "an unfinished run is here: resume it with --resume, or remove the directory");
            Directory.Delete(_partial, recursive: true);
        }
        Directory.CreateDirectory(_partial);
        WriteAtomically(manifest, s => { using var w = Text(s); w.Write(expected); });
        return 0;
    }

    private Checkpoint? ReadCheckpoint()
    {
        var path = Path.Combine(_partial, CheckpointFile);
        if (!File.Exists(path)) return null;
        return Checkpoint.FromJson(File.ReadAllText(path))
            ?? throw new InputException(path, 0, 0, "checkpoint", "not a checkpoint written by spokes: the unfinished run here cannot be resumed; remove the directory and run again");
    }

    /// <summary>Brings `.partial/` back to its last checkpoint: what was written after it is dropped (each file cut to
    /// its recorded length, each Parquet footer, which the next row group overwrote, put back), the summary's state
    /// restored.</summary>
    private long Restore()
    {
        var checkpoint = ReadCheckpoint();
        if (checkpoint is not { Blocks: > 0 })
        {
            foreach (var f in Files) File.Delete(PartialFile(f));
            return 0;
        }
        try { _summary.Load(checkpoint.Summary); }
        catch (FormatException e)
        {
            throw new InputException(Path.Combine(_partial, CheckpointFile), 0, 0, "checkpoint",
                $"its summary does not fit this design ({e.Message}): the unfinished run here cannot be resumed; remove the directory and run again");
        }
        _blocksDone = checkpoint.Blocks;
        _finished = checkpoint.Complete;
        foreach (var f in Files)
        {
            var path = PartialFile(f);
            if (checkpoint.Complete && !File.Exists(path) && File.Exists(Path.Combine(_directory, f))) continue; // moved into place before the kill
            var tail = checkpoint.Tails.TryGetValue(f, out var t) ? Convert.FromBase64String(t) : [];
            if (!checkpoint.Lengths.TryGetValue(f, out long length) || !File.Exists(path) || new FileInfo(path).Length < length - tail.Length)
                throw new InputException(_partial, 0, 0, "resume", $"{f} is shorter than its checkpoint says: the unfinished run cannot be resumed; remove the directory and run again");
            using var s = new FileStream(path, FileMode.Open, FileAccess.Write);
            s.SetLength(length - tail.Length);
            s.Seek(0, SeekOrigin.End);
            s.Write(tail);
            s.Flush(flushToDisk: true);
        }
        foreach (var p in _parquet) p.Exists = true;
        foreach (var t in _text) t.Exists = true;
        return checkpoint.Blocks * (long)_blockSize;
    }

    private IEnumerable<string> Files => _parquet.Select(p => p.Name).Concat(_text.Select(t => t.Name));

    private string PartialFile(string name) => Path.Combine(_partial, name);

    /// <summary>Why the results in <paramref name="directory"/> cannot be read, or null when they are complete: a run
    /// is writing there, or one was interrupted (its files are not all in place, or were being moved over an earlier
    /// run's files, which would then mix two runs).</summary>
    public static string? Unfinished(string directory)
    {
        if (OutputLock.IsHeld(directory)) return "a spokes run is writing here; wait for it to finish";
        if (Directory.Exists(Path.Combine(directory, PartialDirectory)))
            return "the run here is unfinished (interrupted before or while its results were put in place, so the files may mix two runs): finish it with `spokes explore --resume`";
        return null;
    }

    /// <summary>Experiments already written by an earlier, interrupted run (whole blocks from the start).</summary>
    public long CompletedExperiments { get; }

    /// <summary>Per policy and scalar outcome, over every experiment written (those of an interrupted run included);
    /// complete after <see cref="Complete"/>.</summary>
    public IReadOnlyList<ResultSummary.Row> Summary => _summary.Rows();

    /// <summary>Queues a block for the writer thread (copied: the caller may reuse its buffers at once). Blocks must
    /// come in index order, starting at <see cref="CompletedExperiments"/>.</summary>
    public void WriteBlock(ExperimentMatrix m, long first, int count, double[] scalars, double[] series)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (first != _nextFirst || count < 1 || count > _blockSize)
            throw new ArgumentException($"blocks must come in order, whole, from experiment {_nextFirst} (got {count} from {first})");
        if (Volatile.Read(ref _failure) is { } failure) throw new IOException($"writing the results failed: {failure.Message}", failure);
        if (!_pool.TryTake(out var block)) block = new Block(_blockSize * _scalars.Length, _blockSize * _seriesNames.Length * _design.Years);
        block.Matrix = m;
        block.First = first;
        block.Count = count;
        Array.Copy(scalars, block.Scalars, count * _scalars.Length);
        Array.Copy(series, block.Series, count * _seriesNames.Length * _design.Years);
        _nextFirst = first + count;
        _queue.Add(block);
    }

    /// <summary>Waits for the queued blocks, closes the files, moves them into place and removes `.partial/`.</summary>
    public void Complete()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Drain();
        if (!_finished)
        {
            Save(complete: true);
            _finished = true;
        }
        foreach (var t in _text) t.Close();
        // Every file is complete and durable in `.partial/`; each rename below is atomic. Until the switch of
        // `.partial/` the folder counts as unfinished (readers refuse it; a resume finishes the renames).
        foreach (var f in Files)
            if (File.Exists(PartialFile(f))) File.Move(PartialFile(f), Path.Combine(_directory, f), overwrite: true);
        var done = Path.Combine(_directory, FinishedPartialDirectory);
        Directory.Move(_partial, done);
        // What `.partial/` holds at the end is known: removed by name, then the empty folder (a recursive delete
        // compiles the directory walker at every run's end). Anything else there (a temporary file of a checkpoint
        // that a kill interrupted, before this run resumed) goes with the recursive delete.
        foreach (var f in new[] { ManifestFile, CheckpointFile }) File.Delete(Path.Combine(done, f));
        try { Directory.Delete(done); }
        catch (IOException) { Directory.Delete(done, recursive: true); }
        _disposed = true;
        _lock.Dispose();
    }

    /// <summary>Ends an unfinished run: the queued blocks are written and checkpointed, so a later --resume continues
    /// after them, and the folder's lock is released (<see cref="Complete"/> does this as its last step).</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        try
        {
            Drain();
            if (!_finished) Save(complete: false);
        }
        catch (Exception)
        {
            // The failure was reported where it happened; the last good checkpoint stands.
        }
        finally
        {
            foreach (var p in _parquet) p.Close();
            foreach (var t in _text) t.Close();
            _lock.Dispose();
        }
    }

    /// <summary>For a run that failed before it wrote anything (a cluster that never answered): removes `.partial/`,
    /// and the folder itself when this run created it, so nothing is left behind to block the next run. A run with
    /// finished experiments is kept for --resume.</summary>
    public void Abandon()
    {
        Dispose();
        if (_blocksDone > 0 || !Directory.Exists(_partial)) return;
        Directory.Delete(_partial, recursive: true);
        RemoveIfCreated();
    }

    /// <summary>Removes the folder when this writer created it and it holds nothing but the lock files: a refused or
    /// failed run leaves no empty output folder behind.</summary>
    private void RemoveIfCreated()
    {
        if (!_createdDirectory || !Directory.GetFileSystemEntries(_directory).Select(Path.GetFileName).All(n => n is OutputLock.FileName or OutputLock.OwnerFile)) return;
        foreach (var f in new[] { OutputLock.OwnerFile, OutputLock.FileName }) File.Delete(Path.Combine(_directory, f));
        Directory.Delete(_directory);
    }

    private void Drain()
    {
        if (!_queue.IsAddingCompleted) _queue.CompleteAdding();
        _thread.Join();
        if (_failure is { } failure) throw new IOException($"writing the results failed: {failure.Message}", failure);
    }

    private void WriterLoop()
    {
        try
        {
            foreach (var block in _queue.GetConsumingEnumerable())
            {
                Write(block);
                _pool.Add(block);
                _blocksDone++;
                if (DateTime.UtcNow - _lastCheckpoint >= (_interval ?? CheckpointInterval)) Save(complete: false);
            }
        }
        catch (Exception e)
        {
            Volatile.Write(ref _failure, e);
            // Let the producer go on (and find the failure at its next block) instead of blocking on a full queue.
            foreach (var _ in _queue.GetConsumingEnumerable()) { }
        }
    }

    /// <summary>Makes everything written so far durable and records it (files closed: the Parquet footers written).</summary>
    private void Save(bool complete)
    {
        var started = DateTime.UtcNow;
        var lengths = new Dictionary<string, long>();
        var tails = new Dictionary<string, string>();
        foreach (var p in _parquet)
        {
            lengths[p.Name] = p.Close(flushToDisk: true, PartialFile(p.Name));
            if (lengths[p.Name] > 0) tails[p.Name] = Convert.ToBase64String(FooterOf(PartialFile(p.Name)));
        }
        foreach (var t in _text) lengths[t.Name] = t.Flush(PartialFile(t.Name));
        var checkpoint = new Checkpoint(_blocksDone, lengths, tails, _summary.Save(), complete);
        WriteAtomically(PartialFile(CheckpointFile), checkpoint.Write);
        _lastCheckpoint = DateTime.UtcNow;
        // The footers grow with the row groups, and so does a checkpoint: keep checkpoints under a tenth of the time.
        _interval = TimeSpan.FromTicks(Math.Max(CheckpointInterval.Ticks, Math.Min(TimeSpan.FromMinutes(1).Ticks, 10 * (_lastCheckpoint - started).Ticks)));
    }

    /// <summary>A Parquet file's footer: the metadata, its 4-byte length and the closing "PAR1".</summary>
    private static byte[] FooterOf(string path)
    {
        using var s = new FileStream(path, FileMode.Open, FileAccess.Read);
        Span<byte> end = stackalloc byte[8];
        s.Seek(-8, SeekOrigin.End);
        s.ReadExactly(end);
        int length = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(end) + 8;
        var tail = new byte[length];
        s.Seek(-length, SeekOrigin.End);
        s.ReadExactly(tail);
        return tail;
    }

    /// <summary>Column buffers the writer thread reuses from block to block.</summary>
    private sealed class Columns(int rows, int inputs, int seriesRows)
    {
        public readonly long[] Index = new long[rows];
        public readonly int[] Scenario = new int[rows];
        public readonly string[] Policy = new string[rows];
        public readonly double[][] Inputs = Enumerable.Range(0, inputs).Select(_ => new double[rows]).ToArray();
        public readonly double[] Scalar = new double[rows];
        public readonly long[] SeriesIndex = new long[seriesRows];
        public readonly string[] SeriesName = new string[seriesRows];
        public readonly int[] SeriesYear = new int[seriesRows];
        public readonly double[] SeriesValue = new double[seriesRows];
    }

    private Columns? _columns;

    private void Write(Block b)
    {
        var m = b.Matrix!;
        int count = b.Count, ns = _scalars.Length, years = _design.Years;
        var c = _columns ??= new Columns(_blockSize, _inputs.Length, _blockSize * _seriesNames.Length * years);
        for (int i = 0; i < count; i++)
        {
            c.Index[i] = b.First + i;
            var (s, p) = m.Locate(b.First + i);
            c.Scenario[i] = s;
            c.Policy[i] = _design.Policies[p].Name;
            var inputs = m.Inputs[s];
            for (int j = 0; j < inputs.Length; j++) c.Inputs[j][i] = inputs[j];
            _summary.Add(c.Policy[i], b.Scalars.AsSpan(i * ns, ns));
        }
        _parquet[0].Append(_partial, async rg =>
        {
            await rg.WriteAsync<long>(_index, c.Index.AsMemory(0, count));
            await rg.WriteAsync<int>(_scenario, c.Scenario.AsMemory(0, count));
            await rg.WriteAsync(_policy, new ArraySegment<string>(c.Policy, 0, count));
            for (int j = 0; j < _inputs.Length; j++) await rg.WriteAsync<double>(_inputs[j], c.Inputs[j].AsMemory(0, count));
        });
        _parquet[1].Append(_partial, async rg =>
        {
            await rg.WriteAsync<long>(_index, c.Index.AsMemory(0, count));
            for (int o = 0; o < ns; o++)
            {
                for (int i = 0; i < count; i++) c.Scalar[i] = b.Scalars[i * ns + o];
                await rg.WriteAsync<double>(_scalars[o], c.Scalar.AsMemory(0, count));
            }
        });
        if (_seriesNames.Length > 0)
        {
            int rows = count * _seriesNames.Length * years, r = 0;
            for (int i = 0; i < count; i++)
                for (int o = 0; o < _seriesNames.Length; o++)
                    for (int y = 0; y < years; y++, r++)
                    {
                        c.SeriesIndex[r] = b.First + i;
                        c.SeriesName[r] = _seriesNames[o];
                        c.SeriesYear[r] = _design.Scenario.BaselineYear + 1 + y;
                        c.SeriesValue[r] = b.Series[(i * _seriesNames.Length + o) * years + y];
                    }
            _parquet[2].Append(_partial, async rg =>
            {
                await rg.WriteAsync<long>(_index, c.SeriesIndex.AsMemory(0, rows));
                await rg.WriteAsync(_seriesOutcome, new ArraySegment<string>(c.SeriesName, 0, rows));
                await rg.WriteAsync<int>(_year, c.SeriesYear.AsMemory(0, rows));
                await rg.WriteAsync<double>(_value, c.SeriesValue.AsMemory(0, rows));
            });
        }
        if (_csv)
        {
            var w = _text[0].Writer(_partial);
            for (int i = 0; i < count; i++)
            {
                w.Write(c.Index[i].ToString(CultureInfo.InvariantCulture));
                w.Write(',');
                w.Write(c.Scenario[i].ToString(CultureInfo.InvariantCulture));
                w.Write(',');
                w.Write(c.Policy[i]);
                for (int j = 0; j < _inputs.Length; j++) { w.Write(','); w.Write(R(c.Inputs[j][i])); }
                w.Write('\n');
            }
            w = _text[1].Writer(_partial);
            for (int i = 0; i < count; i++)
            {
                w.Write(c.Index[i].ToString(CultureInfo.InvariantCulture));
                for (int o = 0; o < ns; o++) { w.Write(','); w.Write(R(b.Scalars[i * ns + o])); }
                w.Write('\n');
            }
        }
    }

    /// <summary>A block handed over by the model's side: its own copy of the outcomes.</summary>
    private sealed class Block(int scalars, int series)
    {
        public readonly double[] Scalars = new double[scalars], Series = new double[series];
        public ExperimentMatrix? Matrix;
        public long First;
        public int Count;
    }

    /// <summary>One Parquet result file, open for appending row groups between checkpoints.</summary>
    private sealed class ParquetFile(string name, ParquetSchema schema)
    {
        public string Name { get; } = name;
        /// <summary>Whether the file holds a checkpointed, footer-terminated prefix to append to.</summary>
        public bool Exists;
        private FileStream? _stream;
        private ParquetWriter? _writer;

        public void Append(string directory, Func<ParquetRowGroupWriter, Task> write)
        {
            if (_writer is null)
            {
                var path = Path.Combine(directory, Name);
                _stream = new FileStream(path, Exists ? FileMode.Open : FileMode.Create, FileAccess.ReadWrite, FileShare.None, bufferSize: 1 << 16);
                // Appending reads the footer written at the last checkpoint and continues before it: the file's bytes
                // are those of one uninterrupted writer.
                _writer = ParquetWriter.CreateAsync(schema, _stream, append: Exists).GetAwaiter().GetResult();
                Exists = true;
            }
            using var rg = _writer.CreateRowGroup();
            write(rg).GetAwaiter().GetResult();
        }

        /// <summary>Closes the writer (its footer written) and returns the file's length; with
        /// <paramref name="flushToDisk"/>, after forcing it to disk.</summary>
        public long Close(bool flushToDisk = false, string? path = null)
        {
            if (_writer is not null) _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _writer = null;
            _stream?.Dispose();
            _stream = null;
            if (!flushToDisk || path is null || !File.Exists(path)) return path is not null && File.Exists(path) ? new FileInfo(path).Length : 0;
            using var sync = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            sync.Flush(flushToDisk: true);
            return sync.Length;
        }
    }

    /// <summary>One CSV result file: a header, then one line per experiment, appended block by block.</summary>
    private sealed class CsvFile(string name, string header)
    {
        public string Name { get; } = name;
        public bool Exists;
        private FileStream? _stream;
        private StreamWriter? _writer;

        public StreamWriter Writer(string directory)
        {
            if (_writer is null)
            {
                _stream = new FileStream(Path.Combine(directory, Name), Exists ? FileMode.Open : FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
                _stream.Seek(0, SeekOrigin.End);
                _writer = Text(_stream);
                if (!Exists) _writer.Write(header + "\n");
                Exists = true;
            }
            return _writer;
        }

        /// <summary>Forces what was written to disk and returns the file's length.</summary>
        public long Flush(string path)
        {
            if (_writer is null) return File.Exists(path) ? new FileInfo(path).Length : 0;
            _writer.Flush();
            _stream!.Flush(flushToDisk: true);
            return _stream.Length;
        }

        public void Close()
        {
            _writer?.Dispose();
            _stream?.Dispose();
            _writer = null;
            _stream = null;
        }
    }

    /// <summary>Writes through a temporary sibling, flushes it to disk, then renames it: all or nothing.</summary>
    private static void WriteAtomically(string path, Action<Stream> write)
    {
        var temp = path + Temp;
        using (var s = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            write(s);
            s.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
    }

    private static StreamWriter Text(Stream s) => new(s, new System.Text.UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };

    private static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
