using Spokes.Formal.Bargaining;
using Spokes.Formal.Io;

namespace Spokes.Formal.Tests.Bargaining;

/// <summary>
/// The European Community example (Bueno de Mesquita 1994, table 1; the date of emission standards for medium-sized
/// cars) as run by the replication of Scholz, Calbert &amp; Smith (2011). The expected numbers are the published ones
/// (the paper's results and the replication's log), to the four decimals given there.
/// </summary>
public class EuropeanCommunityTests
{
    private static readonly IReadOnlyList<BargainingActor> Ec = BargainingFileReader.Load(RepoRoot.Scenario("bargaining-ec.csv"));

    private static BargainingResult Run(BargainingMode mode, int rounds = 10) =>
        BargainingModel.Run(Ec, new BargainingOptions { Mode = mode, MaxRounds = rounds });

    [Fact]
    public void Start_mean_is_7_39_and_median_7()
    {
        var r = Run(BargainingMode.Scholz, 0);
        Assert.Equal(7.39, r.StartMean, 2);
        Assert.Equal(7.0, r.StartMedian);
    }

    [Fact]
    public void Round_one_risk_exponents_match_the_replication()
    {
        double[] published = [1.4057, 0.7542, 0.5089, 1.4057, 1.0465, 1.0465, 1.9649, 0.5, 2.0, 1.1121];
        var r = Run(BargainingMode.Scholz, 1).Rounds[0].RiskExponents;
        Assert.Equal(published.Length, r.Count);
        for (int i = 0; i < published.Length; i++)
            Assert.True(Math.Abs(r[i] - published[i]) < 0.5e-4, $"{Ec[i].Name}: r = {r[i]:F6}, published {published[i]}");
    }

    [Fact]
    public void Mean_after_ten_rounds_is_7_2421()
    {
        var r = Run(BargainingMode.Scholz);
        Assert.Equal(10, r.Rounds.Count);
        Assert.Equal(BargainingStop.RoundCap, r.Stop);
        Assert.True(Math.Abs(r.FinalMean - 7.2421) < 0.5e-4, $"mean after 10 rounds {r.FinalMean:F6}");
    }

    [Fact]
    public void Nobody_capitulates_in_scholz_mode()
    {
        var r = Run(BargainingMode.Scholz, 30);
        Assert.DoesNotContain(r.Rounds.SelectMany(x => x.Moves), m => m.Kind == OfferKind.Capitulation);
        Assert.Contains(r.Rounds.SelectMany(x => x.Moves), m => m.Kind == OfferKind.Compromise);
    }

    [Fact]
    public void Faithful_mode_differs_and_settles()
    {
        var scholz = Run(BargainingMode.Scholz, 1).Rounds[0].RiskExponents;
        var faithful = Run(BargainingMode.Faithful, 50);
        Assert.NotEqual(scholz, faithful.Rounds[0].RiskExponents);
        Assert.Equal(BargainingStop.Stable, faithful.Stop);
        // Once settled, one more round from the final positions moves nobody.
        var (next, _, moves) = BargainingModel.Step(Ec, faithful.FinalPositions, faithful.Range, BargainingMode.Faithful);
        Assert.Empty(moves);
        Assert.Equal(faithful.FinalPositions, next);
    }
}
