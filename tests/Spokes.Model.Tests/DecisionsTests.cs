using CsCheck;
using Spokes.Model.Outputs;
using Spokes.Model.Policy;
using Spokes.Model.Simulation;

namespace Spokes.Model.Tests;

/// <summary>Players' decisions (the seminar game): NaN keeps the rule, each decision moves what it feeds, and any
/// sequence of valid decisions keeps the model's invariants.</summary>
public class DecisionsTests
{
    private static int Threat(string id) => Runs.B2016.Threats.ToList().FindIndex(t => t.Id == id);

    private static long[] Bits(Trajectory t)
    {
        var bits = new List<long>();
        for (int y = t.StartYear; y <= t.EndYear; y++)
            for (int r = 0; r < t.RowIds.Count; r++)
                foreach (var v in Enum.GetValues<Variable>()) bits.Add(BitConverter.DoubleToInt64Bits(t[y, r, v]));
        return [.. bits];
    }

    private static Decisions Empty() => new(Runs.B2016.Year, Runs.End, Runs.B2016.Spokes.Count, Runs.B2016.Threats.Count);

    private static Trajectory Play(Action<Decisions> decide, Action<LeverSchedule>? levers = null, int seed = 1) =>
        Runs.RunWithPaths(paths => { var d = Empty(); decide(d); paths.Decisions = d; }, levers, seed: seed);

    [Fact]
    public void Unset_decisions_keep_every_rule_bit_for_bit()
    {
        foreach (var preset in Presets.All)
        {
            var rules = Runs.RunWithPaths(_ => { }, preset.Apply);
            var empty = Play(_ => { }, preset.Apply);
            Assert.Equal(Bits(rules), Bits(empty));
        }
    }

    [Fact]
    public void A_decision_for_one_year_only_leaves_the_years_before_untouched()
    {
        var rules = Runs.RunWithPaths(_ => { });
        var played = Play(d => d.Set(2020, Runs.Spoke("JPN"), SpokeDecision.SpendingTarget, 0.04));
        for (int y = 2016; y < 2020; y++)
            Assert.Equal(rules.Get(y, "JPN", Variable.Spending), played.Get(y, "JPN", Variable.Spending));
        Assert.True(played.Get(2020, "JPN", Variable.Spending) > rules.Get(2020, "JPN", Variable.Spending));
    }

    [Fact]
    public void Each_decision_moves_what_it_feeds()
    {
        var rules = Runs.RunWithPaths(_ => { });
        double Final(Trajectory t, string id, Variable v) => Runs.Final(t, id, v);
        void All(Decisions d, string id, SpokeDecision kind, double v) { for (int y = 2017; y <= Runs.End; y++) d.Set(y, Runs.Spoke(id), kind, v); }
        void AllThreat(Decisions d, string id, ThreatDecision kind, double v) { for (int y = 2017; y <= Runs.End; y++) d.Set(y, Threat(id), kind, v); }

        Assert.True(Final(Play(d => All(d, "KOR", SpokeDecision.SpendingTarget, 0.05)), "KOR", Variable.SpendingShare) > Final(rules, "KOR", Variable.SpendingShare));
        Assert.True(Final(Play(d => All(d, "JPN", SpokeDecision.HostSupportOffer, 2)), "JPN", Variable.HostSupport) > 1.5 * Final(rules, "JPN", Variable.HostSupport));
        Assert.True(Final(Play(d => All(d, "PHL", SpokeDecision.AlignmentMove, -1)), "PHL", Variable.Alignment) < Final(rules, "PHL", Variable.Alignment) - 0.1);
        Assert.True(Final(Play(d => { All(d, "JPN", SpokeDecision.SpokeCooperation, 1); All(d, "AUS", SpokeDecision.SpokeCooperation, 1); }), "JPN", Variable.Belief)
                    > Final(rules, "JPN", Variable.Belief));
        var climbed = Play(d => { d.Set(2017, Runs.Spoke("KOR"), SpokeDecision.HedgingStep, 1); d.Set(2018, Runs.Spoke("KOR"), SpokeDecision.HedgingStep, 1); });
        Assert.Equal(rules.Get(2018, "KOR", Variable.NuclearStage) + 2, climbed.Get(2018, "KOR", Variable.NuclearStage));
        var nonLatent = Play(d => d.Set(2017, Runs.Spoke("PHL"), SpokeDecision.HedgingStep, 1));
        Assert.Equal(rules.Get(2017, "PHL", Variable.NuclearStage), nonLatent.Get(2017, "PHL", Variable.NuclearStage));
        var built = Play(d => AllThreat(d, "CHN", ThreatDecision.BuildupShare, 0.04));
        Assert.True(Final(built, "CHN", Variable.Spending) > 1.5 * Final(rules, "CHN", Variable.Spending));
        Assert.Equal(1.0, Play(d => AllThreat(d, "CHN", ThreatDecision.Probing, 1)).Get(2020, "CHN", Variable.Probing));
        var coerced = Play(d => d.Set(2018, Threat("CHN"), ThreatDecision.Coercion, 1));
        Assert.True(coerced.Get(2018, "TWN", Variable.ThreatShock) > rules.Get(2018, "TWN", Variable.ThreatShock) + 0.5);
        Assert.True(coerced.Get(2018, "TWN", Variable.PerceivedThreat) > rules.Get(2018, "TWN", Variable.PerceivedThreat));
    }

