using MathNet.Numerics.Distributions;
using Spokes.Explore.Samplers;
using Spokes.Explore.Validation;
using Spokes.Scenarios.Data;

namespace Spokes.Explore.Tests.Validation;

public class PanelRegressionTests
{
    private static PanelObservation Obs(string unit, int year, double y, params double[] z) => new(unit, year, y, z);

    [Fact]
    public void Without_covariates_the_fit_is_the_simple_regression_on_last_year()
    {
        // Pairs (y_{t−1}, y_t): A 1→2, 2→4, 4→5; B 3→3, 3→2 (B 2004 follows a gap, so gives no pair).
        // x̄ = 2.6, ȳ = 3.2, Sxx = 5.2, Sxy = 3.4, Syy = 6.8: ρ = 3.4/5.2, α = ȳ − ρx̄ = 1.5, RSS = Syy − Sxy²/Sxx.
        PanelObservation[] data =
        [
            Obs("A", 2000, 1), Obs("A", 2001, 2), Obs("A", 2002, 4), Obs("A", 2003, 5),
            Obs("B", 2000, 3), Obs("B", 2001, 3), Obs("B", 2002, 2), Obs("B", 2004, 9),
        ];
        var fit = PanelRegression.Fit(data, origin: 2005);
        Assert.Equal(5, fit.Rows);
        Assert.Equal(3.4 / 5.2, fit.Rho, 12);
        Assert.Equal(1.5, fit.Intercepts["A"], 12);
        Assert.Equal(1.5, fit.Intercepts["B"], 12);
        Assert.Equal(Math.Sqrt((6.8 - 3.4 * 3.4 / 5.2) / 3), fit.ResidualSd, 12);

        // Forecast by iteration from A's 2003 value, and the AR(1) error sd s·√(1 + ρ² + ρ⁴).
        double rho = 3.4 / 5.2, y1 = 1.5 + rho * 5, y2 = 1.5 + rho * y1, y3 = 1.5 + rho * y2;
        Approx.Equal([y1, y2, y3], fit.Forecast("A", 5, [], 3), 1e-12);
        Assert.Equal(fit.ResidualSd * Math.Sqrt(1 + rho * rho + Math.Pow(rho, 4)), fit.ForecastSd(3), 12);
        var interval = fit.Interval(y1, 1, 0.9);
        Assert.Equal(y1 + 1.6448536269514722 * fit.ResidualSd, interval.Upper, 9);
    }

    [Fact]
    public void With_covariates_and_fixed_effects_the_fit_solves_the_normal_equations()
    {
        var random = SeededRandom.Create(21);
        var data = new List<PanelObservation>();
        foreach (var unit in new[] { "JPN", "KOR", "AUS" })
            for (int year = 1990; year < 2000; year++)
                data.Add(Obs(unit, year, random.NextDouble() * 3, random.NextDouble(), random.NextDouble() * 2));
        var fit = PanelRegression.Fit(data, origin: 2000, fixedEffects: true);

        // The same regression written out: columns AUS, JPN, KOR dummies (ordinal order), y_{t−1}, z1_{t−1}, z2_{t−1}.
        string[] units = ["AUS", "JPN", "KOR"];
        var x = new List<double[]>();
        var y = new List<double>();
        foreach (var o in data)
            if (data.FirstOrDefault(p => p.Unit == o.Unit && p.Year == o.Year - 1) is { } prev)
            {
                x.Add([.. units.Select(u => u == o.Unit ? 1.0 : 0.0), prev.Y, prev.Z[0], prev.Z[1]]);
                y.Add(o.Y);
            }
        var b = NormalEquations(x, y);
        Assert.Equal(27, fit.Rows);
        for (int i = 0; i < 3; i++) Assert.Equal(b[i], fit.Intercepts[units[i]], 10);
        Assert.Equal(b[3], fit.Rho, 10);
        Assert.Equal(b[4], fit.Beta[0], 10);
        Assert.Equal(b[5], fit.Beta[1], 10);
        double rss = x.Select((row, r) => Math.Pow(y[r] - row.Zip(b, (a, c) => a * c).Sum(), 2)).Sum();
        Assert.Equal(Math.Sqrt(rss / (27 - 6)), fit.ResidualSd, 10);
    }

