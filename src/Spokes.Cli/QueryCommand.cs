using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;
using Spokes.Scenarios;

namespace Spokes.Cli;

/// <summary>
/// `spokes query DIR "SQL"`: SQL on an exploration's files through DuckDB, embedded (DuckDB.NET). Every Parquet and
/// CSV file of the folder is a view named after the file (experiments, outcomes, series, …), and `results` joins
/// experiments and outcomes on the experiment index; the query may also read the analyst's own files with
/// read_csv / read_parquet and join them. Output: an aligned table, or CSV with --csv.
/// </summary>
internal static class QueryCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dir = new Argument<string>("dir") { Description = "an exploration folder (or any folder of Parquet/CSV files)" };
        var sql = new Argument<string>("sql") { Description = "the query, e.g. \"SELECT policy, avg(distancing) FROM results GROUP BY policy\"" };
        var csv = new Option<bool>("--csv") { Description = "write CSV (RFC 4180) instead of a table" };
        var maxRows = new Option<int>("--max-rows") { Description = "table output: rows shown at most (CSV writes all)", DefaultValueFactory = _ => 1000 };
        var cmd = new Command("query", "SQL on an exploration's Parquet files (DuckDB): views experiments, outcomes, series, results; CSV or table output.")
        {
            dir, sql, csv, maxRows,
        };
        cmd.SetAction(parse => SpokesCli.Guard(stderr, () =>
        {
            string folder = parse.GetValue(dir)!, text = parse.GetValue(sql)!;
            int limit = parse.GetValue(maxRows);
            if (limit < 1) throw new InputException("--max-rows", 0, 0, "max-rows", "must be at least 1");
            if (!Directory.Exists(folder)) throw new InputException(folder, 0, 0, "dir", "no such folder");
            using var connection = new DuckDBConnection("DataSource=:memory:");
            connection.Open();
            var views = new List<string>();
            foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
            {
                string ext = Path.GetExtension(file).ToLowerInvariant();
                if (ext is not (".parquet" or ".csv")) continue;
                string name = Path.GetFileNameWithoutExtension(file);
                if (views.Contains(name) || !IsIdentifier(name)) continue; // a Parquet file wins over a CSV of the same name
                string reader = ext == ".parquet" ? "read_parquet" : "read_csv_auto";
                Execute(connection, $"CREATE VIEW \"{name}\" AS SELECT * FROM {reader}('{file.Replace("'", "''")}')");
                views.Add(name);
            }
            if (views.Contains("experiments") && views.Contains("outcomes") && !views.Contains("results"))
                Execute(connection, "CREATE VIEW results AS SELECT * FROM experiments JOIN outcomes USING (experiment)");
            try
            {
                using var command = connection.CreateCommand();
                command.CommandText = text;
                using var reader = command.ExecuteReader();
                var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
                if (parse.GetValue(csv))
                {
                    stdout.WriteLine(string.Join(",", names.Select(Csv)));
                    while (reader.Read()) stdout.WriteLine(string.Join(",", Cells(reader).Select(Csv)));
                    return SpokesCli.ExitOk;
                }
                var table = new TextTable(names);
                int rows = 0, shown = 0;
                while (reader.Read())
                {
                    rows++;
                    if (shown < limit) { table.Add(Cells(reader)); shown++; }
                }
                stdout.Write(table);
                stdout.WriteLine(rows > shown ? $"({rows} rows, first {shown} shown; --csv writes all)" : $"({rows} rows)");
                return SpokesCli.ExitOk;
            }
            catch (DbException e)
            {
                throw new InputException("sql", 0, 0, "sql", OneLine(e.Message));
            }
        }));
        return cmd;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var c = connection.CreateCommand();
        c.CommandText = sql;
        try { c.ExecuteNonQuery(); }
        catch (DbException e) { throw new InputException(sql, 0, 0, "", OneLine(e.Message)); }
    }

    private static string[] Cells(DbDataReader reader) =>
        Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Format(reader.GetValue(i))).ToArray();

    private static string Format(object value) => value switch
    {
        double d => d.ToString("G10", CultureInfo.InvariantCulture),
        float f => f.ToString("G7", CultureInfo.InvariantCulture),
        IFormattable x => x.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Csv(string s) => s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;

    private static string OneLine(string message) => string.Join(" ", message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static bool IsIdentifier(string name) => name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !char.IsAsciiDigit(name[0]);
}
