using Spokes.Explore.Distributions;

namespace Spokes.Explore.Validation;

/// <summary>
/// A fitted <see cref="PanelRegression"/>: the intercept of each unit (the same for all without fixed effects),
/// ρ, the β of each covariate, the residual sd s = √(RSS / (rows − coefficients)) and the number of rows used.
/// </summary>
public sealed record PanelFit(int Origin, bool FixedEffects, IReadOnlyDictionary<string, double> Intercepts, double Rho,
    IReadOnlyList<double> Beta, double ResidualSd, int Rows)
{
    /// <summary>One step: ŷ_t = α_i + ρ·y_{t−1} + β·z_{t−1}.</summary>
    public double Predict(string unit, double previousY, IReadOnlyList<double> previousZ)
    {
        if (!Intercepts.TryGetValue(unit, out double alpha))
            throw new ArgumentException($"{unit} was not in the fitted panel", nameof(unit));
        if (previousZ.Count != Beta.Count)
            throw new ArgumentException($"give {Beta.Count} covariates, not {previousZ.Count}", nameof(previousZ));
        double y = alpha + Rho * previousY;
        for (int j = 0; j < Beta.Count; j++) y += Beta[j] * previousZ[j];
        return y;
    }

    /// <summary>
    /// Forecasts for the origin year and the <paramref name="horizons"/> − 1 years after it, iterating
    /// <see cref="Predict"/> from the last observed year before the origin (y and z of that year). The covariates of
    /// later years come from <paramref name="futureZ"/> (element h − 1 for year origin + h − 1, h = 1…) when given,
    /// else the last observed z is held.
    /// </summary>
    public double[] Forecast(string unit, double lastY, IReadOnlyList<double> lastZ, int horizons, IReadOnlyList<IReadOnlyList<double>>? futureZ = null)
    {
        if (horizons < 1) throw new ArgumentOutOfRangeException(nameof(horizons), horizons, "must be at least 1");
        if (futureZ is not null && futureZ.Count < horizons - 1)
            throw new ArgumentException($"give the covariates of at least {horizons - 1} years after the origin", nameof(futureZ));
        var result = new double[horizons];
        double y = lastY;
        var z = lastZ;
        for (int h = 1; h <= horizons; h++)
        {
            y = Predict(unit, y, z);
            result[h - 1] = y;
            if (futureZ is not null && h <= futureZ.Count) z = futureZ[h - 1];
        }
        return result;
    }

    /// <summary>
    /// The sd of the h-step forecast error from the shocks alone, s·√(Σ_{j&lt;h} ρ^{2j}) (the AR(1) forecast error
    /// variance; Hamilton 1994, <i>Time Series Analysis</i>, ch. 4). It ignores the error in the estimated coefficients
    /// and in the covariates' path, so intervals built on it are, if anything, too narrow.
    /// </summary>
    public double ForecastSd(int horizon)
    {
        if (horizon < 1) throw new ArgumentOutOfRangeException(nameof(horizon), horizon, "must be at least 1");
        double sum = 0, power = 1;
        for (int j = 0; j < horizon; j++, power *= Rho * Rho) sum += power;
        return ResidualSd * Math.Sqrt(sum);
    }

    /// <summary>The central normal interval at <paramref name="level"/> around a point forecast of the given horizon.</summary>
    public ForecastInterval Interval(double point, int horizon, double level)
    {
        Require.Between(level, 0, 1, nameof(level));
        double half = StandardNormal.InverseCdf(0.5 + level / 2) * ForecastSd(horizon);
        return new ForecastInterval(level, point - half, point + half);
    }
}
