using Spokes.Scenarios.Data;

namespace Spokes.Explore.Validation;

/// <summary>
/// One unit-year of a panel: the outcome y (e.g. an ally's defence spending, % of GDP) and the covariates z (e.g.
/// log adversary spending, log U.S. troops in the country), all observed in <see cref="Year"/>.
/// </summary>
public sealed record PanelObservation(string Unit, int Year, double Y, IReadOnlyList<double> Z)
{
    /// <summary>
    /// Reads the panel of <paramref name="units"/> for <paramref name="firstYear"/> up to the year before
    /// <paramref name="origin"/>, through an <see cref="ObservationWindow"/> that ends there: no figure of the origin
    /// or later can be read, whatever the readers ask for (the window throws). A unit-year with any value missing
    /// is left out (gaps stay gaps). The readers turn a source figure into the variable, e.g. its log.
    /// </summary>
    public static IReadOnlyList<PanelObservation> Read(IObservations observed, IReadOnlyList<string> units, int firstYear, int origin,
        SeriesReader y, params SeriesReader[] z)
    {
        ArgumentNullException.ThrowIfNull(observed);
        if (firstYear >= origin)
            throw new ArgumentOutOfRangeException(nameof(firstYear), firstYear, $"must be before the origin {origin}");
        var window = new ObservationWindow(observed, origin - 1);
        var rows = new List<PanelObservation>();
        foreach (var unit in units)
            for (int year = firstYear; year < origin; year++)
            {
                if (y(window, unit, year) is not { } value) continue;
                var covariates = new double[z.Length];
                bool complete = true;
                for (int k = 0; k < z.Length && complete; k++)
                    if (z[k](window, unit, year) is { } c) covariates[k] = c;
                    else complete = false;
                if (complete) rows.Add(new PanelObservation(unit, year, value, covariates));
            }
        return rows;
    }
}
