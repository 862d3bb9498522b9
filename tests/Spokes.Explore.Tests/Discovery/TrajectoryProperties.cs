using CsCheck;
using Spokes.Explore.Discovery;

namespace Spokes.Explore.Tests.Discovery;

/// <summary>Invariants of every trajectory, on random small tables with real and categorical columns.</summary>
public sealed class TrajectoryProperties
{
    private static readonly Gen<(PrimInput Input, PrimOptions Options)> Cases =
        from n in Gen.Int[20, 150]
        from real in Gen.Double[0, 1].Array[n]
        from ints in Gen.Int[0, 4].Array[n]
        from codes in Gen.Int[0, 2].Array[n]
        from y in Gen.Bool.Array[n]
        from alpha in Gen.Double[0.02, 0.3]
        from mass in Gen.Double[0.02, 0.5]
        from paste in Gen.Bool
        from objective in Gen.Enum<PeelObjective>()
        select (PrimInput.Create(new Table([
                TableColumn.Real("r", real),
                TableColumn.Real("i", ints.Select(v => (double)v)),
                TableColumn.Categorical("c", codes, ["a", "b", "c"]),
            ]), y),
            new PrimOptions { PeelAlpha = alpha, PasteAlpha = alpha, MinMass = mass, Paste = paste, Objective = objective });

    [Fact]
    public void Boxes_count_their_rows_and_respect_the_minimum_mass() =>
        Cases.Sample(c =>
        {
            var result = Prim.Run(c.Input, c.Options);
            var start = result.Trajectory[0];
            Assert.Equal(1.0, start.Mass);
            Assert.Equal(0, start.RestrictedCount);
            int minRows = (int)Math.Ceiling(c.Options.MinMass * c.Input.Count - 1e-9);
            foreach (var box in result.Trajectory)
            {
                var inside = Enumerable.Range(0, c.Input.Count).Where(r => box.Contains(c.Input.X, r)).ToArray();
                Assert.Equal(box.Count, inside.Length);
                Assert.Equal(box.CasesOfInterest, inside.Count(r => c.Input.Y[r]));
                Assert.InRange(box.Coverage, 0, 1);
                Assert.InRange(box.Density, 0, 1);
                if (box.Index > 0) Assert.True(box.Count >= minRows);
            }
        }, iter: 150);

    [Fact]
    public void Peels_shrink_the_box_and_pastes_grow_it() =>
        Cases.Sample(c =>
        {
            var t = Prim.Run(c.Input, c.Options).Trajectory;
            for (int i = 1; i < t.Count; i++)
            {
                if (t[i].Phase == PrimPhase.Peel) Assert.True(t[i].Count < t[i - 1].Count);
                else
                {
                    Assert.Equal(PrimPhase.Paste, t[i].Phase);
                    Assert.True(t[i].Count > t[i - 1].Count);
                    Assert.True(t[i].Density > t[i - 1].Density);
                }
            }
        }, iter: 150);

    [Fact]
    public void Quasi_p_values_are_probabilities_one_per_restricted_side() =>
        Cases.Sample(c =>
        {
            var result = Prim.Run(c.Input, c.Options);
            var selected = result.SelectBox(result.Trajectory.Count - 1);
            int sides = selected.Box.Restrictions.Sum(r =>
                r.Kind == ColumnKind.Categorical ? 1 : (r.LowerRestricted ? 1 : 0) + (r.UpperRestricted ? 1 : 0));
            Assert.Equal(sides, selected.QuasiP.Count);
            Assert.All(selected.QuasiP, q => Assert.InRange(q.PValue, 0, 1));
        }, iter: 100);
}
