using Parquet;

namespace Spokes.Explore.Results;

/// <summary>
/// Reads an exploration's series.parquet (one row per experiment, series outcome and year) back per outcome and
/// policy, for envelope charts: each experiment's values in year order.
/// </summary>
public static class SeriesReader
{
    /// <summary>Per series outcome: the first year and, per policy, one array of values per experiment. Empty without series.parquet.</summary>
    public static IReadOnlyList<(string Outcome, int StartYear, IReadOnlyList<(string Policy, IReadOnlyList<double[]> Runs)> Policies)> Read(string directory)
    {
        var path = Path.Combine(directory, ResultWriter.SeriesFile);
        if (!File.Exists(path)) return [];
        return ReadAsync(directory, path).GetAwaiter().GetResult();
    }

    private static async Task<List<(string, int, IReadOnlyList<(string, IReadOnlyList<double[]>)>)>> ReadAsync(string directory, string path)
    {
        var policyOf = new Dictionary<long, string>();
        await using (var ex = await ParquetReader.CreateAsync(Path.Combine(directory, ResultWriter.ExperimentsFile)))
        {
            var fields = ex.Schema.GetDataFields();
            for (int g = 0; g < ex.RowGroupCount; g++)
            {
                using var rg = ex.OpenRowGroupReader(g);
                var id = new long[rg.RowCount];
                var policy = new string?[rg.RowCount];
                await rg.ReadAsync<long>(fields.Single(f => f.Name == "experiment"), id.AsMemory());
                await rg.ReadAsync(fields.Single(f => f.Name == "policy"), policy.AsMemory());
                for (int i = 0; i < id.Length; i++) policyOf[id[i]] = policy[i] ?? "";
            }
        }
        // outcome -> experiment -> (year -> value)
        var data = new Dictionary<string, SortedDictionary<long, SortedDictionary<int, double>>>();
        var order = new List<string>();
        await using (var reader = await ParquetReader.CreateAsync(path))
        {
            var fields = reader.Schema.GetDataFields();
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                using var rg = reader.OpenRowGroupReader(g);
                int n = (int)rg.RowCount;
                var id = new long[n];
                var outcome = new string?[n];
                var year = new int[n];
                var value = new double[n];
                await rg.ReadAsync<long>(fields.Single(f => f.Name == "experiment"), id.AsMemory());
                await rg.ReadAsync(fields.Single(f => f.Name == "outcome"), outcome.AsMemory());
                await rg.ReadAsync<int>(fields.Single(f => f.Name == "year"), year.AsMemory());
                await rg.ReadAsync<double>(fields.Single(f => f.Name == "value"), value.AsMemory());
                for (int i = 0; i < n; i++)
                {
                    string o = outcome[i] ?? "";
                    if (!data.TryGetValue(o, out var byExperiment)) { data[o] = byExperiment = new(); order.Add(o); }
                    if (!byExperiment.TryGetValue(id[i], out var byYear)) byExperiment[id[i]] = byYear = new();
                    byYear[year[i]] = value[i];
                }
            }
        }
        var result = new List<(string, int, IReadOnlyList<(string, IReadOnlyList<double[]>)>)>();
        foreach (var o in order)
        {
            var runs = data[o];
            int start = runs.Values.Min(r => r.Keys.First());
            var policies = runs.GroupBy(kv => policyOf.GetValueOrDefault(kv.Key, ""))
                .Select(g => (g.Key, (IReadOnlyList<double[]>)g.Select(kv => kv.Value.Values.ToArray()).ToList()))
                .OrderBy(p => policyOf.Where(kv => kv.Value == p.Key).Select(kv => kv.Key).DefaultIfEmpty(0).Min())
                .ToList();
            result.Add((o, start, policies));
        }
        return result;
    }
}
