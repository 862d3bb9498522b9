namespace Spokes.Formal.Landscape;

/// <summary>
/// Every two-bloc configuration of a small system, enumerated (Axelrod &amp; Bennett 1993): the energy of
/// each, the local minima — configurations X with E(X with k switched) ≥ E(X) − ε for every actor k, judged from the
/// enumerated energies alone — and the basin of each minimum under <see cref="Descent"/>. Configurations are counted
/// as partitions, actor 0 always in bloc A, so there are 2^(n−1). Minima are listed by energy, lowest first
/// (the global minimum first). Immutable.
/// </summary>
public sealed class LandscapeAnalysis
{
    /// <summary>2^19 = 524,288 partitions: about a second of work.</summary>
    public const int MaxActors = 20;

    private readonly double[] _energies;

    private LandscapeAnalysis(LandscapeSystem system, double[] energies, IReadOnlyList<LocalMinimum> minima)
    {
        System = system;
        _energies = energies;
        Minima = minima;
    }

    public LandscapeSystem System { get; }

    /// <summary>Local minima, lowest energy first; ties by mask.</summary>
    public IReadOnlyList<LocalMinimum> Minima { get; }

    /// <summary>2^(n−1): the number of distinct partitions.</summary>
    public int ConfigurationCount => _energies.Length;

    /// <summary>E(X) of any configuration, from the enumeration.</summary>
    public double Energy(BlocConfiguration x) => _energies[Index(x)];

    /// <summary>True when <paramref name="x"/> is one of the enumerated local minima.</summary>
    public bool IsLocalMinimum(BlocConfiguration x) => Minima.Any(m => m.Configuration == x);

    /// <exception cref="ArgumentException">more than <see cref="MaxActors"/> actors.</exception>
    public static LandscapeAnalysis Enumerate(LandscapeSystem system)
    {
        int n = system.Count;
        if (n > MaxActors) throw new ArgumentException($"enumeration handles at most {MaxActors} actors, not {n}", nameof(system));
        int count = 1 << (n - 1);
        var energies = new double[count];
        for (int c = 0; c < count; c++) energies[c] = Frustration.Energy(system, At(n, c));

        // Local minima from the energies alone: no neighbour lies lower by more than the tolerance.
        double eps = system.EnergyTolerance;
        var isMinimum = new bool[count];
        for (int c = 0; c < count; c++)
        {
            var x = At(n, c);
            bool minimum = true;
            for (int k = 0; k < n && minimum; k++)
                if (energies[Index(x.Switch(k))] < energies[c] - eps) minimum = false;
            isMinimum[c] = minimum;
        }

        // Basins: where the deterministic descent from each start ends; a start's end is its successor's end.
        var end = new int[count];
        Array.Fill(end, -1);
        var path = new List<int>();
        for (int c = 0; c < count; c++)
        {
            int at = c;
            path.Clear();
            while (end[at] < 0)
            {
                path.Add(at);
                var x = At(n, at);
                int mover = Descent.NextMover(system, x);
                if (mover < 0) { end[at] = at; break; }
                at = Index(x.Switch(mover));
            }
            foreach (var p in path) end[p] = end[at];
        }
        var basin = new int[count];
        foreach (var e in end) basin[e]++;

        var minima = new List<LocalMinimum>();
        for (int c = 0; c < count; c++)
        {
            if (!isMinimum[c] && basin[c] == 0) continue;
            if (!isMinimum[c])
                throw new InvalidOperationException($"descent stopped at {At(n, c)}, which the enumeration does not find to be a local minimum");
            minima.Add(new LocalMinimum(At(n, c), energies[c], basin[c], (double)basin[c] / count));
        }
        minima.Sort((a, b) => a.Energy != b.Energy ? a.Energy.CompareTo(b.Energy) : a.Configuration.Mask.CompareTo(b.Configuration.Mask));
        return new LandscapeAnalysis(system, energies, minima);
    }

    /// <summary>The canonical configuration numbered c: actor 0 in bloc A, bits 1..n−1 of the mask are c.</summary>
    private static BlocConfiguration At(int n, int c) => new(n, (ulong)c << 1);

    private static int Index(BlocConfiguration x) => (int)(x.Canonical().Mask >> 1);
}
