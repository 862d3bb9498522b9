using Spokes.Model.Outputs;
using Spokes.Model.Parameters;

namespace Spokes.Model.Tests.Mechanisms;

/// <summary>Allied domestic politics: a government's orientation moves alignment, the domestic balance and spending.</summary>
public class AlliedPoliticsTests
{
    private static int Phl => Runs.Spoke("PHL");
    private static double StartOrientation => Runs.B2016.Spokes[Phl].GovernmentOrientation;

    [Fact]
    public void A_pro_China_government_lowers_alignment_with_US_levers_unchanged()
    {
        var same = Runs.RunWithPaths(_ => { });
        var turn = Runs.RunWithPaths(p => { for (int y = 2018; y <= Runs.End; y++) p.SetOrientation(y, Phl, Math.Max(-1, StartOrientation - 0.8)); });
        Assert.True(Runs.Final(turn, "PHL", Variable.Alignment) < Runs.Final(same, "PHL", Variable.Alignment) - 0.1);
        Assert.True(Runs.Final(turn, "PHL", Variable.Independence) > Runs.Final(same, "PHL", Variable.Independence));
        // Only the Philippines' government changed: Japan moves only through second-order channels (network, probing).
        Assert.Equal(Runs.Final(same, "JPN", Variable.Alignment), Runs.Final(turn, "JPN", Variable.Alignment), 2);
    }

    [Fact]
    public void The_alignment_channel_is_the_reason_a_turn_lowers_alignment()
    {
        var off = ParameterSet.Defaults.With(ParameterId.OrientationAlignment, 0).With(ParameterId.OrientationIndependence, 0);
        var same = Runs.RunWithPaths(_ => { }, p: off);
        var turn = Runs.RunWithPaths(p => { for (int y = 2018; y <= Runs.End; y++) p.SetOrientation(y, Phl, Math.Max(-1, StartOrientation - 0.8)); }, p: off);
        Assert.Equal(Runs.Final(same, "PHL", Variable.Alignment), Runs.Final(turn, "PHL", Variable.Alignment), 12);
    }

    [Fact]
    public void A_return_to_a_pro_US_government_raises_alignment_back()
    {
        var turnOnly = Runs.RunWithPaths(p => { for (int y = 2018; y <= Runs.End; y++) p.SetOrientation(y, Phl, Math.Max(-1, StartOrientation - 0.6)); });
        var turnAndReturn = Runs.RunWithPaths(p =>
        {
            for (int y = 2018; y <= 2021; y++) p.SetOrientation(y, Phl, Math.Max(-1, StartOrientation - 0.6));
            for (int y = 2022; y <= Runs.End; y++) p.SetOrientation(y, Phl, Math.Min(1, StartOrientation + 0.4));
        });
        Assert.True(Runs.Final(turnAndReturn, "PHL", Variable.Alignment) > Runs.Final(turnOnly, "PHL", Variable.Alignment));
    }

    [Theory]
    [InlineData(0.4)]
    [InlineData(-0.4)]
    public void The_spending_channel_takes_the_sign_of_its_parameter(double lambda)
    {
        var p = ParameterSet.Defaults.With(ParameterId.OrientationSpending, lambda);
        var same = Runs.RunWithPaths(_ => { }, p: p);
        var warmer = Runs.RunWithPaths(q => { for (int y = 2018; y <= Runs.End; y++) q.SetOrientation(y, Phl, Math.Min(1, StartOrientation + 0.5)); }, p: p);
        double change = Runs.Final(warmer, "PHL", Variable.Spending) - Runs.Final(same, "PHL", Variable.Spending);
        Assert.Equal(Math.Sign(lambda), Math.Sign(change));
    }

    [Fact]
    public void An_unchanged_government_keeps_the_fixed_point()
    {
        var t = Runs.RunWithPaths(p => { for (int y = 2016; y <= Runs.End; y++) p.SetOrientation(y, Phl, StartOrientation); });
        Assert.True(Scenarios.StylizedFacts.MaxDrift(t) < 1e-9);
    }
}
