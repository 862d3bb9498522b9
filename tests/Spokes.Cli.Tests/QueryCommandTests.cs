namespace Spokes.Cli.Tests;

/// <summary>`spokes query` on an exploration's Parquet files.</summary>
public class QueryCommandTests
{
    private static (int Code, string Out, string Err) Spokes(params string[] args) => Cli.Run(args);

    private static string Exploration()
    {
        var dir = Directory.CreateTempSubdirectory("spokes-query-").FullName;
        var scenario = Path.Combine(dir, "s.yaml");
        File.WriteAllText(scenario, """
            name: s
            end: 2020
            experiments:
              sampler: lhs
              n: 10
              seed: 2
              uncertainties:
                - {name: publicSupport, distribution: uniform, min: 0.2, max: 0.95}
                - {name: bandwagonWeight}
              policies: [threaten, reassure]
              outcomes:
                - {name: cpd, variable: capability_per_us_dollar}
            """);
        var (code, _, err) = Spokes("explore", scenario, "--out", Path.Combine(dir, "out"), "--threads", "1");
        Assert.True(code == 0, err);
        return Path.Combine(dir, "out");
    }

    [Fact]
    public void Sql_on_the_views_gives_counts_and_a_join_with_the_analysts_own_csv()
    {
        var dir = Exploration();
        var (code, output, err) = Spokes("query", dir, "SELECT policy, count(*) AS n, min(publicSupport) >= 0.2 AS ok FROM results GROUP BY policy ORDER BY policy");
        Assert.True(code == 0, err);
        Assert.Matches(@"reassure\s+10\s+True", output);
        Assert.Matches(@"threaten\s+10\s+True", output);
        Assert.Contains("(2 rows)", output);

        var own = Path.Combine(Path.GetDirectoryName(dir)!, "labels.csv");
        File.WriteAllLines(own, ["policy,label", "threaten,stick", "reassure,carrot"]);
        var (code2, output2, err2) = Spokes("query", dir, $"SELECT l.label, round(avg(r.cpd), 6) AS cpd FROM results r JOIN read_csv_auto('{own}') l USING (policy) GROUP BY l.label ORDER BY 1", "--csv");
        Assert.True(code2 == 0, err2);
        var lines = output2.Trim().Split('\n');
        Assert.Equal("label,cpd", lines[0].Trim());
        Assert.StartsWith("carrot,", lines[1]);
        Assert.StartsWith("stick,", lines[2]);

        // The joined averages equal those computed from the Parquet files by Spokes' own reader.
        var table = global::Spokes.Explore.Results.ResultReader.Read(dir);
        int cpd = table.Outcomes.ToList().IndexOf("cpd");
        double Mean(string policy) => table.OutcomeRows.Where((_, i) => table.Policies[i] == policy).Average(r => r[cpd]);
        double Cell(string line) => double.Parse(line.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Mean("reassure"), Cell(lines[1]), 6e-7); // round(…, 6) in the query
        Assert.Equal(Mean("threaten"), Cell(lines[2]), 6e-7);
    }

    [Fact]
    public void Bad_sql_and_a_missing_folder_exit_2_with_one_line()
    {
        var dir = Exploration();
        var (code, _, err) = Spokes("query", dir, "SELECT nosuchcolumn FROM results");
        Assert.Equal(2, code);
        Assert.Single(err.Trim().Split('\n'));
        Assert.Equal(2, Spokes("query", Path.Combine(dir, "nope"), "SELECT 1").Code);
    }
}
