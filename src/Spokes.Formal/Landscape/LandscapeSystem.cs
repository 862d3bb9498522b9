namespace Spokes.Formal.Landscape;

/// <summary>
/// The actors of a landscape-theory problem (Axelrod &amp; Bennett 1993): names, sizes s_i &gt; 0 and a symmetric
/// propensity matrix p_ij (positive: i and j would rather be together; negative: apart; the diagonal is ignored and
/// stored as 0). Immutable; at most <see cref="MaxActors"/> actors so that a two-bloc configuration fits one
/// <see cref="ulong"/>.
/// </summary>
public sealed class LandscapeSystem
{
    public const int MaxActors = 64;

    /// <summary>Moves that change energy by less than this share of <see cref="EnergyScale"/> count as no change
    /// (rounding noise); inputs with exact binary values are not affected.</summary>
    public const double RelativeTolerance = 1e-12;

    private readonly double[] _sizes;
    private readonly double[,] _propensity;

    /// <exception cref="ArgumentException">fewer than 2 or more than 64 actors, names empty or repeated, a size not
    /// finite and positive, a propensity not finite, or p_ij ≠ p_ji.</exception>
    public LandscapeSystem(IReadOnlyList<string> names, IReadOnlyList<double> sizes, double[,] propensity)
    {
        int n = names.Count;
        if (n < 2 || n > MaxActors) throw new ArgumentException($"a landscape needs 2 to {MaxActors} actors, not {n}", nameof(names));
        if (sizes.Count != n || propensity.GetLength(0) != n || propensity.GetLength(1) != n)
            throw new ArgumentException("one size and one propensity row and column per actor");
        if (names.Any(string.IsNullOrWhiteSpace) || names.Distinct(StringComparer.Ordinal).Count() != n)
            throw new ArgumentException("actor names must be non-empty and unique", nameof(names));
        _sizes = [.. sizes];
        _propensity = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            if (!double.IsFinite(_sizes[i]) || _sizes[i] <= 0)
                throw new ArgumentOutOfRangeException(nameof(sizes), _sizes[i], $"size of {names[i]} must be finite and positive");
            for (int j = 0; j < n; j++)
            {
                if (i == j) continue;
                double p = propensity[i, j];
                if (!double.IsFinite(p)) throw new ArgumentOutOfRangeException(nameof(propensity), p, $"propensity {names[i]}–{names[j]} must be finite");
                if (p != propensity[j, i]) throw new ArgumentException($"propensity {names[i]}–{names[j]} is {p} but {names[j]}–{names[i]} is {propensity[j, i]}: the matrix must be symmetric", nameof(propensity));
                _propensity[i, j] = p;
            }
        }
        Names = [.. names];
        double scale = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                scale += _sizes[i] * _sizes[j] * Math.Abs(_propensity[i, j]);
        EnergyScale = scale;
    }

    public IReadOnlyList<string> Names { get; }
    public int Count => _sizes.Length;

    /// <summary>s_i.</summary>
    public double Size(int i) => _sizes[i];

    /// <summary>p_ij (0 on the diagonal).</summary>
    public double Propensity(int i, int j) => _propensity[i, j];

    /// <summary>Σ_ij s_i·s_j·|p_ij|: an upper bound on the energy of any configuration.</summary>
    public double EnergyScale { get; }

    /// <summary><see cref="RelativeTolerance"/>·<see cref="EnergyScale"/>: energy changes smaller than this are no change.</summary>
    public double EnergyTolerance => RelativeTolerance * EnergyScale;

    /// <summary>The same system with actor i renamed and renumbered as <paramref name="permutation"/>[i].</summary>
    public LandscapeSystem Relabel(IReadOnlyList<int> permutation)
    {
        int n = Count;
        if (permutation.Count != n || permutation.Distinct().Count() != n || permutation.Any(k => k < 0 || k >= n))
            throw new ArgumentException("not a permutation of the actors", nameof(permutation));
        var names = new string[n];
        var sizes = new double[n];
        var p = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            names[permutation[i]] = Names[i];
            sizes[permutation[i]] = _sizes[i];
            for (int j = 0; j < n; j++) p[permutation[i], permutation[j]] = _propensity[i, j];
        }
        return new LandscapeSystem(names, sizes, p);
    }
}
