using CsCheck;
using Spokes.Formal.Bargaining;

namespace Spokes.Formal.Tests.Bargaining;

public class VotesTests
{
    private static readonly Gen<(BargainingActor[] Actors, double[] Risk)> Problem =
        ActorGen.Actors.SelectMany(a => Gen.Double[0.5, 2].Array[a.Length].Select(r => (a, r)));

    [Fact]
    public void Faithful_probabilities_of_a_contest_sum_to_one()
    {
        Problem.Sample(p =>
        {
            var v = ActorGen.VotesOf(p.Actors, p.Risk, BargainingMode.Faithful);
            for (int i = 0; i < p.Actors.Length; i++)
                for (int j = 0; j < p.Actors.Length; j++)
                {
                    if (p.Actors[i].Position == p.Actors[j].Position) continue;
                    double pij = v.WinProbability(i, j), pji = v.WinProbability(j, i);
                    Assert.InRange(pij, 0, 1);
                    Assert.Equal(1.0, pij + pji, 12);
                }
        }, iter: 200);
    }

    [Fact]
    public void Scholz_probability_is_the_faithful_one_scaled_down_by_all_votes()
    {
        Problem.Sample(p =>
        {
            var scholz = ActorGen.VotesOf(p.Actors, p.Risk, BargainingMode.Scholz);
            var faithful = ActorGen.VotesOf(p.Actors, p.Risk, BargainingMode.Faithful);
            int n = p.Actors.Length;
            double all = 0;
            for (int k = 0; k < n; k++)
                for (int a = 0; a < n; a++)
                    for (int b = 0; b < n; b++)
                        all += Math.Abs(scholz.Vote(k, p.Actors[a].Position, p.Actors[b].Position));
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                {
                    if (p.Actors[i].Position == p.Actors[j].Position) continue;
                    double cast = Enumerable.Range(0, n).Sum(k => Math.Abs(faithful.Vote(k, p.Actors[i].Position, p.Actors[j].Position)));
                    Assert.Equal(faithful.WinProbability(i, j) * cast / all, scholz.WinProbability(i, j), tolerance: 1e-12);
                    Assert.True(scholz.WinProbability(i, j) <= faithful.WinProbability(i, j) + 1e-15);
                }
        }, iter: 100);
    }

    [Fact]
    public void No_contest_between_equal_positions()
    {
        var a = new[] { new BargainingActor("x", 1, 3, 1), new BargainingActor("y", 1, 3, 1), new BargainingActor("z", 1, 7, 1) };
        foreach (var mode in new[] { BargainingMode.Scholz, BargainingMode.Faithful })
            Assert.Equal(0, ActorGen.VotesOf(a, [1, 1, 1], mode).WinProbability(0, 1));
    }

    [Fact]
    public void A_vote_favours_the_nearer_position_in_proportion_to_weight()
    {
        // Voter at 0 with c·s = 0.5 on a 0–10 scale, r = 1: v(2 vs 6) = 0.5·(0.6 − 0.2) = 0.2.
        var a = new[] { new BargainingActor("v", 1, 0, 0.5), new BargainingActor("far", 1, 10, 1) };
        var v = ActorGen.VotesOf(a, [1, 1], BargainingMode.Faithful);
        Assert.Equal(0.2, v.Vote(0, 2, 6), 12);
        Assert.Equal(-0.2, v.Vote(0, 6, 2), 12);
    }
}
