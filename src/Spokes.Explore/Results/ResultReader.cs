using Parquet;
using Parquet.Schema;

namespace Spokes.Explore.Results;

/// <summary>A result table read back: column names and values (row-major), plus the policy of each row.</summary>
public sealed record ResultTable(IReadOnlyList<string> Inputs, IReadOnlyList<string> Outcomes, double[][] InputRows,
    double[][] OutcomeRows, string[] Policies, int[] Scenarios);

/// <summary>
/// Reads an exploration's experiments.parquet and outcomes.parquet back into memory, joined on the experiment index
/// (for scenario discovery and for analyses run after the fact).
/// </summary>
public static class ResultReader
{
    public static ResultTable Read(string directory)
    {
        if (ResultWriter.Unfinished(directory) is { } why) throw new InputException(directory, 0, 0, "", why);
        var experiments = Path.Combine(directory, ResultWriter.ExperimentsFile);
        var outcomes = Path.Combine(directory, ResultWriter.OutcomesFile);
        foreach (var f in new[] { experiments, outcomes })
            if (!File.Exists(f)) throw new InputException(f, 0, 0, "", "result file not found (run `spokes explore` first)");

        var (inputNames, inputCols, policies, scenarios) = ReadExperiments(experiments).GetAwaiter().GetResult();
        var (outcomeNames, outcomeCols) = ReadDoubles(outcomes, skip: ["experiment"]).GetAwaiter().GetResult();
        int n = policies.Length;
        if (outcomeCols.Count > 0 && outcomeCols[0].Length != n)
            throw new InputException(outcomes, 0, 0, "", $"has {outcomeCols[0].Length} rows, experiments.parquet has {n}");
        return new ResultTable(inputNames, outcomeNames,
            Enumerable.Range(0, n).Select(i => inputCols.Select(c => c[i]).ToArray()).ToArray(),
            Enumerable.Range(0, n).Select(i => outcomeCols.Select(c => c[i]).ToArray()).ToArray(),
            policies, scenarios);
    }

    private static async Task<(List<string>, List<double[]>, string[], int[])> ReadExperiments(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        var fields = reader.Schema.GetDataFields();
        var names = fields.Where(f => f.Name is not ("experiment" or "scenario" or "policy")).Select(f => f.Name).ToList();
        var cols = names.Select(_ => new List<double>()).ToList();
        var policies = new List<string>();
        var scenarios = new List<int>();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var rg = reader.OpenRowGroupReader(g);
            int rows = (int)rg.RowCount;
            var scenario = new int[rows];
            await rg.ReadAsync<int>(fields.Single(f => f.Name == "scenario"), scenario.AsMemory());
            scenarios.AddRange(scenario);
            var policy = new string?[rows];
            await rg.ReadAsync(fields.Single(f => f.Name == "policy"), policy.AsMemory());
            policies.AddRange(policy.Select(p => p ?? ""));
            for (int c = 0; c < names.Count; c++)
            {
                var values = new double[rows];
                await rg.ReadAsync<double>(fields.Single(f => f.Name == names[c]), values.AsMemory());
                cols[c].AddRange(values);
            }
        }
        return (names, cols.Select(c => c.ToArray()).ToList(), policies.ToArray(), scenarios.ToArray());
    }

    private static async Task<(List<string>, List<double[]>)> ReadDoubles(string path, string[] skip)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        var fields = reader.Schema.GetDataFields().Where(f => !skip.Contains(f.Name)).ToList();
        var cols = fields.Select(_ => new List<double>()).ToList();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var rg = reader.OpenRowGroupReader(g);
            for (int c = 0; c < fields.Count; c++)
            {
                var values = new double[rg.RowCount];
                await rg.ReadAsync<double>(fields[c], values.AsMemory());
                cols[c].AddRange(values);
            }
        }
        return (fields.Select(f => f.Name).ToList(), cols.Select(c => c.ToArray()).ToList());
    }
}
