namespace Spokes.Model.Policy;

/// <summary>
/// Drivers outside U.S. control: U.S. public support for alliances per year, whether GDP grows, and the dated
/// <see cref="ExogenousPaths"/> (GDP growth, observed budgets, allied governments' orientation, threat shocks) that
/// the scenario layer builds from data. Frozen growth with constant support and no paths is the "constant exogenous
/// drivers" case in which the status quo must be a fixed point.
/// </summary>
public sealed class Exogenous
{
    private readonly double[] _publicSupport;

    public Exogenous(int startYear, double[] publicSupportByYear, bool growth = true, ExogenousPaths? paths = null)
    {
        foreach (var s in publicSupportByYear)
            if (!(s is >= 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(publicSupportByYear), "public support must lie in 0..1");
        if (paths is not null && paths.StartYear != startYear)
            throw new ArgumentException("the paths must start in the start year", nameof(paths));
        StartYear = startYear;
        _publicSupport = (double[])publicSupportByYear.Clone();
        Growth = growth;
        Paths = paths;
    }

    /// <summary>Constant public support for every year from <paramref name="startYear"/> to <paramref name="endYear"/>.</summary>
    public static Exogenous Constant(int startYear, int endYear, double publicSupport, bool growth = true) =>
        new(startYear, Enumerable.Repeat(publicSupport, endYear - startYear + 1).ToArray(), growth);

    public int StartYear { get; }
    public bool Growth { get; }
    public int EndYear => StartYear + _publicSupport.Length - 1;

    /// <summary>The dated paths, or null: then GDP grows at each baseline's rate, no budget is observed, every
    /// government keeps its start-year orientation and no threat shock occurs.</summary>
    public ExogenousPaths? Paths { get; }

    public double PublicSupport(int year) => _publicSupport[Math.Clamp(year - StartYear, 0, _publicSupport.Length - 1)];
}
