using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Spokes.Explore.Discovery;

/// <summary>
/// A logistic regression of a 0/1 outcome on some real inputs, fitted by Newton–Raphson (iteratively reweighted least
/// squares; McCullagh &amp; Nelder 1989, §4.4) on standardised inputs, with coefficients reported per unit of each
/// input, Wald standard errors, z and two-sided p-values, the log-likelihood and the BIC (Schwarz 1978:
/// −2·LL + k·ln n, k counting the intercept). A ridge of 1e-8 keeps the Newton step defined; when the classes are
/// separable the coefficients grow without bound, the fit stops (after 100 steps, or at a coefficient above 25 per standard deviation) and <see cref="Converged"/> is false.
/// Immutable.
/// </summary>
public sealed class LogitFit
{
    private readonly double[] _mean, _sd;
    private readonly double[] _beta; // on the standardised scale: intercept first

    private LogitFit(IReadOnlyList<string> inputs, double[] mean, double[] sd, double[] beta, double[] se, double ll, int n, bool converged)
    {
        Inputs = inputs;
        _mean = mean;
        _sd = sd;
        _beta = beta;
        LogLikelihood = ll;
        Bic = -2 * ll + beta.Length * Math.Log(n);
        Converged = converged;
        var coef = new double[beta.Length];
        var err = new double[beta.Length];
        coef[0] = beta[0];
        for (int j = 0; j < inputs.Count; j++)
        {
            coef[j + 1] = beta[j + 1] / sd[j];
            err[j + 1] = se[j + 1] / sd[j];
            coef[0] -= beta[j + 1] * mean[j] / sd[j];
        }
        err[0] = se[0]; // of the intercept at the inputs' means; the raw intercept's error is not reported
        Coefficients = coef;
        StandardErrors = err;
        Z = beta.Select((b, j) => se[j] > 0 ? b / se[j] : double.NaN).ToArray();
        PValues = Z.Select(z => double.IsNaN(z) ? double.NaN : 2 * (1 - Normal.CDF(0, 1, Math.Abs(z)))).ToArray();
    }

    /// <summary>The inputs, in the order of <see cref="Coefficients"/>[1..].</summary>
    public IReadOnlyList<string> Inputs { get; }

    /// <summary>Intercept, then one coefficient per input, on the inputs' own scale.</summary>
    public IReadOnlyList<double> Coefficients { get; }

    public IReadOnlyList<double> StandardErrors { get; }

    /// <summary>Wald z of the intercept (at the inputs' means) and of each input; invariant to the inputs' scale.</summary>
    public IReadOnlyList<double> Z { get; }

    public IReadOnlyList<double> PValues { get; }

    public double LogLikelihood { get; }

    public double Bic { get; }

    public bool Converged { get; }

    /// <summary>Predicted probability for one row given as the values of <see cref="Inputs"/>.</summary>
    public double Predict(IReadOnlyList<double> values)
    {
        double eta = _beta[0];
        for (int j = 0; j < values.Count; j++) eta += _beta[j + 1] * (values[j] - _mean[j]) / _sd[j];
        return 1 / (1 + Math.Exp(-eta));
    }

    /// <exception cref="ArgumentException">wrong lengths, or a constant input.</exception>
    public static LogitFit Fit(IReadOnlyList<string> names, double[][] columns, bool[] y)
    {
        int n = y.Length, k = columns.Length;
        var mean = new double[k];
        var sd = new double[k];
        for (int j = 0; j < k; j++)
        {
            if (columns[j].Length != n) throw new ArgumentException("every column needs one value per outcome", nameof(columns));
            mean[j] = columns[j].Average();
            sd[j] = Math.Sqrt(columns[j].Sum(v => (v - mean[j]) * (v - mean[j])) / n);
            if (!(sd[j] > 0)) throw new ArgumentException($"input '{names[j]}' is constant", nameof(columns));
        }
        var x = Matrix<double>.Build.Dense(n, k + 1, (i, j) => j == 0 ? 1 : (columns[j - 1][i] - mean[j - 1]) / sd[j - 1]);
        var yv = Vector<double>.Build.Dense(n, i => y[i] ? 1 : 0);
        var beta = Vector<double>.Build.Dense(k + 1);
        double share = yv.Average();
        if (share > 0 && share < 1) beta[0] = Math.Log(share / (1 - share));
        bool converged = false;
        Matrix<double> info = Matrix<double>.Build.DenseIdentity(k + 1);
        const double ridge = 1e-8;
        for (int it = 0; it < 100; it++)
        {
            var p = (x * beta).Map(e => 1 / (1 + Math.Exp(-e)));
            var w = p.Map(v => Math.Max(v * (1 - v), 1e-12));
            info = x.TransposeThisAndMultiply(x.MapIndexed((i, _, v) => v * w[i])) + ridge * Matrix<double>.Build.DenseIdentity(k + 1);
            var grad = x.TransposeThisAndMultiply(yv - p) - ridge * beta;
            var step = info.Cholesky().Solve(grad);
            beta += step;
            if (step.AbsoluteMaximum() < 1e-10) { converged = true; break; }
        }
        // Separation: the likelihood keeps rising as the coefficients grow, and only the tiny ridge stops them. A
        // coefficient of 25 per standard deviation (odds ratio e^25) is taken as that case.
        if (beta.Skip(1).Any(b => Math.Abs(b) > 25)) converged = false;
        var pf = (x * beta).Map(e => 1 / (1 + Math.Exp(-e)));
        double ll = 0;
        for (int i = 0; i < n; i++) ll += y[i] ? Math.Log(Math.Max(pf[i], 1e-300)) : Math.Log(Math.Max(1 - pf[i], 1e-300));
        var cov = info.Inverse();
        var se = Enumerable.Range(0, k + 1).Select(j => Math.Sqrt(Math.Max(cov[j, j], 0))).ToArray();
        return new LogitFit(names.ToArray(), mean, sd, beta.ToArray(), se, ll, n, converged);
    }
}
