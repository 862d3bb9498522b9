using Spokes.Model.Outputs;
using Spokes.Model.Parameters;
using Spokes.Scenarios;
using Spokes.Scenarios.Data;

namespace Spokes.Explore.Validation;

/// <summary>One expected direction of an episode and the share of parameter draws in which the model moves that way.</summary>
public sealed record EpisodeVerdict(string Episode, ExpectedDirection Expected, int Draws, int MovedThatWay)
{
    public double Share => Draws == 0 ? double.NaN : MovedThatWay / (double)Draws;
    /// <summary>The model gives the recorded direction in most draws.</summary>
    public bool Holds => Share > 0.5;
}

/// <summary>How an episode was run: the episode, where its parameter draws came from, and its verdicts.</summary>
public sealed record EpisodeResult(string Name, string DrawsFrom, IReadOnlyList<EpisodeVerdict> Verdicts, int DrawsWithoutFixedPoint);

/// <summary>
/// Runs the episode library (scenarios/episodes/) under parameter uncertainty and reports, per expected direction,
/// the share of draws in which the indicator moves the recorded way between <c>from</c> (default: the start year)
/// and <c>by</c> (a change of exactly zero is no move). The draws come from the posterior calibrated on data before
/// the episode's start year (<see cref="ModelCalibration"/>, window of <see cref="CalibrationSettings.WindowYears"/>
/// years); where the data before the start cannot support a calibration (no built-in baseline that early: the
/// 1969 episodes), from the prior — the documented ranges of the calibrated parameters, uniformly. The expected
/// directions were committed before any episode was run (scenarios/episodes/README.md).
/// </summary>
public static class EpisodeCheck
{
    public static EpisodeResult Run(ScenarioDefinition episode, CalibrationSettings settings, int draws)
    {
        var plan = ScenarioPlan.Build(episode);
        var ids = settings.Parameters;
        var parameterDraws = new List<ParameterSet>();
        string from;
        int lastYear = episode.BaselineYear;
        if (lastYear - settings.WindowYears >= Baselines.Years[0])
        {
            var posterior = ModelCalibration.Run(lastYear, ObservedSeries.BuiltIn, DriverData.BuiltIn, settings with { Seed = settings.Seed + lastYear });
            foreach (int k in posterior.Thinned(draws)) parameterDraws.Add(posterior.Parameters(k, ids, plan.Parameters));
            from = $"posterior (data {lastYear - settings.WindowYears + 1}–{lastYear})";
        }
        else
        {
            var random = new Model.Simulation.RunRandom(settings.Seed + lastYear);
            for (int k = 0; k < draws; k++)
            {
                var p = plan.Parameters;
                foreach (var id in ids)
                {
                    var info = ParameterCatalog.Get(id);
                    p = p.With(id, Math.Min(info.Max, info.Min + random.NextDouble() * (info.Max - info.Min)));
                }
                parameterDraws.Add(p);
            }
            from = "prior (no calibration possible before " + lastYear + ")";
        }

        var moved = new int[episode.Expected.Count];
        var sim = plan.CreateSimulation();
        int used = 0, skipped = 0;
        foreach (var p in parameterDraws)
        {
            try
            {
                sim.Reconfigure(p, plan.Levers, plan.Exogenous, plan.Negotiation);
            }
            catch (ArgumentException)
            {
                // A draw fitted on other years may give this start year no fixed point (θ too far below 0 for
                // the episode's baseline): it is left out and counted, never silently.
                skipped++;
                continue;
            }
            used++;
            var t = sim.Run(episode.Seed);
            for (int e = 0; e < episode.Expected.Count; e++)
            {
                var x = episode.Expected[e];
                var v = VariableInfo.Find(x.Indicator)!.Variable;
                int start = x.From ?? t.StartYear;
                if (x.By > t.EndYear || start < t.StartYear)
                    throw new InputException(episode.SourceFile, x.Line, 0, "expected.by", $"{start}–{x.By} lies outside the run {t.StartYear}–{t.EndYear}");
                double change = t.Get(x.By, x.Actor, v) - t.Get(start, x.Actor, v);
                if (x.Direction == "up" ? change > 0 : change < 0) moved[e]++;
            }
        }
        var verdicts = episode.Expected.Select((x, e) => new EpisodeVerdict(episode.Name, x, used, moved[e])).ToList();
        return new EpisodeResult(episode.Name, from, verdicts, skipped);
    }
}
