using System.Globalization;
using Spokes.Formal.Bargaining;

namespace Spokes.Formal.Io;

/// <summary>
/// Writes a bargaining run as CSV in long form, one row per round and actor: round (0 = start), actor, position,
/// the risk exponent used that round (empty at the start), the offer accepted and from whom (empty when none), and
/// the round's weighted mean and median. Numbers use '.' and round-trip precision.
/// </summary>
public static class BargainingCsvWriter
{
    public const string Header = "round,actor,position,risk_exponent,offer,counterpart,mean,median";

    public static void Write(BargainingResult result, TextWriter w)
    {
        w.Write(Header);
        w.Write('\n');
        var actors = result.Actors;
        for (int i = 0; i < actors.Count; i++)
            Row(w, 0, actors[i].Name, result.StartPositions[i], null, null, null, result.StartMean, result.StartMedian);
        foreach (var round in result.Rounds)
        {
            for (int i = 0; i < actors.Count; i++)
            {
                var move = round.Moves.FirstOrDefault(m => m.Actor == i);
                Row(w, round.Number, actors[i].Name, round.Positions[i], round.RiskExponents[i],
                    move?.Kind.ToString().ToLowerInvariant(), move is null ? null : actors[move.Counterpart].Name, round.Mean, round.Median);
            }
        }
    }

    private static void Row(TextWriter w, int round, string actor, double position, double? risk, string? offer, string? counterpart, double mean, double median)
    {
        w.Write(string.Join(",",
            round.ToString(CultureInfo.InvariantCulture), Quote(actor), N(position), risk is { } r ? N(r) : "",
            offer ?? "", counterpart is null ? "" : Quote(counterpart), N(mean), N(median)));
        w.Write('\n');
    }

    private static string N(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
