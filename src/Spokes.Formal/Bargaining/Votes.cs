namespace Spokes.Formal.Bargaining;

/// <summary>
/// Votes and the win probability of a contest between positions x_i and x_j (Bueno de Mesquita 1994; Scholz,
/// Calbert &amp; Smith 2011). Actor k votes
/// v_k(i, j) = c_k·s_k·[(|x_k − x_j|/D)^{r_k} − (|x_k − x_i|/D)^{r_k}],
/// positive when k prefers x_i. The probability that i prevails is the support for i over a normaliser:
/// <list type="bullet">
/// <item><see cref="BargainingMode.Faithful"/>: P_ij = Σ_k max(0, v_k(i, j)) / Σ_k |v_k(i, j)|, so P_ij + P_ji = 1
/// (½ when every actor is indifferent);</item>
/// <item><see cref="BargainingMode.Scholz"/>: P_ij = Σ_k max(0, v_k(i, j)) / Σ_k Σ_a Σ_b |v_k(a, b)| — the replication
/// divides by the votes summed over every ordered pair of actors' positions, which makes every P tiny.</item>
/// </list>
/// P_ij = 0 when x_i = x_j: there is nothing to contest.
/// </summary>
public sealed class Votes
{
    private readonly double[] _positions, _weights, _risk;
    private readonly double _range, _allVotes;
    private readonly BargainingMode _mode;

    /// <param name="positions">x_k, the positions now held.</param>
    /// <param name="weights">c_k·s_k.</param>
    /// <param name="risk">r_k, each voter's risk exponent.</param>
    /// <param name="range">D &gt; 0, the width of the issue scale.</param>
    /// <param name="mode">which normaliser to use.</param>
    public Votes(IReadOnlyList<double> positions, IReadOnlyList<double> weights, IReadOnlyList<double> risk, double range, BargainingMode mode)
    {
        if (positions.Count != weights.Count || positions.Count != risk.Count)
            throw new ArgumentException("positions, weights and risk exponents must have one entry per actor");
        if (!(range > 0)) throw new ArgumentOutOfRangeException(nameof(range), range, "the issue range must be positive");
        _positions = [.. positions];
        _weights = [.. weights];
        _risk = [.. risk];
        _range = range;
        _mode = mode;
        if (mode == BargainingMode.Scholz)
        {
            double all = 0;
            for (int k = 0; k < _positions.Length; k++)
                for (int a = 0; a < _positions.Length; a++)
                    for (int b = 0; b < _positions.Length; b++)
                        all += Math.Abs(Vote(k, _positions[a], _positions[b]));
            _allVotes = all;
        }
    }

    /// <summary>v_k(x_i vs x_j) = c_k·s_k·[(|x_k − x_j|/D)^{r_k} − (|x_k − x_i|/D)^{r_k}].</summary>
    public double Vote(int voter, double xi, double xj)
    {
        double xk = _positions[voter], r = _risk[voter];
        return _weights[voter] * (Math.Pow(Math.Abs(xk - xj) / _range, r) - Math.Pow(Math.Abs(xk - xi) / _range, r));
    }

    /// <summary>P_ij: the probability that actor i's position prevails over actor j's (see the class summary).</summary>
    public double WinProbability(int i, int j)
    {
        double xi = _positions[i], xj = _positions[j];
        if (xi == xj) return 0;
        double support = 0, cast = 0;
        for (int k = 0; k < _positions.Length; k++)
        {
            double v = Vote(k, xi, xj);
            support += Math.Max(0, v);
            cast += Math.Abs(v);
        }
        return _mode switch
        {
            BargainingMode.Scholz => _allVotes > 0 ? support / _allVotes : 0,
            _ => cast > 0 ? support / cast : 0.5,
        };
    }
}