    /// <summary>Solves XᵀX b = Xᵀy by Gauss–Jordan elimination with partial pivoting: independent of the QR path.</summary>
    private static double[] NormalEquations(List<double[]> x, List<double> y)
    {
        int p = x[0].Length;
        var a = new double[p, p + 1];
        for (int i = 0; i < p; i++)
        {
            for (int j = 0; j < p; j++) a[i, j] = x.Sum(r => r[i] * r[j]);
            a[i, p] = x.Select((r, n) => r[i] * y[n]).Sum();
        }
        for (int c = 0; c < p; c++)
        {
            int pivot = Enumerable.Range(c, p - c).MaxBy(r => Math.Abs(a[r, c]));
            for (int j = 0; j <= p; j++) (a[c, j], a[pivot, j]) = (a[pivot, j], a[c, j]);
            for (int r = 0; r < p; r++)
            {
                if (r == c) continue;
                double f = a[r, c] / a[c, c];
                for (int j = c; j <= p; j++) a[r, j] -= f * a[c, j];
            }
        }
        return Enumerable.Range(0, p).Select(i => a[i, p] / a[i, i]).ToArray();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Recovers_the_coefficients_of_a_simulated_panel(bool fixedEffects)
    {
        // y = α_i + 0.7·y_{t−1} + 0.3·z1_{t−1} − 0.2·z2_{t−1} + N(0, 0.05²); α_i all 0.5 without fixed effects.
        var random = SeededRandom.Create(5);
        var data = new List<PanelObservation>();
        string[] units = ["A", "B", "C", "D", "E", "F"];
        for (int u = 0; u < units.Length; u++)
        {
            double alpha = fixedEffects ? 0.2 * u : 0.5;
            double y = 2, z1 = random.NextDouble(), z2 = random.NextDouble();
            for (int year = 1800; year < 1950; year++)
            {
                data.Add(Obs(units[u], year, y, z1, z2));
                y = alpha + 0.7 * y + 0.3 * z1 - 0.2 * z2 + Normal.Sample(random, 0, 0.05);
                z1 = random.NextDouble();
                z2 = 2 * random.NextDouble();
            }
        }
        var fit = PanelRegression.Fit(data, 1950, fixedEffects);
        Assert.Equal(0.7, fit.Rho, 0.02);
        Assert.Equal(0.3, fit.Beta[0], 0.02);
        Assert.Equal(-0.2, fit.Beta[1], 0.02);
        Assert.Equal(0.05, fit.ResidualSd, 0.005);
        Assert.Equal(fixedEffects ? 1.0 : 0.5, fit.Intercepts["F"], 0.1);
    }

    [Fact]
    public void Forecasts_hold_the_last_covariates_or_follow_a_given_path()
    {
        var fit = new PanelFit(2020, false, new Dictionary<string, double> { ["A"] = 1 }, 0.5, [2], 0.1, 10);
        // y1 = 1 + 0.5·4 + 2·1 = 5; held z: y2 = 1 + 2.5 + 2 = 5.5, y3 = 1 + 2.75 + 2 = 5.75.
        Assert.Equal([5, 5.5, 5.75], fit.Forecast("A", 4, [1], 3));
        // z = 3 in the origin year and 5 the year after: y2 = 1 + 2.5 + 6 = 9.5, y3 = 1 + 4.75 + 10 = 15.75.
        Assert.Equal([5, 9.5, 15.75], fit.Forecast("A", 4, [1], 3, [[3], [5]]));
        Assert.Throws<ArgumentException>(() => fit.Forecast("B", 4, [1], 3));
        Assert.Throws<ArgumentException>(() => fit.Forecast("A", 4, [1], 3, [[3]]));
    }

    [Fact]
    public void Refuses_rows_at_or_after_the_origin_and_degenerate_designs()
    {
        PanelObservation[] data = [Obs("A", 2000, 1, 0.3), Obs("A", 2001, 2, 0.1), Obs("A", 2002, 4, 0.7), Obs("A", 2003, 5, 0.2), Obs("A", 2004, 3, 0.4)];
        var e = Assert.Throws<ArgumentException>(() => PanelRegression.Fit(data, origin: 2004));
        Assert.Contains("A 2004 is at or after the origin 2004", e.Message);
        Assert.Throws<ArgumentException>(() => PanelRegression.Fit(data, origin: 2003));
        PanelRegression.Fit(data, origin: 2005); // four rows, three coefficients
        // A covariate constant over the sample is the intercept again.
        PanelObservation[] flat = [.. data.Select(o => o with { Z = [1.0] })];
        Assert.Contains("collinear", Assert.Throws<ArgumentException>(() => PanelRegression.Fit(flat, 2005)).Message);
        Assert.Throws<ArgumentException>(() => PanelRegression.Fit(data[..3], 2005)); // two rows, three coefficients
        Assert.Throws<ArgumentException>(() => PanelRegression.Fit([.. data, Obs("A", 2000, 1, 0.3)], 2005)); // twice
    }

    [Fact]
    public void A_sentinel_planted_at_the_origin_cannot_reach_the_panel()
    {
        // A spending series and a troops series to 2009, then an absurd sentinel from the origin 2010 on.
        var rows = new List<SeriesRow>();
        var random = SeededRandom.Create(2);
        foreach (var unit in new[] { "JPN", "KOR" })
            for (int year = 1990; year <= 2012; year++)
            {
                bool after = year >= 2010;
                rows.Add(new SeriesRow(unit, year, "share", after ? 1e6 : 1 + random.NextDouble(), "", "test", "t.csv", rows.Count + 2));
                rows.Add(new SeriesRow(unit, year, "troops", after ? -1e6 : 10 + random.NextDouble(), "", "test", "t.csv", rows.Count + 2));
            }
        var withSentinel = new ObservedSeries(rows);
        var clean = new ObservedSeries(rows.Where(r => r.Year < 2010).ToList());
        double? Share(IObservations o, string u, int y) => o.Get(u, "share", y);
        double? LogTroops(IObservations o, string u, int y) => o.Get(u, "troops", y) is { } v ? Math.Log(v) : null;
        // A reader that reaches beyond its year (as a careless lead would) hits the window, not the sentinel.
        double? Lookahead(IObservations o, string u, int y) => o.Get(u, "share", y + 1);

        var panel = PanelObservation.Read(withSentinel, ["JPN", "KOR"], 1990, 2010, Share, LogTroops);
        Assert.Equal(40, panel.Count);
        Assert.All(panel, p => Assert.True(p.Year < 2010 && p.Y < 10));
        // The fit is the one the data without the sentinel give, number for number.
        Assert.Equal(PanelRegression.Fit(PanelObservation.Read(clean, ["JPN", "KOR"], 1990, 2010, Share, LogTroops), 2010),
            PanelRegression.Fit(panel, 2010), new FitComparer());
        Assert.Throws<InvalidOperationException>(() => PanelObservation.Read(withSentinel, ["JPN"], 1990, 2010, Lookahead));
    }

    private sealed class FitComparer : IEqualityComparer<PanelFit>
    {
        public bool Equals(PanelFit? a, PanelFit? b) =>
            a!.Rho == b!.Rho && a.Beta.SequenceEqual(b.Beta) && a.ResidualSd == b.ResidualSd && a.Rows == b.Rows
            && a.Intercepts.OrderBy(p => p.Key).SequenceEqual(b.Intercepts.OrderBy(p => p.Key));
        public int GetHashCode(PanelFit f) => f.Rho.GetHashCode();
    }
}
