using System.Globalization;
using Parquet;
using Parquet.Schema;
using Spokes.Explore.Experiments;

namespace Spokes.Explore.Results;

/// <summary>
/// Streams experiment results to disk, one block of experiments at a time, so memory does not grow with the number
/// of experiments: experiments.parquet (index, scenario, policy, every input), outcomes.parquet (index, every scalar
/// outcome), series.parquet (index, outcome, year, value; only when there are series outcomes), and the same as CSV on
/// request. Files are written under temporary names and renamed by <see cref="Complete"/>: a reader never sees a
/// half-written result under its final name.
/// </summary>
public sealed class ResultWriter : Evaluation.IResultSink, IDisposable
{
    public const string ExperimentsFile = "experiments.parquet", OutcomesFile = "outcomes.parquet", SeriesFile = "series.parquet";
    private const string Partial = ".partial";

    private readonly ExperimentDesign _design;
    private readonly string _directory;
    private readonly List<(string Final, Stream Stream)> _files = [];
    private readonly ParquetWriter _experiments, _outcomes;
    private readonly ParquetWriter? _series;
    private readonly StreamWriter? _experimentsCsv, _outcomesCsv;
    private readonly DataField<long> _expIndex = new("experiment"), _outIndex = new("experiment"), _serIndex = new("experiment");
    private readonly DataField<int> _scenario = new("scenario"), _year = new("year");
    private readonly DataField<string> _policy = new("policy"), _serOutcome = new("outcome");
    private readonly DataField<double>[] _inputs, _scalars;
    private readonly DataField<double> _serValue = new("value");
    private readonly string[] _seriesNames;
    private bool _completed;

    public ResultWriter(string directory, ExperimentDesign design, bool csv)
    {
        _design = design;
        _directory = directory;
        Directory.CreateDirectory(directory);
        _inputs = design.Uncertainties.Select(u => new DataField<double>(u.Name)).ToArray();
        _scalars = design.Outcomes.Where(o => !o.IsSeries).Select(o => new DataField<double>(o.Name)).ToArray();
        _seriesNames = design.Outcomes.Where(o => o.IsSeries).Select(o => o.Name).ToArray();
        _experiments = Create(ExperimentsFile, new ParquetSchema(new Field[] { _expIndex, _scenario, _policy }.Concat(_inputs)));
        _outcomes = Create(OutcomesFile, new ParquetSchema(new Field[] { _outIndex }.Concat(_scalars)));
        if (_seriesNames.Length > 0) _series = Create(SeriesFile, new ParquetSchema(_serIndex, _serOutcome, _year, _serValue));
        if (csv)
        {
            _experimentsCsv = Text("experiments.csv", "experiment,scenario,policy" + string.Concat(_inputs.Select(f => "," + f.Name)));
            _outcomesCsv = Text("outcomes.csv", "experiment" + string.Concat(_scalars.Select(f => "," + f.Name)));
        }
    }

    /// <summary>Writes one block: experiments first..first+count−1, their scalar outcomes (experiment-major) and series.</summary>
    public void WriteBlock(ExperimentMatrix m, long first, int count, double[] scalars, double[] series)
    {
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
        using (var rg = _experiments.CreateRowGroup())
        {
            rg.WriteAsync<long>(_expIndex, index).GetAwaiter().GetResult();
            rg.WriteAsync<int>(_scenario, scenario).GetAwaiter().GetResult();
            rg.WriteAsync(_policy, policy).GetAwaiter().GetResult();
            for (int j = 0; j < _inputs.Length; j++)
            {
                var col = new double[count];
                for (int i = 0; i < count; i++) col[i] = m.Inputs[scenario[i]][j];
                rg.WriteAsync<double>(_inputs[j], col).GetAwaiter().GetResult();
            }
        }
        using (var rg = _outcomes.CreateRowGroup())
        {
            rg.WriteAsync<long>(_outIndex, index).GetAwaiter().GetResult();
            for (int o = 0; o < ns; o++)
            {
                var col = new double[count];
                for (int i = 0; i < count; i++) col[i] = scalars[i * ns + o];
                rg.WriteAsync<double>(_scalars[o], col).GetAwaiter().GetResult();
            }
        }
        if (_series is not null)
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
            using var rg = _series.CreateRowGroup();
            rg.WriteAsync<long>(_serIndex, sIndex).GetAwaiter().GetResult();
            rg.WriteAsync(_serOutcome, sName).GetAwaiter().GetResult();
            rg.WriteAsync<int>(_year, sYear).GetAwaiter().GetResult();
            rg.WriteAsync<double>(_serValue, sValue).GetAwaiter().GetResult();
        }
        if (_experimentsCsv is not null && _outcomesCsv is not null)
            for (int i = 0; i < count; i++)
            {
                _experimentsCsv.Write($"{index[i]},{scenario[i]},{policy[i]}");
                foreach (var v in m.Inputs[scenario[i]]) _experimentsCsv.Write("," + R(v));
                _experimentsCsv.Write('\n');
                _outcomesCsv.Write(index[i].ToString(CultureInfo.InvariantCulture));
                for (int o = 0; o < ns; o++) _outcomesCsv.Write("," + R(scalars[i * ns + o]));
                _outcomesCsv.Write('\n');
            }
    }

    /// <summary>Closes every file and moves it to its final name.</summary>
    public void Complete()
    {
        CloseAll();
        foreach (var (final, _) in _files) File.Move(final + Partial, final, overwrite: true);
        _completed = true;
    }

    public void Dispose()
    {
        if (_completed) return;
        CloseAll();
        foreach (var (final, _) in _files) if (File.Exists(final + Partial)) File.Delete(final + Partial);
    }

    private void CloseAll()
    {
        _experiments.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _outcomes.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _series?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _experimentsCsv?.Flush();
        _outcomesCsv?.Flush();
        foreach (var (_, s) in _files) s.Dispose();
    }

    private ParquetWriter Create(string name, ParquetSchema schema)
    {
        var path = Path.Combine(_directory, name);
        var stream = File.Create(path + Partial);
        _files.Add((path, stream));
        return ParquetWriter.CreateAsync(schema, stream).GetAwaiter().GetResult();
    }

    private StreamWriter Text(string name, string header)
    {
        var path = Path.Combine(_directory, name);
        var stream = File.Create(path + Partial);
        _files.Add((path, stream));
        var w = new StreamWriter(stream, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        w.Write(header + "\n");
        return w;
    }

    private static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
