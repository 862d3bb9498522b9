using Spokes.Model.Outputs;
using Spokes.Model.Parameters;

namespace Spokes.Scenarios.Tests;

/// <summary>Per-ally parameter values (<c>parameters: {bandwagonWeight: {JPN: 1.0}}</c>) and starting figures
/// (<c>actors: {JPN: {belief: 0.8}}</c>) in a scenario file.</summary>
public class ScenarioOverrideTests
{
    private static readonly string[] Allies = ["JPN", "KOR", "AUS", "PHL", "THA", "TWN"];

    private static Trajectory Run(string yaml) => ScenarioPlan.Build(ScenarioLoader.Parse(yaml, "s.yaml")).Run();

    [Fact]
    public void A_per_ally_parameter_moves_only_that_ally()
    {
        // The weights act on Japan's alignment only. Japan's alignment is the first figure they change; in the year it
        // first differs every other ally is still bit-identical (later years may differ through the ties).
        var plain = Run("end: 2030\nposture: withdraw\n");
        var own = Run("end: 2030\nposture: withdraw\nparameters: {alignmentAwayRate: {JPN: 0.6}, bandwagonWeight: {JPN: 4.0}}\n");
        int first = Enumerable.Range(2017, 14).First(y => plain.Get(y, "JPN", Variable.Alignment) != own.Get(y, "JPN", Variable.Alignment));
        foreach (var ally in Allies.Skip(1))
            Assert.Equal(plain.Get(first, ally, Variable.Alignment), own.Get(first, ally, Variable.Alignment));
        Assert.True(own.Get(2030, "JPN", Variable.Alignment) < plain.Get(2030, "JPN", Variable.Alignment), "a faster move away and more bandwagoning end lower");
    }

    [Fact]
    public void A_global_value_and_a_per_ally_value_combine_the_per_ally_one_wins_for_that_ally()
    {
        var d = ScenarioLoader.Parse("parameters: {bandwagonWeight: 1.5, alignmentAwayRate: {KOR: 0.5}}\n", "s.yaml");
        var p = ScenarioPlan.Build(d).Parameters;
        Assert.Equal(1.5, p[ParameterId.BandwagonWeight, 0]);
        Assert.Equal(0.5, p[ParameterId.AlignmentAwayRate, 1]);
        Assert.Equal(ParameterSet.Defaults[ParameterId.AlignmentAwayRate], p[ParameterId.AlignmentAwayRate, 0]);
        Assert.Equal(0.5, p.With(ParameterId.AlignmentAwayRate, 0.2)[ParameterId.AlignmentAwayRate, 1]);
    }

    [Fact]
    public void Starting_figures_replace_the_baseline_for_that_actor_only()
    {
        var plain = Run("end: 2018\n");
        var own = Run("end: 2018\nactors: {JPN: {belief: 0.8, alignment: 0.7}, CHN: {milex_usd_bn: 300}}\n");
        Assert.Equal(0.8, own.Get(2016, "JPN", Variable.Belief));
        Assert.Equal(0.7, own.Get(2016, "JPN", Variable.Alignment));
        Assert.NotEqual(plain.Get(2016, "JPN", Variable.Belief), own.Get(2016, "JPN", Variable.Belief));
        foreach (var ally in Allies.Skip(1))
            Assert.Equal(plain.Get(2016, ally, Variable.Belief), own.Get(2016, ally, Variable.Belief));
    }

    [Theory]
    [InlineData("parameters:\n  bandwagonWeight: {IND: 1.0}\n", 2, 21, "parameters.bandwagonWeight.IND", "unknown ally 'IND'")]
    [InlineData("parameters:\n  beliefStickiness: {JPN: 0.4}\n", 2, 21, "parameters.beliefStickiness", "read once for all allies")]
    [InlineData("parameters:\n  bandwagonWeight: {JPN: 9}\n", 2, 26, "parameters.bandwagonWeight.JPN", "outside its range")]
    [InlineData("actors:\n  JPN: {belief: 1.5}\n", 2, 9, "actors.JPN.belief", "outside the domain")]
    [InlineData("actors:\n  JPN: {spending: 40}\n", 2, 9, "actors.JPN.spending", "no uncertain starting figure 'spending'")]
    [InlineData("actors:\n  IND: {belief: 0.5}\n", 2, 9, "actors.IND.belief", "unknown actor 'IND'")]
    public void Bad_overrides_name_the_line_column_and_field(string yaml, int line, int column, string field, string problem)
    {
        var e = Assert.Throws<InputException>(() => ScenarioPlan.Build(ScenarioLoader.Parse(yaml, "s.yaml")));
        Assert.Equal((line, column, field), (e.Line, e.Column, e.Field));
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void The_readme_scenario_sample_loads_and_runs()
    {
        var readme = File.ReadAllText(Path.Combine(RepoRoot.Path, "README.md"));
        int start = readme.IndexOf("```yaml\nname: korea-troop-cut", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no korea-troop-cut sample");
        start += "```yaml\n".Length;
        var yaml = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
        var plan = ScenarioPlan.Build(ScenarioLoader.Parse(yaml, "README.md"));
        Assert.Equal(1.0, plan.Parameters[ParameterId.BandwagonWeight, 0]);
        Assert.Equal(0.8, plan.Baseline.Spokes[0].Belief);
        Assert.True(plan.Run().EndYear == 2030);
    }
}
