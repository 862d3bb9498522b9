using Spokes.Model.Outputs;

namespace Spokes.Scenarios.Tests;

/// <summary>Host-nation support set by a yearly bargaining round (Spokes.Formal) instead of the formula.</summary>
public class NegotiationTests
{
    private static Trajectory Run(string negotiation, double? support = null, bool demands = true, bool growth = true)
    {
        var d = ScenarioDefinition.Default with
        {
            Negotiation = negotiation,
            Growth = growth,
            ObservedDrivers = growth, // frozen growth is the constant-drivers case: no observed paths either
            Posture = demands ? "threaten" : "status-quo",
            PublicSupport = support is { } s ? new Dictionary<int, double> { [2017] = s } : new Dictionary<int, double>(),
        };
        return ScenarioPlan.Build(d).Run();
    }

    [Fact]
    public void The_status_quo_stays_a_fixed_point_with_bargaining()
    {
        var t = Run("bargaining", demands: false, growth: false);
        Assert.True(StylizedFacts.MaxDrift(t) < 1e-9);
    }

    [Fact]
    public void Bargaining_differs_from_the_formula_under_demands_and_stays_within_the_demand()
    {
        double formula = Run("formula").Get(2030, "KOR", Variable.HostSupport);
        double bargained = Run("bargaining").Get(2030, "KOR", Variable.HostSupport);
        Assert.NotEqual(formula, bargained);
        Assert.InRange(bargained, 0.808, 0.808 * 2.0 + 1e-9); // never above the executive's demand (1 + h·m, h = 1)
    }

    [Fact]
    public void A_more_credible_threat_wins_a_larger_payment()
    {
        double high = Run("bargaining", support: 0.89).Get(2030, "KOR", Variable.HostSupport);
        double low = Run("bargaining", support: 0.3).Get(2030, "KOR", Variable.HostSupport);
        Assert.True(low > high, $"support 0.3: {low}; support 0.89: {high}");
    }

    [Fact]
    public void Unknown_negotiation_is_rejected_with_its_line()
    {
        var e = Assert.Throws<InputException>(() => ScenarioLoader.Parse("name: x\nnegotiation: haggling\n", "n.yaml"));
        Assert.Equal((2, "negotiation"), (e.Line, e.Field));
    }
}
