using MathNet.Numerics.LinearAlgebra;

namespace Spokes.Explore.Validation;

/// <summary>
/// The panel partial-adjustment regression, the baseline a careful analyst would write in an afternoon:
/// y_{i,t} = α (or α_i) + ρ·y_{i,t−1} + Σ_k β_k·z_{k,i,t−1} + ε_{i,t}, fitted by pooled ordinary least squares
/// (Householder QR, Math.NET Numerics) over every unit-year whose previous year is also observed. Partial
/// adjustment (Nerlove 1958, <i>Distributed Lags and Demand Analysis</i>, USDA Agriculture Handbook 141) makes ρ the
/// share of last year's level that persists; demand-for-defence equations with lagged spending and the adversaries'
/// spending as the threat are the usual form in defence economics (e.g. George &amp; Sandler 2018, "Demand for
/// military spending in NATO, 1968–2015", European Journal of Political Economy 53; docs/references.md §2).
/// With <c>fixedEffects</c> each unit has its own intercept α_i (least-squares dummy variables);
/// with a lagged outcome and short panels that estimate of ρ is biased downwards (Nickell 1981, Econometrica 49(6)),
/// a known limitation accepted for a baseline.
/// <para>
/// Origin discipline: every observation given must be dated before the origin, or the fit throws; the fit cannot
/// see the years it is judged on.
/// </para>
/// </summary>
public static class PanelRegression
{
    public static PanelFit Fit(IReadOnlyList<PanelObservation> observations, int origin, bool fixedEffects = false)
    {
        ArgumentNullException.ThrowIfNull(observations);
        if (observations.Count == 0) throw new ArgumentException("no observations to fit", nameof(observations));
        int k = observations[0].Z.Count;
        var byKey = new Dictionary<(string, int), PanelObservation>();
        foreach (var o in observations)
        {
            if (o.Year >= origin)
                throw new ArgumentException($"{o.Unit} {o.Year} is at or after the origin {origin}: the fit may only see earlier years", nameof(observations));
            if (o.Z.Count != k)
                throw new ArgumentException($"{o.Unit} {o.Year} has {o.Z.Count} covariates, the first row {k}", nameof(observations));
            if (!double.IsFinite(o.Y) || o.Z.Any(v => !double.IsFinite(v)))
                throw new ArgumentException($"{o.Unit} {o.Year} has a value that is not a finite number", nameof(observations));
            if (!byKey.TryAdd((o.Unit, o.Year), o))
                throw new ArgumentException($"{o.Unit} {o.Year} appears twice", nameof(observations));
        }

        var units = observations.Select(o => o.Unit).Distinct().Order(StringComparer.Ordinal).ToList();
        int intercepts = fixedEffects ? units.Count : 1;
        int p = intercepts + 1 + k;
        var rows = new List<double[]>();
        var ys = new List<double>();
        foreach (var o in observations.OrderBy(o => o.Unit, StringComparer.Ordinal).ThenBy(o => o.Year))
        {
            if (!byKey.TryGetValue((o.Unit, o.Year - 1), out var previous)) continue;
            var x = new double[p];
            x[fixedEffects ? units.IndexOf(o.Unit) : 0] = 1;
            x[intercepts] = previous.Y;
            for (int j = 0; j < k; j++) x[intercepts + 1 + j] = previous.Z[j];
            rows.Add(x);
            ys.Add(o.Y);
        }
        if (rows.Count <= p)
            throw new ArgumentException($"{rows.Count} rows with an observed previous year for {p} coefficients: need more rows than coefficients", nameof(observations));

        var design = Matrix<double>.Build.DenseOfRowArrays(rows);
        var target = Vector<double>.Build.DenseOfEnumerable(ys);
        var qr = design.QR();
        var diagonal = Enumerable.Range(0, p).Select(i => Math.Abs(qr.R[i, i])).ToArray();
        if (diagonal.Min() <= 1e-10 * diagonal.Max())
            throw new ArgumentException("the regressors are collinear (e.g. a covariate constant over the sample, or one unit's fixed effect with a single row)", nameof(observations));
        var b = qr.Solve(target);
        double rss = (design * b - target).Sum(e => e * e);
        double sd = Math.Sqrt(rss / (rows.Count - p));

        var alphas = fixedEffects
            ? units.Select((u, i) => (u, b[i])).ToDictionary(t => t.u, t => t.Item2)
            : units.ToDictionary(u => u, _ => b[0]);
        return new PanelFit(origin, fixedEffects, alphas, b[intercepts], Enumerable.Range(0, k).Select(j => b[intercepts + 1 + j]).ToArray(),
            sd, rows.Count);
    }
}
