using CsCheck;
using Spokes.Formal.Bargaining;

namespace Spokes.Formal.Tests.Bargaining;

/// <summary>Random bargaining problems: 2–8 actors on a 0–10 scale with at least two distinct positions.</summary>
internal static class ActorGen
{
    public static readonly Gen<BargainingActor> Actor =
        Gen.Select(Gen.Double[0.01, 1], Gen.Int[0, 10], Gen.Double[0.05, 1])
            .Select((c, x, s) => new BargainingActor("a", c, x, s));

    public static readonly Gen<BargainingActor[]> Actors =
        Gen.Int[2, 8].SelectMany(n => Actor.Array[n])
            .Where(a => a.Select(x => x.Position).Distinct().Count() > 1)
            .Select(a => a.Select((x, i) => new BargainingActor("a" + i, x.Capability, x.Position, x.Salience)).ToArray());

    public static readonly Gen<BargainingMode> Mode = Gen.Bool.Select(b => b ? BargainingMode.Scholz : BargainingMode.Faithful);

    public static double Range(IReadOnlyList<BargainingActor> a) => a.Max(x => x.Position) - a.Min(x => x.Position);

    public static Votes VotesOf(IReadOnlyList<BargainingActor> a, IReadOnlyList<double> risk, BargainingMode mode) =>
        new(a.Select(x => x.Position).ToArray(), a.Select(x => x.Weight).ToArray(), risk, Range(a), mode);
}
