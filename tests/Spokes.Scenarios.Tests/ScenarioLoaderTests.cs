using Spokes.Model.Parameters;
using Spokes.Model.Policy;

namespace Spokes.Scenarios.Tests;

public class ScenarioLoaderTests
{
    private static InputException Bad(string yaml) =>
        Assert.Throws<InputException>(() => ScenarioLoader.Parse(yaml, "bad.yaml"));

    [Fact]
    public void Reads_every_key()
    {
        var d = ScenarioLoader.Parse("""
            name: test
            description: all keys
            baseline: 2024
            end: 2035
            posture: threaten
            seed: 9
            growth: false
            publicSupport: {2024: 0.7, 2030: 0.5}
            parameters: {beliefStickiness: 0.4}
            levers:
              - {lever: forcePosture, value: 0.5, from: 2026, to: 2028, ally: KOR}
            """, "test.yaml");
        Assert.Equal(("test", 2024, 2035, "threaten", 9, false), (d.Name, d.BaselineYear, d.EndYear, d.Posture, d.Seed, d.Growth));
        Assert.Equal(0.5, d.PublicSupport[2030]);
        Assert.Equal(0.4, d.Parameters[ParameterId.BeliefStickiness]);
        var l = Assert.Single(d.Levers);
        Assert.Equal((Lever.ForcePosture, 0.5, 2026, (int?)2028, "KOR"), (l.Lever, l.Value, l.From, l.To, l.Ally));
    }

    [Fact]
    public void Unknown_key_names_file_line_column_and_field()
    {
        var e = Bad("name: x\nbaseline: 2016\nhorizon: 2030\n");
        Assert.Equal(("bad.yaml", 3, 1, "horizon"), (e.File, e.Line, e.Column, e.Field));
        Assert.StartsWith("bad.yaml:3:1: field 'horizon': unknown key", e.Message);
    }

    [Fact]
    public void Out_of_range_parameter_is_rejected_with_its_range()
    {
        var e = Bad("parameters:\n  beliefStickiness: 0.9\n");
        Assert.Equal((2, 21, "parameters.beliefStickiness"), (e.Line, e.Column, e.Field));
        Assert.Contains("[0.1, 0.6]", e.Message);
    }

    [Theory]
    [InlineData("parameters:\n  noSuchThing: 1\n", 2, "parameters.noSuchThing")]
    [InlineData("posture: appease\n", 1, "posture")]
    [InlineData("levers:\n  - {lever: bribery, value: 1, from: 2017}\n", 2, "levers.lever")]
    [InlineData("levers:\n  - {lever: rhetoric, value: 1.5, from: 2017}\n", 2, "levers.value")]
    [InlineData("levers:\n  - {lever: rhetoric, value: 1, from: 2017, colour: red}\n", 2, "levers.colour")]
    [InlineData("levers:\n  - {lever: rhetoric, from: 2017}\n", 2, "levers.value")]
    [InlineData("seed: many\n", 1, "seed")]
    [InlineData("growth: maybe\n", 1, "growth")]
    [InlineData("publicSupport: 1.4\n", 1, "publicSupport")]
    [InlineData("baseline: 2016\nend: 2010\n", 2, "end")]
    public void Bad_values_name_their_line_and_field(string yaml, int line, string field)
    {
        var e = Bad(yaml);
        Assert.Equal((line, field), (e.Line, e.Field));
    }

    [Fact]
    public void Yaml_syntax_errors_carry_a_line()
    {
        var e = Bad("name: [unclosed\nend: 2030\n");
        Assert.True(e.Line >= 1);
        Assert.Contains("YAML syntax", e.Message);
    }

    [Fact]
    public void Unknown_ally_and_years_outside_the_run_are_caught_when_the_plan_is_built()
    {
        var d = ScenarioLoader.Parse("levers:\n  - {lever: rhetoric, value: 1, from: 2017, ally: IND}\n", "s.yaml");
        var e = Assert.Throws<InputException>(() => ScenarioPlan.Build(d));
        Assert.Equal((2, "ally"), (e.Line, e.Field));
        d = ScenarioLoader.Parse("levers:\n  - {lever: rhetoric, value: 1, from: 2040}\n", "s.yaml");
        Assert.Equal("from", Assert.Throws<InputException>(() => ScenarioPlan.Build(d)).Field);
        d = ScenarioLoader.Parse("baseline: 1999\n", "s.yaml");
        Assert.Equal("baseline", Assert.Throws<InputException>(() => ScenarioPlan.Build(d)).Field);
    }

    [Fact]
    public void Every_shipped_scenario_loads_and_runs()
    {
        var dir = Path.Combine(RepoRoot.Path, "scenarios");
        var files = Directory.GetFiles(dir, "*.yaml");
        Assert.NotEmpty(files);
        foreach (var f in files)
        {
            var t = ScenarioPlan.Build(ScenarioLoader.Load(f)).Run();
            Assert.True(t.EndYear > t.StartYear, f);
        }
    }

    [Fact]
    public void Overrides_apply_on_top_of_the_preset()
    {
        var d = ScenarioLoader.Parse("posture: threaten\nlevers:\n  - {lever: forcePosture, value: 0.5, from: 2019, to: 2021, ally: KOR}\n", "s.yaml");
        var plan = ScenarioPlan.Build(d);
        int kor = plan.Baseline.Spokes.ToList().FindIndex(s => s.Id == "KOR");
        Assert.Equal(0.8, plan.Levers.Get(2020, kor, Lever.Rhetoric));
        Assert.Equal(0.5, plan.Levers.Get(2020, kor, Lever.ForcePosture));
        Assert.Equal(1.0, plan.Levers.Get(2022, kor, Lever.ForcePosture));
        Assert.Equal(1.0, plan.Levers.Get(2020, 0, Lever.ForcePosture));
    }
}
