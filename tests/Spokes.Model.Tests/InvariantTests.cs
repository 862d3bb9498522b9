using CsCheck;
using Spokes.Model.Outputs;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Simulation;
using Spokes.Model.World;

namespace Spokes.Model.Tests;

/// <summary>Properties that must hold for every parameter set in the documented ranges and every posture.</summary>
public class InvariantTests
{
    private static readonly Gen<ParameterSet> Parameters = Runs.Parameters;

    /// <summary>Each parameter at its minimum, its maximum or anywhere between, one third each: the corners of the box.</summary>
    private static readonly Gen<ParameterSet> Corners =
        Gen.Select(Gen.Int[0, 2].Array[ParameterCatalog.All.Count], Gen.Double[0, 1].Array[ParameterCatalog.All.Count]).Select((k, u) =>
        {
            var p = ParameterSet.Defaults;
            foreach (var info in ParameterCatalog.All)
            {
                int i = (int)info.Id;
                p = p.With(info.Id, k[i] switch { 0 => info.Min, 1 => info.Max, _ => Math.Min(info.Max, info.Min + u[i] * (info.Max - info.Min)) });
            }
            return p;
        });

    private static readonly Gen<Preset> Posture = Gen.Int[0, Presets.All.Count - 1].Select(i => Presets.All[i]);

    [Fact]
    public void State_stays_in_range_and_finite_for_random_parameters_and_postures() => CheckRanges(150);

    /// <summary>The same property over many more draws: run with the "Long" category (see README).</summary>
    [Fact]
    [Trait("Category", "Long")]
    public void State_stays_in_range_and_finite_long() => CheckRanges(20_000);

    [Fact]
    public void State_stays_in_range_and_finite_at_the_corners_of_the_parameter_box() => CheckRanges(150, Corners, Gen.Int[0, 2].Select(i => i * 0.5));

    [Fact]
    [Trait("Category", "Long")]
    public void State_stays_in_range_and_finite_at_the_corners_long() => CheckRanges(20_000, Corners, Gen.Int[0, 2].Select(i => i * 0.5));

    private static void CheckRanges(int iterations) => CheckRanges(iterations, Parameters, Gen.Double[0, 1]);

    private static void CheckRanges(int iterations, Gen<ParameterSet> parameters, Gen<double> supports)
    {
        Gen.Select(parameters, Posture, supports, Gen.Bool).Sample((p, posture, support, growth) =>
        {
            var t = Runs.Run(posture.Apply, p, support, growth);
            for (int y = t.StartYear; y <= t.EndYear; y++)
                for (int r = 0; r < t.RowIds.Count; r++)
                {
                    string where = $"{posture.Name}, support {support}, growth {growth}: {y} {t.RowIds[r]}";
                    foreach (var v in Enum.GetValues<Variable>())
                        Assert.True(double.IsFinite(t[y, r, v]), $"{where} {v} = {t[y, r, v]}");
                    if (t.RowKinds[r] != RowKind.Spoke) continue;
                    double b = t[y, r, Variable.Belief], a = t[y, r, Variable.Alignment];
                    double x = t[y, r, Variable.Spending], gdp = t[y, r, Variable.Gdp];
                    Assert.True(b > 0 && b < 1, $"{where} belief {b:R}");
                    Assert.True(a >= -1 && a <= 1, $"{where} alignment {a:R}");
                    Assert.True(x >= 0 && x < gdp, $"{where} spending {x:R} of GDP {gdp:R}");
                    foreach (var v in new[] { Variable.Entrapment, Variable.Independence, Variable.Duplication, Variable.ProliferationRisk, Variable.Discounting })
                        Assert.True(t[y, r, v] >= 0 && t[y, r, v] <= 1, $"{where} {v} {t[y, r, v]:R}");
                    Assert.True(t[y, r, Variable.HostSupport] >= 0 && t[y, r, Variable.Troops] >= 0, $"{where} host support or troops negative");
                }
        }, iter: iterations);
    }

    [Fact]
    public void Nuclear_stage_probabilities_sum_to_one()
    {
        Gen.Select(Parameters, Posture).Sample((p, posture) =>
        {
            var b = Runs.B2016;
            var sim = new AllianceSimulation(b, p, Runs.Levers(posture.Apply), Exogenous.Constant(b.Year, Runs.End, 0.89), Runs.End);
            sim.Run(3);
            // The trajectory holds P(programme or armed) only; check it is a probability and monotone over time.
            var t = sim.Trajectory;
            for (int r = 1; r <= b.Spokes.Count; r++)
                for (int y = t.StartYear + 1; y <= t.EndYear; y++)
                    if (t[y, r, Variable.ProliferationRisk] < t[y - 1, r, Variable.ProliferationRisk] - 1e-12) return false;
            return true;
        }, iter: 50);
    }

    [Fact]
    public void Status_quo_with_frozen_drivers_is_a_fixed_point_for_any_parameters()
    {
        Parameters.Sample(p =>
        {
            var t = Runs.Run(null, p, growth: false);
            for (int y = t.StartYear + 1; y <= t.EndYear; y++)
                for (int r = 0; r < t.RowIds.Count; r++)
                    foreach (var v in Enum.GetValues<Variable>())
                        if (t.Has(r, v) && Math.Abs(t[y, r, v] - t[t.StartYear, r, v]) > 1e-9 * Math.Max(1, Math.Abs(t[t.StartYear, r, v])))
                            return false;
            return true;
        }, iter: 100);
    }

    [Fact]
    public void Baseline_validation_rejects_a_belief_outside_0_1()
    {
        var b = Runs.B2016 with { Spokes = Runs.B2016.Spokes.Select((s, i) => i == 0 ? s with { Belief = 1.2 } : s).ToList() };
        Assert.Contains("belief", b.Validate());
    }
}
