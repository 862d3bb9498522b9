namespace Spokes.Explore.Distributions;

/// <summary>
/// Normal N(mean, sd²) restricted to [min, max]. With α = (min − mean)/sd, β = (max − mean)/sd and
/// Z = Φ(β) − Φ(α): Q(u) = mean + sd·Φ⁻¹(Φ(α) + u·Z); E[X] = mean + sd·(φ(α) − φ(β))/Z;
/// Var[X] = sd²·[1 + (α·φ(α) − β·φ(β))/Z − ((φ(α) − φ(β))/Z)²] (Johnson, Kotz &amp; Balakrishnan, Continuous
/// Univariate Distributions vol. 1, §10.1). Either bound may be infinite (one-sided truncation). When the interval
/// lies above the mean the computation runs on the mirror image, so that Φ works in its accurate lower tail.
/// </summary>
public sealed record TruncatedNormal : IParameterDistribution
{
    private readonly double _alpha, _beta, _mass;
    private readonly bool _mirrored;

    /// <summary>Creates N(mean, sd²) truncated to [min, max].</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// mean is not finite; sd is not finite and positive; a bound is NaN; max ≤ min; or [min, max] holds too little
    /// probability (below about 10⁻³⁰⁰) to be sampled in double precision.
    /// </exception>
    public TruncatedNormal(double mean, double sd, double min, double max)
    {
        Mu = Require.Finite(mean, nameof(mean));
        Sigma = Require.Positive(sd, nameof(sd));
        if (double.IsNaN(min) || min == double.PositiveInfinity)
            throw new ArgumentOutOfRangeException(nameof(min), min, "must be a number below +∞");
        if (double.IsNaN(max) || max == double.NegativeInfinity)
            throw new ArgumentOutOfRangeException(nameof(max), max, "must be a number above −∞");
        if (!(max > min))
            throw new ArgumentOutOfRangeException(nameof(max), max, $"must be greater than min = {min}");
        Min = min;
        Max = max;

        double alpha = (min - mean) / sd, beta = (max - mean) / sd;
        _mirrored = alpha > 0;
        (_alpha, _beta) = _mirrored ? (-beta, -alpha) : (alpha, beta);
        _mass = StandardNormal.Cdf(_beta) - StandardNormal.Cdf(_alpha);
        if (!(_mass > 1e-300))
            throw new ArgumentOutOfRangeException(nameof(max), max,
                $"[min, max] = [{min}, {max}] holds almost no probability under N({mean}, {sd}²)");
    }

    /// <summary>Mean of the parent normal (not of the truncated distribution: see <see cref="Mean"/>).</summary>
    public double Mu { get; }

    /// <summary>Standard deviation of the parent normal.</summary>
    public double Sigma { get; }

    public double Min { get; }

    public double Max { get; }

    public double Minimum => Min;

    public double Maximum => Max;

    public double Mean
    {
        get
        {
            double shift = (StandardNormal.Density(_alpha) - StandardNormal.Density(_beta)) / _mass;
            return Mu + (_mirrored ? -shift : shift) * Sigma;
        }
    }

    public double Variance
    {
        get
        {
            double pa = StandardNormal.Density(_alpha), pb = StandardNormal.Density(_beta);
            double ta = double.IsInfinity(_alpha) ? 0 : _alpha * pa, tb = double.IsInfinity(_beta) ? 0 : _beta * pb;
            double shift = (pa - pb) / _mass;
            return Sigma * Sigma * Math.Max(0, 1 + (ta - tb) / _mass - shift * shift);
        }
    }

    public double Quantile(double u)
    {
        Require.UnitCoordinate(u, nameof(u));
        double p = StandardNormal.Cdf(_alpha) + (_mirrored ? 1 - u : u) * _mass;
        double z = StandardNormal.InverseCdf(p);
        double x = Mu + (_mirrored ? -z : z) * Sigma;
        return Math.Clamp(x, Min, Max);
    }
}
