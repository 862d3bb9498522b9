using System.Globalization;

namespace Spokes.Cli;

/// <summary>
/// The indices `spokes sensitivity --out DIR` writes as CSV, one file per method (sobol.csv, sobol-s2.csv,
/// morris.csv, rbd-fast.csv, pawn.csv, rsa.csv; columns in docs/sensitivity.md), long form: one row per outcome and
/// input. Numbers are written round-trip ("R", invariant culture), not rounded as on screen, so a reader gets the
/// values the analysis computed.
/// </summary>
internal sealed class SensitivityCsv
{
    private readonly Dictionary<string, (string[] Header, List<string> Rows)> files = [];

    public void Add(string file, string[] header, params object[] cells)
    {
        if (!files.TryGetValue(file, out var table)) files[file] = table = (header, []);
        table.Rows.Add(string.Join(",", cells.Select(Cell)));
    }

    /// <summary>Writes every table into <paramref name="folder"/> (each file whole or not at all); returns the paths.</summary>
    public IReadOnlyList<string> WriteTo(string folder) =>
        files.Select(f => OutFolder.Write(folder, f.Key, w =>
        {
            w.Write(string.Join(",", f.Value.Header) + "\n");
            foreach (var row in f.Value.Rows) w.Write(row + "\n");
        })).ToList();

    private static string Cell(object c) => c switch
    {
        double d => double.IsNaN(d) ? "" : d.ToString("R", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        string s => s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s,
        _ => Convert.ToString(c, CultureInfo.InvariantCulture) ?? "",
    };

    public static readonly string[] Sobol = ["outcome", "input", "S1", "S1_conf", "ST", "ST_conf", "variance"];
    public static readonly string[] SobolPairs = ["outcome", "input_a", "input_b", "S2", "S2_conf"];
    public static readonly string[] Morris = ["outcome", "input", "mu", "mu_star", "mu_star_conf", "sigma"];
    public static readonly string[] RbdFast = ["outcome", "input", "S1", "S1_conf"];
    public static readonly string[] Pawn = ["outcome", "input", "median", "min", "mean", "max", "cv"];
    public static readonly string[] Rsa = ["outcome", "input", "ks_distance", "p_value", "behavioural", "runs"];
}
