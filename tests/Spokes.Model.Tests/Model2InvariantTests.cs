using CsCheck;
using Spokes.Model.Outputs;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;

namespace Spokes.Model.Tests;

/// <summary>
/// Model 2's inputs as properties: any governments, threat shocks and lever values in their ranges (the four
/// cooperation activities and non-proliferation pressure included), with any parameters in the documented ranges,
/// keep every recorded variable finite and every state inside its domain.
/// </summary>
public class Model2InvariantTests
{
    private static readonly Lever[] Levers = Enum.GetValues<Lever>();

    private static readonly Gen<(double[] Orientation, double[] Shock, double[] LeverValues)> Inputs =
        Gen.Select(Gen.Double[-1, 1].Array[Runs.End - 2016 + 1], Gen.Double[0, 1].Array[Runs.End - 2016 + 1], Gen.Double[0, 1].Array[Levers.Length]);

    private static void Check(int iterations) =>
        Gen.Select(Runs.Parameters, Inputs, Gen.Int[0, 5]).Sample((p, inputs, spoke) =>
        {
            var t = Runs.RunWithPaths(paths =>
            {
                for (int y = 2016; y <= Runs.End; y++)
                {
                    paths.SetOrientation(y, spoke, inputs.Orientation[y - 2016]);
                    if (y > 2016) paths.AddShock(y, (spoke + 1) % 6, inputs.Shock[y - 2016]);
                }
            }, s =>
            {
                for (int l = 0; l < Levers.Length; l++)
                {
                    var (min, max) = LeverInfo.Range(Levers[l]);
                    s.SetRange(2017, Levers[l], min + inputs.LeverValues[l] * (max - min), spoke);
                }
            }, p);
            for (int y = t.StartYear; y <= t.EndYear; y++)
                for (int r = 0; r < t.RowIds.Count; r++)
                {
                    foreach (var v in Enum.GetValues<Variable>())
                        if (t.Has(r, v)) Assert.True(double.IsFinite(t[y, r, v]), $"{y} {t.RowIds[r]} {v} = {t[y, r, v]}");
                    if (t.RowKinds[r] != RowKind.Spoke) continue;
                    Assert.InRange(t[y, r, Variable.Belief], 0, 1);
                    Assert.InRange(t[y, r, Variable.Alignment], -1, 1);
                    Assert.InRange(t[y, r, Variable.Duplication], 0, 1);
                    Assert.InRange(t[y, r, Variable.Latency], 0, 1);
                    Assert.InRange(t[y, r, Variable.ProliferationRisk], 0, 1);
                    Assert.InRange(t[y, r, Variable.NuclearStage], 0, 4);
                    Assert.True(t[y, r, Variable.ThreatShock] >= 0);
                    Assert.InRange(t[y, r, Variable.SpendingShare], 0, 50);
                }
        }, iter: iterations);

    [Fact]
    public void Any_governments_shocks_and_levers_keep_the_state_in_range() => Check(150);

    [Fact]
    [Trait("Category", "Long")]
    public void Any_governments_shocks_and_levers_keep_the_state_in_range_long() => Check(20_000);
}
