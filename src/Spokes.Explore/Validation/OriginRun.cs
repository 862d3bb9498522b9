using Spokes.Model.Outputs;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Simulation;
using Spokes.Model.World;
using Spokes.Scenarios;
using Spokes.Scenarios.Data;

namespace Spokes.Explore.Validation;

/// <summary>
/// One run the validation makes, from a start year to an end year: the start state from <see cref="OriginBaseline"/>,
/// the observed drivers of the years in between (GDP, the adversaries' and the U.S. budgets, governments, threat
/// shocks: <see cref="PathsBuilder"/>) read through the window it is given, U.S. troops following their observed
/// path (the force-posture lever set to observed troops over start-year troops, within 0..2) and every other lever
/// at the status quo. The runs are conditional on the observed drivers; the allies' own spending and alignment are
/// what the model must produce. Simulations are kept per thread, so the parameters can change from call to call.
/// </summary>
public sealed class OriginRun
{
    private readonly Baseline _baseline;
    private readonly LeverSchedule _levers;
    private readonly Exogenous _exogenous;
    private readonly ThreadLocal<AllianceSimulation> _simulation;

    public OriginRun(int startYear, int endYear, IObservations drivers, DriverData politicsAndEvents)
    {
        StartYear = startYear;
        EndYear = endYear;
        _baseline = OriginBaseline.At(startYear, drivers, politicsAndEvents);
        var definition = new ScenarioDefinition { Name = $"origin-{startYear}", BaselineYear = startYear, EndYear = endYear, ObservedDrivers = true };
        var paths = PathsBuilder.Build(_baseline, definition, drivers, politicsAndEvents);
        _levers = new LeverSchedule(startYear, endYear, _baseline.Spokes.Count);
        for (int i = 0; i < _baseline.Spokes.Count; i++)
        {
            double start = _baseline.Spokes[i].Troops;
            if (start <= 0) continue;
            for (int y = startYear + 1; y <= endYear; y++)
                if (drivers.Get(_baseline.Spokes[i].Id, "us_troops", y) is { } troops && troops >= 0)
                    _levers.Set(y, Lever.ForcePosture, Math.Clamp(troops / start, 0, 2), i);
        }
        _exogenous = new Exogenous(startYear, Enumerable.Repeat(_baseline.Hub.PublicSupport, endYear - startYear + 1).ToArray(), true, paths);
        _simulation = new ThreadLocal<AllianceSimulation>(() =>
            new AllianceSimulation(_baseline, ParameterSet.Defaults, _levers, _exogenous, EndYear));
    }

    public int StartYear { get; }
    public int EndYear { get; }
    public Baseline Baseline => _baseline;

    /// <summary>Runs with the parameters given and returns the trajectory (owned by this thread's simulation until its next run).</summary>
    public Trajectory Run(ParameterSet parameters, int seed = 1)
    {
        var sim = _simulation.Value!;
        sim.Reconfigure(parameters, _levers, _exogenous);
        return sim.Run(seed);
    }
}
