namespace Spokes.Scenarios.Tests;

/// <summary>The scenario's own dated drivers: events and governments name the run's spokes and years.</summary>
public class DatedDriverTests
{
    private static InputException Refused(string yaml) =>
        Assert.Throws<InputException>(() => ScenarioPlan.Build(ScenarioLoader.Parse(yaml, "d.yaml")));

    [Fact]
    public void An_event_for_an_unknown_ally_is_refused_with_its_line()
    {
        var e = Refused("events:\n  - {year: 2020, ally: NZL, intensity: 0.5, event: x}\n");
        Assert.Equal("events.ally", e.Field);
        Assert.Equal(2, e.Line);
        Assert.Contains("unknown ally 'NZL'", e.Message);
    }

    [Fact]
    public void An_event_outside_the_simulated_years_is_refused()
    {
        Assert.Equal("events.year", Refused("events:\n  - {year: 2016, ally: KOR, intensity: 0.5}\n").Field);
    }

    [Fact]
    public void A_government_for_an_unknown_ally_is_refused()
    {
        Assert.Contains("unknown ally", Refused("politics: {NZL: {2020: 0.5}}\n").Message);
    }

    [Fact]
    public void A_scenario_event_is_added_to_the_data_shocks()
    {
        var withEvent = ScenarioPlan.Build(ScenarioLoader.Parse("events:\n  - {year: 2026, ally: KOR, intensity: 0.5}\n", "d.yaml"));
        var without = ScenarioPlan.Build(ScenarioDefinition.Default);
        int kor = without.Baseline.Spokes.ToList().FindIndex(s => s.Id == "KOR");
        Assert.Equal(without.Exogenous.Paths!.Shock(2026, kor) + 0.5, withEvent.Exogenous.Paths!.Shock(2026, kor), 12);
    }
}
