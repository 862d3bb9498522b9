using Spokes.Explore.Formatting;
using System.Globalization;
using System.Text;

namespace Spokes.Explore.Discovery;

/// <summary>
/// Logistic-regression scenario discovery: the model of each forward-selection step (or the one chosen model), and
/// the final model's coverage–density trade-off over probability thresholds with the best-F1 point. Immutable.
/// </summary>
public sealed record LogitResult(IReadOnlyList<LogitFit> Steps, IReadOnlyList<LogitPoint> TradeOff, LogitPoint Best, bool Selected)
{
    public LogitFit Model => Steps[^1];

    public string Format()
    {
        var sb = new StringBuilder();
        if (Selected)
        {
            sb.AppendLine("Logistic regression, forward selection by BIC:");
            var s = new TextTable(("step", true), ("inputs", false), ("BIC", true), ("log-likelihood", true));
            for (int i = 0; i < Steps.Count; i++)
                s.Add(Inv($"{i}"), Steps[i].Inputs.Count == 0 ? "(intercept only)" : string.Join(", ", Steps[i].Inputs),
                    G(Steps[i].Bic), G(Steps[i].LogLikelihood));
            s.WriteTo(sb);
            sb.AppendLine();
        }
        var m = Model;
        sb.AppendLine(m.Converged ? "Model:" : "Model (did not converge: the classes are (nearly) separable, so the coefficients are unbounded):");
        var t = new TextTable(("term", false), ("coefficient", true), ("std. error", true), ("z", true), ("p-value", true));
        for (int j = 0; j < m.Coefficients.Count; j++)
            t.Add(j == 0 ? "intercept" : m.Inputs[j - 1], G(m.Coefficients[j]), j == 0 ? "" : G(m.StandardErrors[j]), G(m.Z[j]),
                m.PValues[j].ToString("G3", CultureInfo.InvariantCulture));
        t.WriteTo(sb);
        sb.AppendLine();
        sb.AppendLine(Inv($"Coverage–density trade-off (box = rows with predicted probability ≥ threshold); best F1 at threshold {Best.Threshold:0.000}: coverage {Best.Coverage:0.000}, density {Best.Density:0.000}"));
        var c = new TextTable(("threshold", true), ("coverage", true), ("density", true), ("mass", true), ("rows", true));
        foreach (var p in TradeOff)
            c.Add(p.Threshold.ToString("0.000", CultureInfo.InvariantCulture), F3(p.Coverage), F3(p.Density), F3(p.Mass), Inv($"{p.Rows}"));
        c.WriteTo(sb);
        return sb.ToString();
    }

    private static string G(double x) => x.ToString("G5", CultureInfo.InvariantCulture);
    private static string F3(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
