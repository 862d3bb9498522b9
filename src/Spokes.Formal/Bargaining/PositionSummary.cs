namespace Spokes.Formal.Bargaining;

/// <summary>
/// The two forecasts of the outcome that Bueno de Mesquita reads off a set of positions (Bueno de Mesquita 1994;
/// Scholz, Calbert &amp; Smith 2011):
/// <list type="bullet">
/// <item>the weighted mean x̄ = Σ c_i·s_i·x_i / Σ c_i·s_i;</item>
/// <item>the median voter position: the position held by some actor that no other held position beats in a
/// pairwise vote with linear utilities (r = 1), Σ_k c_k·s_k·(|x_k − m| − |x_k − y|) &gt; 0 meaning y beats m.
/// It is found as the replication does, by letting each held position challenge the incumbent in turn — here in
/// ascending order, where the replication used Python's set order — which ends at the weighted median whenever
/// that is unique.</item>
/// </list>
/// </summary>
public static class PositionSummary
{
    /// <summary>x̄ = Σ c_i·s_i·x_i / Σ c_i·s_i.</summary>
    /// <exception cref="ArgumentException">Σ c_i·s_i = 0: no actor carries weight.</exception>
    public static double Mean(IReadOnlyList<BargainingActor> actors, IReadOnlyList<double> positions)
    {
        double top = 0, weight = 0;
        for (int i = 0; i < actors.Count; i++)
        {
            top += actors[i].Weight * positions[i];
            weight += actors[i].Weight;
        }
        return weight > 0 ? top / weight : throw new ArgumentException("no actor has both capability and salience above zero");
    }

    /// <summary>The median voter position (see the class summary).</summary>
    public static double Median(IReadOnlyList<BargainingActor> actors, IReadOnlyList<double> positions)
    {
        var held = positions.Distinct().Order().ToArray();
        double median = held[0];
        foreach (var y in held.Skip(1))
        {
            double votes = 0;
            for (int k = 0; k < actors.Count; k++)
                votes += actors[k].Weight * (Math.Abs(positions[k] - median) - Math.Abs(positions[k] - y));
            if (votes > 0) median = y;
        }
        return median;
    }
}
