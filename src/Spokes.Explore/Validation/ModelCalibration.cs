using Spokes.Model.Outputs;
using Spokes.Model.Parameters;
using Spokes.Scenarios.Data;

namespace Spokes.Explore.Validation;

/// <summary>What a Bayesian calibration samples and how hard it works.</summary>
public sealed record CalibrationSettings
{
    /// <summary>
    /// The parameters calibrated: the ones the allies' spending answers to most directly. The others keep their
    /// defaults (their ranges are explored by `explore` and `sensitivity`, not fitted).
    /// </summary>
    public IReadOnlyList<ParameterId> Parameters { get; init; } =
        [ParameterId.BudgetAdjustment, ParameterId.ProtectionValue, ParameterId.ThreatElasticity, ParameterId.ThreatShockWeight, ParameterId.OrientationSpending];
    /// <summary>Years before the origin the likelihood covers (the run starts that many years earlier; at least 1969).</summary>
    public int WindowYears { get; init; } = 8;
    public int Walkers { get; init; } = 24;
    public int Steps { get; init; } = 1500;
    public int BurnIn { get; init; } = 750;
    public int Seed { get; init; } = 1;
    /// <summary>Threads for the walkers (0: all cores); the chains are the same at any count.</summary>
    public int Threads { get; init; }
    /// <summary>The fewest walkers the sampler accepts: an even number, twice the sampled dimensions (parameters and σ).</summary>
    public int MinWalkers => 2 * (Parameters.Count + 1);

    /// <summary>Why a walker count cannot run, or null when it can.</summary>
    public string? WalkersProblem(int walkers) =>
        walkers >= MinWalkers && walkers % 2 == 0 ? null
            : $"must be an even number, at least twice the {MinWalkers / 2} sampled dimensions ({MinWalkers})";

    /// <summary>Range of the observation-error sd, points of GDP (a uniform prior; sampled with the parameters).</summary>
    public (double Min, double Max) ErrorSd { get; init; } = (0.02, 2.0);
}

/// <summary>A posterior over the calibrated parameters and the observation error, with its diagnostics.</summary>
public sealed record Posterior(int LastYear, IReadOnlyList<string> Names, IReadOnlyList<double[]> Draws, IReadOnlyList<ParameterReport> Report,
    double AcceptanceFraction, int Observations)
{
    /// <summary>The model parameters of draw k (the error sd, the last coordinate, left out) over the defaults.</summary>
    public ParameterSet Parameters(int k, IReadOnlyList<ParameterId> ids) => Parameters(k, ids, ParameterSet.Defaults);

    /// <summary>Draw k's calibrated parameters over <paramref name="basis"/> (e.g. a scenario's own values for the rest).</summary>
    public ParameterSet Parameters(int k, IReadOnlyList<ParameterId> ids, ParameterSet basis)
    {
        var p = basis;
        for (int d = 0; d < ids.Count; d++) p = p.With(ids[d], Draws[k][d]);
        return p;
    }

    public double ErrorSd(int k) => Draws[k][^1];

    /// <summary>Draws evenly spaced through the posterior sample (deterministic).</summary>
    public IEnumerable<int> Thinned(int count) =>
        Enumerable.Range(0, Math.Min(count, Draws.Count)).Select(i => (int)((long)i * Draws.Count / Math.Min(count, Draws.Count)));
}

/// <summary>
/// Bayesian calibration of the model on the allies' defence spending (share of GDP, SIPRI) observed up to
/// <c>lastYear</c> only. Likelihood: the model runs from <c>lastYear − window</c> to <c>lastYear</c> with the observed
/// drivers (<see cref="OriginRun"/>), and each ally-year's share is observed with independent normal error of sd σ
/// (sampled): log L = −Σ r²/(2σ²) − n·ln σ. Prior: uniform over each parameter's documented range. Sampler: the
/// affine-invariant ensemble sampler (<see cref="EnsembleSampler"/>); diagnostics R̂ and bulk ESS per parameter.
/// Every observation goes through an <see cref="ObservationWindow"/> ending in <c>lastYear</c>, so no later data can
/// reach the fit (it throws; tested with a planted sentinel).
/// </summary>
public static class ModelCalibration
{
    public static Posterior Run(int lastYear, IObservations observed, DriverData drivers, CalibrationSettings settings)
    {
        var window = new ObservationWindow(observed, lastYear);
        int start = Math.Max(Scenarios.Baselines.Years[0], lastYear - settings.WindowYears);
        var run = new OriginRun(start, lastYear, window, drivers);
        var allies = run.Baseline.Spokes.Select(s => s.Id).ToArray();
        var targets = new List<(string Ally, int Year, double Share)>();
        foreach (var ally in allies)
            for (int y = start + 1; y <= lastYear; y++)
                if (window.Get(ally, "milex_share_gdp_pct", y) is { } share) targets.Add((ally, y, share));

        var ids = settings.Parameters;
        var names = ids.Select(id => ParameterCatalog.Get(id).Key).Append("errorSd").ToList();
        var prior = new UniformPrior(
            ids.Select(id => ParameterCatalog.Get(id).Min).Append(settings.ErrorSd.Min).ToArray(),
            ids.Select(id => ParameterCatalog.Get(id).Max).Append(settings.ErrorSd.Max).ToArray());
        double LogLikelihood(double[] x)
        {
            ParameterSet p;
            Model.Outputs.Trajectory t;
            try
            {
                p = ParameterSet.Defaults;
                for (int d = 0; d < ids.Count; d++) p = p.With(ids[d], x[d]);
                t = run.Run(p);
            }
            catch (ArgumentException)
            {
                return double.NegativeInfinity; // no start-year fixed point for this draw (e.g. θ too far below 0)
            }
            double sigma = x[^1], sum = 0;
            foreach (var (ally, year, share) in targets)
            {
                double r = t.Get(year, ally, Variable.SpendingShare) - share;
                if (!double.IsFinite(r)) return double.NegativeInfinity;
                sum += r * r;
            }
            return -sum / (2 * sigma * sigma) - targets.Count * Math.Log(sigma);
        }

        // Walkers start uniformly in the box, but only where the start year has a fixed point (θ far below 0 gives
        // none for some baselines): the prior's effective support is the box less that region.
        var logPosterior = prior.Posterior(LogLikelihood);
        var walkers = prior.Start(settings.Walkers * 8, settings.Seed).Where(x => double.IsFinite(logPosterior(x))).Take(settings.Walkers).ToArray();
        if (walkers.Length < settings.Walkers)
            throw new InvalidOperationException($"calibration to {lastYear}: fewer than {settings.Walkers} starting points with a start-year fixed point");
        var chains = EnsembleSampler.Run(logPosterior, walkers, settings.Steps, settings.Seed, threads: settings.Threads);
        var report = PosteriorReport.Of(chains, names, prior, settings.BurnIn);
        return new Posterior(lastYear, names, chains.Draws(settings.BurnIn), report, chains.AcceptanceFraction, targets.Count);
    }
}
