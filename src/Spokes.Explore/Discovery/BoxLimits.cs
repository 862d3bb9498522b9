namespace Spokes.Explore.Discovery;

/// <summary>
/// The raw limits of a box, one entry per column: [Lower, Upper] for real columns, a mask of allowed codes for
/// categorical ones (null for real). Treated as immutable: every change makes a copy.
/// </summary>
internal sealed class BoxLimits
{
    public BoxLimits(double[] lower, double[] upper, bool[]?[] allowed)
    {
        Lower = lower;
        Upper = upper;
        Allowed = allowed;
    }

    public double[] Lower { get; }
    public double[] Upper { get; }
    public bool[]?[] Allowed { get; }

    public int Dimensions => Lower.Length;

    public bool Contains(double[][] columns, int row)
    {
        for (int j = 0; j < Lower.Length; j++)
            if (!Contains(j, columns[j][row])) return false;
        return true;
    }

    public bool Contains(int j, double v) =>
        Allowed[j] is { } mask ? mask[(int)v] : v >= Lower[j] && v <= Upper[j];

    public BoxLimits WithLower(int j, double value)
    {
        var lower = (double[])Lower.Clone();
        lower[j] = value;
        return new BoxLimits(lower, Upper, Allowed);
    }

    public BoxLimits WithUpper(int j, double value)
    {
        var upper = (double[])Upper.Clone();
        upper[j] = value;
        return new BoxLimits(Lower, upper, Allowed);
    }

    public BoxLimits WithCategory(int j, int code, bool allowed)
    {
        var all = (bool[]?[])Allowed.Clone();
        var mask = (bool[])Allowed[j]!.Clone();
        mask[code] = allowed;
        all[j] = mask;
        return new BoxLimits(Lower, Upper, all);
    }

    /// <summary>This box with dimension j (or one side of it) set back to the initial box's limit.</summary>
    public BoxLimits Release(int j, BoxSide side, BoxLimits init) => side switch
    {
        BoxSide.Lower => WithLower(j, init.Lower[j]),
        BoxSide.Upper => WithUpper(j, init.Upper[j]),
        _ => ReleaseCategories(j, init),
    };

    private BoxLimits ReleaseCategories(int j, BoxLimits init)
    {
        var all = (bool[]?[])Allowed.Clone();
        all[j] = (bool[])init.Allowed[j]!.Clone();
        return new BoxLimits(Lower, Upper, all);
    }

    public bool IsRestricted(int j, BoxLimits init) => Allowed[j] is { } mask
        ? mask.Count(b => b) < init.Allowed[j]!.Count(b => b)
        : Lower[j] > init.Lower[j] || Upper[j] < init.Upper[j];

    public int RestrictedCount(BoxLimits init)
    {
        int n = 0;
        for (int j = 0; j < Lower.Length; j++)
            if (IsRestricted(j, init)) n++;
        return n;
    }
}
