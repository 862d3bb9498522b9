namespace Spokes.Formal.Bargaining;

/// <summary>
/// Bueno de Mesquita's expected-utility ("group decision") model as specified by Scholz, Calbert &amp; Smith (2011)
/// and their published replication. Each round:
/// <list type="number">
/// <item>set every r_i = 1 and compute each actor's danger D_i and from it its risk exponent r_i
/// (<see cref="RiskExponent"/>);</item>
/// <item>with those r_i, each actor i judges, for every actor j at another position, EU^i(i → j) and EU^i(j → i)
/// (<see cref="ExpectedUtility"/>) and so the offer j makes it (<see cref="OfferRules.Classify"/>);</item>
/// <item>each actor accepts at most one offer (<see cref="OfferRules.Choose"/>); all moves are applied together.</item>
/// </list>
/// The positions are the whole state of the model, so rounds repeat until one passes with no move (every later
/// round would be the same), until the positions return to those after an earlier round (a cycle: the same
/// sequence would repeat forever), or until the cap is reached.
/// The issue range D is the range of the starting positions and stays fixed. Deterministic: no random draws.
/// </summary>
public static class BargainingModel
{
    /// <exception cref="ArgumentException">fewer than two actors, or no actor with c·s &gt; 0.</exception>
    public static BargainingResult Run(IReadOnlyList<BargainingActor> actors, BargainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(options);
        if (actors.Count < 2) throw new ArgumentException("bargaining needs at least two actors", nameof(actors));
        if (!actors.Any(a => a.Weight > 0)) throw new ArgumentException("no actor has both capability and salience above zero", nameof(actors));

        var start = actors.Select(a => a.Position).ToArray();
        double range = start.Max() - start.Min();
        var rounds = new List<BargainingRound>();
        var x = start;
        var stop = BargainingStop.Stable;
        int cycle = 0;
        var history = new List<double[]> { start };
        if (range > 0)
        {
            stop = BargainingStop.RoundCap;
            for (int round = 1; round <= options.MaxRounds; round++)
            {
                var (next, r, moves) = Step(actors, x, range, options.Mode);
                rounds.Add(new BargainingRound(round, r, moves, next, PositionSummary.Mean(actors, next), PositionSummary.Median(actors, next)));
                if (next.SequenceEqual(x)) { stop = BargainingStop.Stable; break; }
                int seen = history.FindIndex(h => h.SequenceEqual(next));
                if (seen >= 0) { stop = BargainingStop.Cycle; cycle = history.Count - seen; break; }
                history.Add(next);
                x = next;
            }
        }
        return new BargainingResult(actors, options, range, start, PositionSummary.Mean(actors, start),
            PositionSummary.Median(actors, start), rounds, stop) { CycleLength = cycle };
    }

    /// <summary>One round from positions <paramref name="x"/> on an issue of width <paramref name="range"/> &gt; 0:
    /// the new positions, the risk exponents used, the moves.</summary>
    public static (double[] Positions, double[] Risk, ActorMove[] Moves) Step(IReadOnlyList<BargainingActor> actors,
        IReadOnlyList<double> x, double range, BargainingMode mode)
    {
        int n = actors.Count;
        if (x.Count != n) throw new ArgumentException("one position per actor", nameof(x));
        var salience = actors.Select(a => a.Salience).ToArray();
        var weights = actors.Select(a => a.Weight).ToArray();
        var neutral = new ExpectedUtility(x, salience, weights, Enumerable.Repeat(1.0, n).ToArray(), range, mode);
        var risk = RiskExponent.FromDangers(RiskExponent.Dangers(neutral));
        var eu = new ExpectedUtility(x, salience, weights, risk, range, mode);

        var next = x.ToArray();
        var moves = new List<ActorMove>();
        var offers = new List<Offer>(n);
        for (int i = 0; i < n; i++)
        {
            offers.Clear();
            for (int j = 0; j < n; j++)
            {
                if (x[j] == x[i]) continue;
                if (OfferRules.Classify(mode, j, x[i], x[j], eu.Challenge(i, i, j), eu.Challenge(i, j, i)) is { } offer)
                    offers.Add(offer);
            }
            if (OfferRules.Choose(mode, x[i], x, offers) is { } accepted)
            {
                next[i] = accepted.NewPosition;
                moves.Add(new ActorMove(i, accepted.From, accepted.Kind, x[i], accepted.NewPosition));
            }
        }
        return (next, risk, moves.ToArray());
    }
}
