using System.Globalization;
using Spokes.Explore.Sensitivity;
using Spokes.Scenarios;

namespace Spokes.Cli;

/// <summary>
/// `spokes sensitivity --design X --outputs Y`: SALib's <c>analyze</c> on a design and outputs from anywhere — a
/// design Spokes or SALib wrote (text or CSV) and one column of outputs per outcome. Sobol needs a Saltelli design in
/// SALib's row order, Morris a trajectory design; RBD-FAST and regional sensitivity analysis take any sample.
/// </summary>
internal static class SensitivityFromFiles
{
    public static int Run(TextWriter stdout, SensitivityCsv csv, string method, string designFile, string outputsFile, bool secondOrder,
        int bootstrap, int seed, int harmonics, double? threshold, bool above)
    {
        var design = NumberTable.Read(designFile, "x");
        var outputs = NumberTable.Read(outputsFile, "y");
        if (outputs.Rows.Length != design.Rows.Length)
            throw new InputException(outputsFile, 0, 0, "", $"has {outputs.Rows.Length} rows but the design {designFile} has {design.Rows.Length}");
        int d = design.Names.Count;
        var x = design.Rows;
        stdout.WriteLine($"{method} on {designFile} ({x.Length} rows, {d} inputs) and {outputsFile} ({outputs.Names.Count} outcomes)");
        if (method == "rsa" && threshold is null)
            throw new InputException("--threshold", 0, 0, "threshold", "rsa splits the runs by a condition: give --threshold (and --direction)");
        if (method == "morris")
        {
            // SALib's Morris designs are on the inputs' own scales; elementary effects are per unit of the normalised
            // range, so each column is rescaled by its observed minimum and maximum (the bounds, when both are reached).
            var min = Enumerable.Range(0, d).Select(j => x.Min(r => r[j])).ToArray();
            var max = Enumerable.Range(0, d).Select(j => x.Max(r => r[j])).ToArray();
            x = x.Select(r => r.Select((v, j) => max[j] > min[j] ? (v - min[j]) / (max[j] - min[j]) : 0).ToArray()).ToArray();
        }
        for (int o = 0; o < outputs.Names.Count; o++)
        {
            var y = outputs.Column(o);
            stdout.WriteLine();
            try
            {
                switch (method)
                {
                    case "sobol":
                    {
                        var r = SobolAnalysis.Analyze(y, d, secondOrder, bootstrap, seed);
                        stdout.WriteLine($"{outputs.Names[o]} (variance {F(r.Variance)})");
                        var t = new TextTable("input", "S1", "±", "ST", "±");
                        for (int j = 0; j < d; j++)
                        {
                            t.Add(design.Names[j], F(r.S1[j]), F(r.S1Conf[j]), F(r.ST[j]), F(r.STConf[j]));
                            csv.Add("sobol.csv", SensitivityCsv.Sobol, outputs.Names[o], design.Names[j], r.S1[j], r.S1Conf[j], r.ST[j], r.STConf[j], r.Variance);
                        }
                        stdout.Write(t);
                        if (secondOrder)
                            for (int j = 0; j < d; j++)
                                for (int k = j + 1; k < d; k++)
                                    csv.Add("sobol-s2.csv", SensitivityCsv.SobolPairs, outputs.Names[o], design.Names[j], design.Names[k], r.S2[j][k], r.S2Conf[j][k]);
                        break;
                    }
                    case "morris":
                    {
                        var r = MorrisAnalysis.Analyze(x, y, bootstrap, seed);
                        stdout.WriteLine(outputs.Names[o]);
                        var t = new TextTable("input", "μ", "μ*", "±", "σ");
                        for (int j = 0; j < d; j++)
                        {
                            t.Add(design.Names[j], F(r.Mu[j]), F(r.MuStar[j]), F(r.MuStarConf[j]), F(r.Sigma[j]));
                            csv.Add("morris.csv", SensitivityCsv.Morris, outputs.Names[o], design.Names[j], r.Mu[j], r.MuStar[j], r.MuStarConf[j], r.Sigma[j]);
                        }
                        stdout.Write(t);
                        break;
                    }
                    case "rbd-fast":
                    {
                        var (s1, conf) = RbdFast.Analyze(x, y, harmonics, bootstrap, seed);
                        stdout.WriteLine($"{outputs.Names[o]} (RBD-FAST, M = {harmonics})");
                        var t = new TextTable("input", "S1", "±");
                        for (int j = 0; j < d; j++)
                        {
                            t.Add(design.Names[j], F(s1[j]), F(conf[j]));
                            csv.Add("rbd-fast.csv", SensitivityCsv.RbdFast, outputs.Names[o], design.Names[j], s1[j], conf[j]);
                        }
                        stdout.Write(t);
                        break;
                    }
                    case "pawn":
                    {
                        var r = Pawn.Analyze(x, y, harmonics);
                        stdout.WriteLine($"{outputs.Names[o]} (PAWN, {harmonics} slices: Kolmogorov–Smirnov distance of the conditional output distributions)");
                        var t = new TextTable("input", "median", "min", "mean", "max", "CV");
                        for (int j = 0; j < d; j++)
                        {
                            t.Add(design.Names[j], F(r.Median[j]), F(r.Minimum[j]), F(r.Mean[j]), F(r.Maximum[j]), F(r.CoefficientOfVariation[j]));
                            csv.Add("pawn.csv", SensitivityCsv.Pawn, outputs.Names[o], design.Names[j], r.Median[j], r.Minimum[j], r.Mean[j], r.Maximum[j], r.CoefficientOfVariation[j]);
                        }
                        stdout.Write(t);
                        break;
                    }
                    default:
                    {
                        double tv = threshold!.Value;
                        var behavioural = y.Select(v => above ? v >= tv : v <= tv).ToArray();
                        int b = behavioural.Count(v => v);
                        if (b == 0 || b == y.Length)
                        {
                            stdout.WriteLine($"{outputs.Names[o]}: every run is {(b == 0 ? "non-behavioural" : "behavioural")}; nothing to compare");
                            break;
                        }
                        var (ks, p, _) = RegionalSensitivity.Analyze(x, behavioural);
                        stdout.WriteLine($"{outputs.Names[o]} (regional sensitivity: {b} of {y.Length} runs {(above ? "≥" : "≤")} {tv.ToString(CultureInfo.InvariantCulture)})");
                        var t = new TextTable("input", "KS distance", "p-value");
                        foreach (int j in Enumerable.Range(0, d).OrderByDescending(j => ks[j]).ThenBy(j => j))
                        {
                            t.Add(design.Names[j], F(ks[j]), p[j].ToString("G3", CultureInfo.InvariantCulture));
                            csv.Add("rsa.csv", SensitivityCsv.Rsa, outputs.Names[o], design.Names[j], ks[j], p[j], b, y.Length);
                        }
                        stdout.Write(t);
                        break;
                    }
                }
            }
            catch (ArgumentException e)
            {
                throw new InputException(designFile, 0, 0, outputs.Names[o], e.Message.Split(" (Parameter")[0]);
            }
        }
        return SpokesCli.ExitOk;
    }

    private static string F(double v) => v.ToString("0.0000", CultureInfo.InvariantCulture);
}
