namespace Spokes.Explore.Discovery;

/// <summary>One box on the raw trajectory: its limits, the rows of the search population inside it, and its phase.</summary>
internal sealed record RawStep(BoxLimits Limits, int[] Rows, PrimPhase Phase);

/// <summary>
/// The peeling and pasting of PRIM (Friedman &amp; Fisher 1999), in the variant of EMA Workbench's prim.
/// <para>Peeling: from the current box, each candidate removes one side of one dimension — the rows below the α
/// quantile (lower side) or above the 1−α quantile (upper side) of that column inside the box, the new limit halfway
/// between the last removed and the first kept value (sdtoolkit's quantile rule, as in EMA) — or, for a categorical
/// column with more than one allowed category, one category. Candidates that remove nothing, empty the box, or leave
/// less than the minimum mass are discarded; of the rest the one with the highest <see cref="PeelObjective"/> score
/// is taken (ties: the one restricting fewer dimensions, then the first in column order, lower side before upper).
/// Peeling stops when no candidate remains or the best score is not positive. Unlike EMA, a best candidate that
/// breaks the minimum mass does not end peeling: the next best that respects it is taken.</para>
/// <para>Pasting: from the last peeled box, each candidate widens one restricted side to take in the ⌈α·n⌉ rows
/// nearest to it that satisfy every other limit (Friedman &amp; Fisher's α·N_B; ties at the last value all come in;
/// the new limit lies halfway to the next value, or at the data's bound when none is left), or adds back one
/// excluded category. The best is taken while it raises the density and its score is positive. With
/// <see cref="PasteRule.Quantile"/> a real side widens instead to EMA's quantile of the outside candidates.</para>
/// </summary>
internal static class PrimSearch
{
    private const double TieTolerance = 1e-12;

    public static List<RawStep> Run(PrimData data, int[] population, PrimOptions options)
    {
        var steps = new List<RawStep> { new(data.Init, population, PrimPhase.Start) };
        var box = data.Init;
        var rows = population;
        int minRows = (int)Math.Ceiling(options.MinMass * data.N - 1e-9);
        while (BestPeel(data, box, rows, options, minRows) is { } peel)
        {
            box = peel.Limits;
            rows = peel.Rows;
            steps.Add(peel with { Phase = PrimPhase.Peel });
        }
        if (options.Paste)
        {
            while (BestPaste(data, box, rows, population, options) is { } paste)
            {
                box = paste.Limits;
                rows = paste.Rows;
                steps.Add(paste with { Phase = PrimPhase.Paste });
            }
        }
        return steps;
    }

    private static RawStep? BestPeel(PrimData data, BoxLimits box, int[] rows, PrimOptions options, int minRows)
    {
        int m = rows.Length;
        if (m == 0) return null;
        double h = data.Sum(rows);
        Candidate? best = null;
        for (int j = 0; j < data.Dimensions; j++)
        {
            var col = data.Columns[j];
            if (box.Allowed[j] is { } mask)
            {
                int allowedCount = mask.Count(b => b);
                if (allowedCount < 2) continue;
                var n = new int[mask.Length];
                var hc = new double[mask.Length];
                foreach (var r in rows)
                {
                    int c = (int)col[r];
                    n[c]++;
                    hc[c] += data.V[r];
                }
                for (int c = 0; c < mask.Length; c++)
                {
                    if (!mask[c] || n[c] == 0) continue;
                    Consider(ref best, new Candidate(j, BoxSide.Categories, c, double.NaN, m - n[c], h - hc[c]));
                }
                continue;
            }
            var values = new double[m];
            var order = (int[])rows.Clone();
            for (int i = 0; i < m; i++) values[i] = col[order[i]];
            Array.Sort(values, order);
            var prefix = new double[m + 1];
            for (int i = 0; i < m; i++) prefix[i + 1] = prefix[i] + data.V[order[i]];

            double low = Quantile(values, options.PeelAlpha);
            int removedBelow = LowerBound(values, low); // rows with value < low are removed
            if (removedBelow > 0)
                Consider(ref best, new Candidate(j, BoxSide.Lower, 0, low, m - removedBelow, h - prefix[removedBelow]));

            double high = Quantile(values, 1 - options.PeelAlpha);
            int kept = UpperBound(values, high); // rows with value <= high are kept
            if (kept < m)
                Consider(ref best, new Candidate(j, BoxSide.Upper, 0, high, kept, prefix[kept]));
        }
        return best is null ? null : Apply(data, box, rows, best.Value);

        void Consider(ref Candidate? current, Candidate c)
        {
            if (c.Count <= 0 || c.Count >= m || c.Count < minRows) return;
            var scored = c with
            {
                Score = Score(options.Objective, m, h, c.Count, c.Interest),
                Restricted = RestrictedAfter(data, box, c),
            };
            if (scored.Score <= 0) return;
            if (current is null || Better(scored, current.Value)) current = scored;
        }
    }

