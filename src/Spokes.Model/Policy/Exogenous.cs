namespace Spokes.Model.Policy;

/// <summary>
/// Drivers outside U.S. control: U.S. public support for alliances per year, and whether GDP grows. Frozen growth
/// with constant support is the "constant exogenous drivers" case in which the status quo must be a fixed point.
/// </summary>
public sealed class Exogenous
{
    private readonly double[] _publicSupport;

    public Exogenous(int startYear, double[] publicSupportByYear, bool growth = true)
    {
        foreach (var s in publicSupportByYear)
            if (!(s is >= 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(publicSupportByYear), "public support must lie in 0..1");
        StartYear = startYear;
        _publicSupport = (double[])publicSupportByYear.Clone();
        Growth = growth;
    }

    /// <summary>Constant public support for every year from <paramref name="startYear"/> to <paramref name="endYear"/>.</summary>
    public static Exogenous Constant(int startYear, int endYear, double publicSupport, bool growth = true) =>
        new(startYear, Enumerable.Repeat(publicSupport, endYear - startYear + 1).ToArray(), growth);

    public int StartYear { get; }
    public bool Growth { get; }
    public int EndYear => StartYear + _publicSupport.Length - 1;

    public double PublicSupport(int year) => _publicSupport[Math.Clamp(year - StartYear, 0, _publicSupport.Length - 1)];
}
