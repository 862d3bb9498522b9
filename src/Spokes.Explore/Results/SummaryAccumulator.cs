using System.Globalization;

namespace Spokes.Explore.Results;

/// <summary>
/// The summary table of an exploration (per policy and scalar outcome: count, mean, standard deviation, minimum,
/// maximum) kept while the results are written, so nothing is read back. Welford's update, in experiment order, the
/// same operations in the same order as <see cref="ResultSummary.Read"/> performs on the finished files: the numbers
/// are bit-identical to the read-back ones (tested). Its state is a few numbers per (policy, outcome) pair, saved with
/// each checkpoint so a resumed run ends with the same table as an uninterrupted one.
/// </summary>
public sealed class SummaryAccumulator
{
    private readonly string[] _outcomes;
    private readonly List<string> _policies = [];
    private readonly Dictionary<string, Moments[]> _byPolicy = new(StringComparer.Ordinal);

    private struct Moments
    {
        public long N;
        public double Mean, M2, Min, Max;
    }

    public SummaryAccumulator(IReadOnlyList<string> outcomes) => _outcomes = [.. outcomes];

    /// <summary>Adds one experiment's scalar outcomes (in the order of the outcome names).</summary>
    public void Add(string policy, ReadOnlySpan<double> scalars)
    {
        if (!_byPolicy.TryGetValue(policy, out var moments))
        {
            moments = new Moments[_outcomes.Length];
            for (int o = 0; o < moments.Length; o++) moments[o] = new Moments { Min = double.PositiveInfinity, Max = double.NegativeInfinity };
            _byPolicy.Add(policy, moments);
            _policies.Add(policy);
        }
        for (int o = 0; o < moments.Length; o++)
        {
            ref var s = ref moments[o];
            double x = scalars[o];
            long n = s.N + 1;
            double delta = x - s.Mean, mean = s.Mean + delta / n;
            s.M2 += delta * (x - mean);
            s.Mean = mean;
            s.N = n;
            s.Min = Math.Min(s.Min, x);
            s.Max = Math.Max(s.Max, x);
        }
    }

    /// <summary>Policies in order of first appearance, outcomes in design order (as <see cref="ResultSummary.Read"/>).</summary>
    public IReadOnlyList<ResultSummary.Row> Rows()
    {
        var rows = new List<ResultSummary.Row>(_policies.Count * _outcomes.Length);
        foreach (var p in _policies)
        {
            var moments = _byPolicy[p];
            for (int o = 0; o < moments.Length; o++)
            {
                var s = moments[o];
                rows.Add(new ResultSummary.Row(p, _outcomes[o], s.N, s.Mean, s.N > 1 ? Math.Sqrt(s.M2 / (s.N - 1)) : 0, s.Min, s.Max));
            }
        }
        return rows;
    }

    /// <summary>The state as text lines (numbers in round-trip form, so restoring it is exact).</summary>
    public List<string[]> Save()
    {
        // Loops rather than LINQ: LINQ over the Moments struct is compiled at each run's start (ReadyToRun has no code
        // for it), and this runs at the first checkpoint of every exploration.
        var state = new List<string[]>(_policies.Count * _outcomes.Length);
        foreach (var p in _policies)
            foreach (var s in _byPolicy[p])
                state.Add([p, s.N.ToString(CultureInfo.InvariantCulture), R(s.Mean), R(s.M2), R(s.Min), R(s.Max)]);
        return state;
    }

    /// <summary>Restores a state written by <see cref="Save"/> for the same outcomes.</summary>
    public void Load(IReadOnlyList<string[]> state)
    {
        if (state.Count % Math.Max(_outcomes.Length, 1) != 0) throw new FormatException("summary state does not match the outcomes");
        for (int i = 0; i < state.Count; i += _outcomes.Length)
        {
            var moments = new Moments[_outcomes.Length];
            for (int o = 0; o < moments.Length; o++)
            {
                var row = state[i + o];
                moments[o] = new Moments { N = long.Parse(row[1], CultureInfo.InvariantCulture), Mean = D(row[2]), M2 = D(row[3]), Min = D(row[4]), Max = D(row[5]) };
            }
            _byPolicy.Add(state[i][0], moments);
            _policies.Add(state[i][0]);
        }
    }

    private static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);
    private static double D(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