    private static RawStep? BestPaste(PrimData data, BoxLimits box, int[] rows, int[] population, PrimOptions options)
    {
        int m = rows.Length;
        double h = data.Sum(rows);
        // Rows outside the box that break exactly one limit are the only ones a single paste can bring in.
        var outside = new List<int>[data.Dimensions];
        for (int j = 0; j < outside.Length; j++) outside[j] = new List<int>();
        foreach (var r in population)
        {
            int broken = -1, count = 0;
            for (int j = 0; j < data.Dimensions && count < 2; j++)
                if (!box.Contains(j, data.Columns[j][r])) { broken = j; count++; }
            if (count == 1) outside[broken].Add(r);
        }
        int take = Math.Max(1, (int)Math.Ceiling(options.PasteAlpha * m - 1e-9));
        Candidate? best = null;
        int[] bestExtra = [];
        for (int j = 0; j < data.Dimensions; j++)
        {
            if (!box.IsRestricted(j, data.Init) || outside[j].Count == 0) continue;
            var col = data.Columns[j];
            if (box.Allowed[j] is { } mask)
            {
                for (int c = 0; c < mask.Length; c++)
                {
                    if (mask[c]) continue;
                    var rowsIn = outside[j].Where(r => (int)col[r] == c).ToArray();
                    if (rowsIn.Length > 0) Consider(ref best, new Candidate(j, BoxSide.Categories, c, double.NaN, 0, 0), rowsIn);
                }
                continue;
            }
            var below = outside[j].Where(r => col[r] < box.Lower[j]).OrderByDescending(r => col[r]).ThenBy(r => r).ToArray();
            if (below.Length > 0)
            {
                var (count, limit) = options.PasteRule == PasteRule.Rows
                    ? Widen(below, col, take, data.Init.Lower[j])
                    : QuantileWiden(below, col, 1 - options.PasteAlpha, lower: true);
                if (count > 0) Consider(ref best, new Candidate(j, BoxSide.Lower, 0, limit, 0, 0), below[..count]);
            }
            var above = outside[j].Where(r => col[r] > box.Upper[j]).OrderBy(r => col[r]).ThenBy(r => r).ToArray();
            if (above.Length > 0)
            {
                var (count, limit) = options.PasteRule == PasteRule.Rows
                    ? Widen(above, col, take, data.Init.Upper[j])
                    : QuantileWiden(above, col, options.PasteAlpha, lower: false);
                if (count > 0) Consider(ref best, new Candidate(j, BoxSide.Upper, 0, limit, 0, 0), above[..count]);
            }
        }
        if (best is not { } chosen) return null;
        var newRows = rows.Concat(bestExtra).Order().ToArray();
        return new RawStep(Limits(box, chosen, paste: true), newRows, PrimPhase.Paste);

        void Consider(ref Candidate? current, Candidate c, int[] extra)
        {
            double hNew = h + data.Sum(extra);
            int nNew = m + extra.Length;
            var scored = c with
            {
                Count = nNew,
                Interest = hNew,
                Score = Score(options.Objective, m, h, nNew, hNew),
            };
            scored = scored with { Restricted = RestrictedAfterPaste(data, box, scored) };
            // Density (the mean) must rise strictly: h_new/n_new > h/m, compared as h_new·m > h·n_new (exact for 0/1 data,
            // whose sums are integers far below 2^53).
            if (scored.Score <= 0 || hNew * m <= h * nNew) return;
            if (current is null || Better(scored, current.Value))
            {
                current = scored;
                bestExtra = extra;
            }
        }
    }

    /// <summary>
    /// How many of the sorted outside values (nearest first) a paste takes, and the new limit: at least
    /// <paramref name="take"/>, plus any tied with the last one taken; the limit halfway to the next value, or the
    /// data's bound when all are taken.
    /// </summary>
    private static (int Count, double Limit) Widen(int[] sorted, double[] col, int take, double bound)
    {
        int k = Math.Min(take, sorted.Length);
        while (k < sorted.Length && col[sorted[k]] == col[sorted[k - 1]]) k++;
        return k == sorted.Length ? (k, bound) : (k, (col[sorted[k - 1]] + col[sorted[k]]) / 2);
    }

