namespace Spokes.Formal.Bargaining;

/// <summary>
/// The expected utility of a challenge, as judged by one actor (the perspective p, whose risk exponent r_p shapes
/// the utilities; Scholz, Calbert &amp; Smith 2011, following Bueno de Mesquita 1994):
/// EU^p(i → j) = s_j·[P_ij·U_s + (1 − P_ij)·U_f] + (1 − s_j)·U_s − Q·U_sq,
/// where the target j resists with probability s_j (its salience), i then wins with probability P_ij, and an
/// unresisted challenge succeeds. U_s, U_f and U_sq are <see cref="Utility"/> at d = |x_i − x_j| with exponent r_p.
/// Q is the probability that the status quo persists if i does not challenge; it is fixed at 1, as in Bueno de
/// Mesquita (1994) and in the replication, so the terms (1 − Q)·[T·U_b + (1 − T)·U_w] of the full model vanish.
/// </summary>
public sealed class ExpectedUtility
{
    /// <summary>Q = 1: without a challenge the status quo holds (Bueno de Mesquita 1994; the replication's q = 1.0).</summary>
    public const double StatusQuoProbability = 1.0;

    private readonly double[] _positions, _salience, _risk;
    private readonly double _range;
    private readonly Votes _votes;

    /// <param name="positions">x_k now.</param>
    /// <param name="salience">s_k ∈ [0, 1].</param>
    /// <param name="weights">c_k·s_k, for the votes.</param>
    /// <param name="risk">r_k, used both for each voter's votes and for each perspective's utilities.</param>
    /// <param name="range">D &gt; 0, the width of the issue scale.</param>
    /// <param name="mode">which normaliser the win probability uses.</param>
    public ExpectedUtility(IReadOnlyList<double> positions, IReadOnlyList<double> salience, IReadOnlyList<double> weights,
        IReadOnlyList<double> risk, double range, BargainingMode mode)
    {
        if (positions.Count != salience.Count) throw new ArgumentException("one salience per actor");
        _positions = [.. positions];
        _salience = [.. salience];
        _risk = [.. risk];
        _range = range;
        _votes = new Votes(positions, weights, risk, range, mode);
    }

    public int Count => _positions.Length;

    /// <summary>P_ij, from <see cref="Votes.WinProbability"/>.</summary>
    public double WinProbability(int i, int j) => _votes.WinProbability(i, j);

    /// <summary>EU^p(i → j): what actor <paramref name="perspective"/> expects i to gain by challenging j.</summary>
    public double Challenge(int perspective, int i, int j)
    {
        double r = _risk[perspective], d = Math.Abs(_positions[i] - _positions[j]);
        double p = _votes.WinProbability(i, j), sj = _salience[j];
        double us = Utility.Success(d, _range, r), uf = Utility.Failure(d, _range, r);
        return sj * (p * us + (1 - p) * uf) + (1 - sj) * us - StatusQuoProbability * Utility.StatusQuo(r);
    }
}