    [Fact]
    public void Out_of_range_decisions_are_refused_and_NaN_clears_one()
    {
        var d = Empty();
        Assert.Throws<ArgumentOutOfRangeException>(() => d.Set(2017, 0, SpokeDecision.SpendingTarget, 0.6));
        Assert.Throws<ArgumentOutOfRangeException>(() => d.Set(2017, 0, ThreatDecision.Probing, -0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => d.Set(2017, 0, SpokeDecision.AlignmentMove, double.PositiveInfinity));
        d.Set(2017, 0, SpokeDecision.HostSupportOffer, 1.5);
        Assert.True(d.AnyIn(2017));
        d.Set(2017, 0, SpokeDecision.HostSupportOffer, double.NaN);
        Assert.False(d.AnyIn(2017));
        Assert.True(double.IsNaN(d.Get(1990, 0, SpokeDecision.HostSupportOffer)));
    }

    /// <summary>Any decision (or none) for any actor in any year, within the documented ranges.</summary>
    private static readonly Gen<Decisions> AnyDecisions =
        Gen.Select(Gen.Double[0, 1].Array[(Runs.End - 2016 + 1) * (6 * Decisions.SpokeKinds + 2 * Decisions.ThreatKinds)],
                   Gen.Int[0, 3].Array[(Runs.End - 2016 + 1) * (6 * Decisions.SpokeKinds + 2 * Decisions.ThreatKinds)])
            .Select((u, mode) =>
            {
                var d = Empty();
                int k = 0;
                // mode 0: the rule; 1: the range's minimum; 2: its maximum; 3: anywhere inside.
                double Pick((double Min, double Max) r) { int i = k++ % u.Length; return mode[i] switch { 0 => double.NaN, 1 => r.Min, 2 => r.Max, _ => r.Min + u[i] * (r.Max - r.Min) }; }
                for (int y = d.StartYear; y <= d.EndYear; y++)
                {
                    for (int i = 0; i < d.SpokeCount; i++)
                        foreach (var kind in Enum.GetValues<SpokeDecision>()) d.Set(y, i, kind, Pick(Decisions.Range(kind)));
                    for (int t = 0; t < d.ThreatCount; t++)
                        foreach (var kind in Enum.GetValues<ThreatDecision>()) d.Set(y, t, kind, Pick(Decisions.Range(kind)));
                }
                return d;
            });

    [Fact]
    public void Any_sequence_of_valid_decisions_keeps_the_invariants()
    {
        var posture = Gen.Int[0, Presets.All.Count - 1].Select(i => Presets.All[i]);
        Gen.Select(AnyDecisions, posture, Runs.Parameters, Gen.Int[0, 1000]).Sample((decisions, preset, p, seed) =>
        {
            var t = Runs.RunWithPaths(paths => paths.Decisions = decisions, preset.Apply, p, seed: seed);
            for (int y = t.StartYear; y <= t.EndYear; y++)
                for (int r = 0; r < t.RowIds.Count; r++)
                {
                    string where = $"{preset.Name} {y} {t.RowIds[r]}";
                    foreach (var v in Enum.GetValues<Variable>())
                        Assert.True(double.IsFinite(t[y, r, v]), $"{where} {v} = {t[y, r, v]}");
                    if (t.RowKinds[r] == RowKind.Threat)
                    {
                        Assert.True(t[y, r, Variable.Spending] >= 0, $"{where} threat spending");
                        Assert.InRange(t[y, r, Variable.Probing], 0, 1);
                    }
                    if (t.RowKinds[r] != RowKind.Spoke) continue;
                    double b = t[y, r, Variable.Belief], a = t[y, r, Variable.Alignment];
                    double x = t[y, r, Variable.Spending], gdp = t[y, r, Variable.Gdp];
                    Assert.True(b > 0 && b < 1, $"{where} belief {b:R}");
                    Assert.True(a >= -1 && a <= 1, $"{where} alignment {a:R}");
                    Assert.True(x >= 0 && x < gdp, $"{where} spending {x:R} of GDP {gdp:R}");
                    Assert.InRange(t[y, r, Variable.NuclearStage], 0, 4);
                    foreach (var v in new[] { Variable.Entrapment, Variable.Independence, Variable.Duplication, Variable.ProliferationRisk, Variable.Discounting, Variable.Latency })
                        Assert.True(t[y, r, v] >= 0 && t[y, r, v] <= 1, $"{where} {v} {t[y, r, v]:R}");
                    Assert.True(t[y, r, Variable.HostSupport] >= 0 && t[y, r, Variable.Troops] >= 0 && t[y, r, Variable.ThreatShock] >= 0, $"{where} negative stock");
                }
        }, iter: 100);
    }

    [Fact]
    public void The_same_decisions_and_seed_replay_bit_for_bit()
    {
        AnyDecisions.Sample(decisions =>
        {
            var a = Runs.RunWithPaths(paths => paths.Decisions = decisions, seed: 7);
            var b = Runs.RunWithPaths(paths => paths.Decisions = decisions, seed: 7);
            Assert.Equal(Bits(a), Bits(b));
        }, iter: 20);
    }
}