    /// <summary>
    /// EMA's paste: the new limit is the quantile q of the outside candidates' values (sdtoolkit's rule, as for
    /// peeling); the rows taken are the candidates the new limit admits (at least the nearest one, since the quantile
    /// never passes the candidates' inner end).
    /// </summary>
    internal static (int Count, double Limit) QuantileWiden(int[] nearestFirst, double[] col, double q, bool lower)
    {
        var sorted = nearestFirst.Select(r => col[r]).ToArray();
        Array.Sort(sorted);
        double limit = Quantile(sorted, q);
        int count = 0;
        while (count < nearestFirst.Length && (lower ? col[nearestFirst[count]] >= limit : col[nearestFirst[count]] <= limit)) count++;
        return (count, limit);
    }

    private static RawStep Apply(PrimData data, BoxLimits box, int[] rows, Candidate c)
    {
        var limits = Limits(box, c, paste: false);
        var col = data.Columns[c.Column];
        var kept = rows.Where(r => limits.Contains(c.Column, col[r])).ToArray();
        return new RawStep(limits, kept, PrimPhase.Peel);
    }

    private static BoxLimits Limits(BoxLimits box, Candidate c, bool paste) => c.Side switch
    {
        BoxSide.Lower => box.WithLower(c.Column, c.Limit),
        BoxSide.Upper => box.WithUpper(c.Column, c.Limit),
        _ => box.WithCategory(c.Column, c.Code, allowed: paste),
    };

    private static int RestrictedAfter(PrimData data, BoxLimits box, Candidate c) =>
        box.RestrictedCount(data.Init) + (box.IsRestricted(c.Column, data.Init) ? 0 : 1);

    private static int RestrictedAfterPaste(PrimData data, BoxLimits box, Candidate c) =>
        Limits(box, c, paste: true).RestrictedCount(data.Init);

    /// <summary>Higher score wins; within <see cref="TieTolerance"/>, fewer restricted dimensions; else the first.</summary>
    private static bool Better(Candidate a, Candidate b)
    {
        double scale = Math.Max(Math.Abs(a.Score), Math.Abs(b.Score));
        if (Math.Abs(a.Score - b.Score) > TieTolerance * Math.Max(scale, 1e-300)) return a.Score > b.Score;
        return a.Restricted < b.Restricted;
    }

    /// <summary>The score of a move from a box of n_old rows (h_old of interest) to one of n_new rows (h_new).</summary>
    internal static double Score(PeelObjective objective, int nOld, double hOld, int nNew, double hNew)
    {
        double meanNew = nNew > 0 ? hNew / nNew : 0;
        if (objective == PeelObjective.Original) return nNew > 0 ? meanNew : -1;
        double meanOld = hOld / nOld;
        if (hNew * nOld == hOld * nNew) return 0;
        double change = Math.Abs(nOld - nNew);
        return objective == PeelObjective.Lenient1
            ? (meanNew - meanOld) / change
            : nNew * (meanNew - meanOld) / change;
    }

    /// <summary>
    /// The quantile rule of sdtoolkit and EMA Workbench: position (n−1)·q in the sorted values; for q ≤ 0.5 the
    /// upper neighbour moves up past ties, for q &gt; 0.5 the lower one moves down past ties; the result is the midpoint,
    /// so a limit never sits on a data value unless every value is equal.
    /// </summary>
    internal static double Quantile(double[] sorted, double q)
    {
        double i = (sorted.Length - 1) * q;
        int lo = (int)Math.Floor(i), hi = (int)Math.Ceiling(i);
        if (q > 0.5)
            while (sorted[lo] == sorted[hi] && lo > 0) lo--;
        else
            while (sorted[lo] == sorted[hi] && hi < sorted.Length - 1) hi++;
        return (sorted[lo] + sorted[hi]) / 2;
    }

    /// <summary>Index of the first value ≥ x in ascending values.</summary>
    private static int LowerBound(double[] values, double x)
    {
        int lo = 0, hi = values.Length;
        while (lo < hi) { int mid = (lo + hi) >>> 1; if (values[mid] < x) lo = mid + 1; else hi = mid; }
        return lo;
    }

    /// <summary>Index of the first value &gt; x in ascending values.</summary>
    private static int UpperBound(double[] values, double x)
    {
        int lo = 0, hi = values.Length;
        while (lo < hi) { int mid = (lo + hi) >>> 1; if (values[mid] <= x) lo = mid + 1; else hi = mid; }
        return lo;
    }

    private readonly record struct Candidate(int Column, BoxSide Side, int Code, double Limit, int Count, double Interest)
    {
        public double Score { get; init; }
        public int Restricted { get; init; }
    }
}
