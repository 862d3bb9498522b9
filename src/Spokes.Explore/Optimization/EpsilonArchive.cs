namespace Spokes.Explore.Optimization;

/// <summary>
/// An ε-dominance archive (Laumanns, Thiele, Deb &amp; Zitzler 2002, "Combining convergence and diversity in
/// evolutionary multiobjective optimization"; the ε-box variant of Deb, Mohan &amp; Mishra 2005 that ε-NSGA-II uses,
/// Kollat &amp; Reed 2006). Minimisation. Each solution falls in the ε-box b_k = ⌊f_k / ε_k⌋. A candidate is refused
/// when an archived box dominates its box; it evicts the members whose boxes its box dominates. In a shared box the
/// Pareto-dominant solution stays, and if neither dominates, the one nearer the box's lower corner (Euclidean
/// distance in ε-scaled units); on an exact tie the member already archived stays. So the archive holds at most one
/// solution per box and no member's box dominates another's. Not thread-safe.
/// </summary>
public sealed class EpsilonArchive
{
    private readonly double[] _epsilons;
    private readonly List<(Solution Solution, double[] Box)> _members = new();

    /// <exception cref="ArgumentException">empty, or an ε that is not positive and finite.</exception>
    public EpsilonArchive(IReadOnlyList<double> epsilons)
    {
        if (epsilons.Count == 0) throw new ArgumentException("give one ε per objective", nameof(epsilons));
        for (int k = 0; k < epsilons.Count; k++) Checks.Positive(epsilons[k], $"epsilons[{k}]");
        _epsilons = epsilons.ToArray();
    }

    public IReadOnlyList<double> Epsilons => _epsilons;

    public int Count => _members.Count;

    /// <summary>
    /// How many accepted candidates landed in an ε-box no member occupied (ε-progress, Hadka &amp; Reed 2013); a
    /// candidate that only replaces the member of its own box does not count.
    /// </summary>
    public int Improvements { get; private set; }

    /// <summary>The members, in the order they entered.</summary>
    public IReadOnlyList<Solution> Members => _members.Select(m => m.Solution).ToArray();

    /// <summary>Offers a solution; true when it entered the archive.</summary>
    /// <exception cref="ArgumentException">its objective count differs from the ε count.</exception>
    public bool Add(Solution candidate)
    {
        if (candidate.Objectives.Count != _epsilons.Length)
            throw new ArgumentException($"{candidate.Objectives.Count} objectives for {_epsilons.Length} epsilons", nameof(candidate));
        var box = Box(candidate.Objectives);
        var evicted = new List<int>();
        for (int i = 0; i < _members.Count; i++)
        {
            var (member, memberBox) = _members[i];
            if (box.AsSpan().SequenceEqual(memberBox))
            {
                if (Dominance.Dominates(member.Objectives, candidate.Objectives)) return false;
                if (!Dominance.Dominates(candidate.Objectives, member.Objectives)
                    && CornerDistance(candidate.Objectives, box) >= CornerDistance(member.Objectives, memberBox)) return false;
                evicted.Add(i);
            }
            else if (Dominance.Dominates(memberBox, box)) return false;
            else if (Dominance.Dominates(box, memberBox)) evicted.Add(i);
        }
        bool sameBox = evicted.Any(i => box.AsSpan().SequenceEqual(_members[i].Box));
        if (!sameBox) Improvements++;
        for (int i = evicted.Count - 1; i >= 0; i--) _members.RemoveAt(evicted[i]);
        _members.Add((candidate, box));
        return true;
    }

    /// <summary>The ε-box index vector ⌊f_k / ε_k⌋ of an objective vector.</summary>
    public double[] Box(IReadOnlyList<double> objectives)
    {
        var box = new double[objectives.Count];
        for (int k = 0; k < box.Length; k++) box[k] = Math.Floor(objectives[k] / _epsilons[k]);
        return box;
    }

    private double CornerDistance(IReadOnlyList<double> f, double[] box)
    {
        double s = 0;
        for (int k = 0; k < box.Length; k++)
        {
            double d = f[k] / _epsilons[k] - box[k];
            s += d * d;
        }
        return s;
    }
}
