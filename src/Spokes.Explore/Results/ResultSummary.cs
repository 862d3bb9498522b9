using Parquet;

namespace Spokes.Explore.Results;

/// <summary>
/// Mean, standard deviation, minimum and maximum of each scalar outcome per policy, read back from a finished
/// result directory one row group at a time (Welford), so it costs no more memory than one block.
/// </summary>
public static class ResultSummary
{
    public sealed record Row(string Policy, string Outcome, long Count, double Mean, double StandardDeviation, double Min, double Max);

    public static IReadOnlyList<Row> Read(string directory) => ReadAsync(directory).GetAwaiter().GetResult();

    private static async Task<IReadOnlyList<Row>> ReadAsync(string directory)
    {
        await using var experiments = await ParquetReader.CreateAsync(Path.Combine(directory, ResultWriter.ExperimentsFile));
        await using var outcomes = await ParquetReader.CreateAsync(Path.Combine(directory, ResultWriter.OutcomesFile));
        var policyField = experiments.Schema.GetDataFields().Single(f => f.Name == "policy");
        var fields = outcomes.Schema.GetDataFields().Where(f => f.Name != "experiment").ToArray();
        var stats = new Dictionary<(string, string), (long N, double Mean, double M2, double Min, double Max)>();
        var order = new List<(string, string)>();
        for (int g = 0; g < experiments.RowGroupCount; g++)
        {
            using var er = experiments.OpenRowGroupReader(g);
            using var orr = outcomes.OpenRowGroupReader(g);
            var policies = new string?[er.RowCount];
            await er.ReadAsync(policyField, policies.AsMemory());
            foreach (var f in fields)
            {
                var values = new double[orr.RowCount];
                await orr.ReadAsync<double>(f, values.AsMemory());
                for (int i = 0; i < values.Length; i++)
                {
                    var key = (policies[i] ?? "", f.Name);
                    if (!stats.TryGetValue(key, out var s)) { s = (0, 0, 0, double.PositiveInfinity, double.NegativeInfinity); order.Add(key); }
                    double x = values[i];
                    long n = s.N + 1;
                    double delta = x - s.Mean, mean = s.Mean + delta / n;
                    stats[key] = (n, mean, s.M2 + delta * (x - mean), Math.Min(s.Min, x), Math.Max(s.Max, x));
                }
            }
        }
        return order.OrderBy(k => order.FindIndex(o => o.Item1 == k.Item1)).ThenBy(k => Array.FindIndex(fields, f => f.Name == k.Item2))
            .Select(k =>
            {
                var s = stats[k];
                return new Row(k.Item1, k.Item2, s.N, s.Mean, s.N > 1 ? Math.Sqrt(s.M2 / (s.N - 1)) : 0, s.Min, s.Max);
            }).ToList();
    }
}
