using CsCheck;
using Spokes.Model.Outputs;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Simulation;

namespace Spokes.Model.Tests;

/// <summary>
/// The speed-ups that must not change a single bit: a simulation reconfigured and run again equals a new one, and the
/// skipped derivation passes and memoised terms (<see cref="Derived"/>) equal a full derivation every year.
/// </summary>
public class ReuseAndMemoTests
{
    /// <summary>A random world: parameters in their ranges, a preset, one lever ramped over some years (so levers
    /// change in some years and not in others), public support drifting year by year or constant, and a seed.</summary>
    private sealed record Case(ParameterSet Parameters, Preset Posture, Lever Ramped, int RampFrom, int RampTo, double RampTo01,
        double[] Support, int Seed)
    {
        public LeverSchedule Levers()
        {
            var s = Runs.Levers(Posture.Apply);
            var (min, max) = LeverInfo.Range(Ramped);
            s.Ramp(RampFrom, RampTo, Ramped, s.Get(RampFrom, 0, Ramped), min + RampTo01 * (max - min));
            return s;
        }

        public Exogenous Exogenous() => new(Runs.B2016.Year, Support);

        public override string ToString() => $"{Posture.Name}, ramp {Ramped} {RampFrom}–{RampTo} to {RampTo01:0.###}, seed {Seed}";
    }

    private static readonly Gen<ParameterSet> Parameters = Runs.Parameters;

    private static readonly int Years = Runs.End - Runs.B2016.Year + 1;

    private static readonly Gen<Case> Cases =
        from p in Parameters
        from posture in Gen.Int[0, Presets.All.Count - 1].Select(i => Presets.All[i])
        from lever in Gen.Int[0, LeverInfo.Count - 1].Select(i => (Lever)i)
        from start in Gen.Int[Runs.B2016.Year + 1, Runs.End]
        from length in Gen.Int[0, 6]
        from to01 in Gen.Double[0, 1]
        from support in Gen.OneOf(
            Gen.Double[0, 1].Select(s => Enumerable.Repeat(s, Years).ToArray()),
            Gen.Double[0, 1].Array[Years])
        from seed in Gen.Int
        select new Case(p, posture, lever, start, Math.Min(start + length, Runs.End), to01, support, seed);

    private static long[] Bits(Trajectory t)
    {
        var bits = new List<long>();
        for (int y = t.StartYear; y <= t.EndYear; y++)
            for (int r = 0; r < t.RowIds.Count; r++)
                foreach (var v in Enum.GetValues<Variable>()) bits.Add(BitConverter.DoubleToInt64Bits(t[y, r, v]));
        return bits.ToArray();
    }

    private static AllianceSimulation New(Case c) =>
        new(Runs.B2016, c.Parameters, c.Levers(), c.Exogenous(), Runs.End);

    [Fact]
    public void A_reconfigured_simulation_runs_bit_for_bit_like_a_new_one() =>
        Gen.Select(Cases, Cases).Sample((first, second) =>
        {
            var reused = New(first);
            reused.Run(first.Seed);
            reused.Reconfigure(second.Parameters, second.Levers(), second.Exogenous());
            Assert.Equal(Bits(New(second).Run(second.Seed)), Bits(reused.Run(second.Seed)));
        }, iter: 150);

    /// <summary><see cref="Anchors.Update"/> skips the start values when the baseline is the same object as before:
    /// after another baseline, and back, every anchor equals freshly built anchors bit for bit.</summary>
    [Fact]
    public void Anchors_updated_in_place_equal_new_ones_whatever_came_before() =>
        Gen.Select(Parameters, Parameters, Gen.Double[0.8, 1.25]).Sample((p, q, scale) =>
        {
            var other = Runs.B2016 with { Spokes = Runs.B2016.Spokes.Select(s => s with { Gdp = s.Gdp * scale, Belief = s.Belief * 0.9 }).ToArray() };
            var anchors = new Anchors(Runs.B2016, p);
            anchors.Update(other, q);
            SameAnchors(new Anchors(other, q), anchors);
            anchors.Update(Runs.B2016, q);
            SameAnchors(new Anchors(Runs.B2016, q), anchors);
            anchors.Update(Runs.B2016, p);
            SameAnchors(new Anchors(Runs.B2016, p), anchors);
        }, iter: 100);

    private static void SameAnchors(Anchors expected, Anchors actual)
    {
        var arrays = typeof(Anchors).GetProperties().Where(pr => pr.PropertyType == typeof(double[])).ToArray();
        Assert.True(arrays.Length > 30, "the anchors' arrays were not found");
        foreach (var pr in arrays)
            Assert.True(((double[])pr.GetValue(expected)!).Select(BitConverter.DoubleToInt64Bits).SequenceEqual(((double[])pr.GetValue(actual)!).Select(BitConverter.DoubleToInt64Bits)), pr.Name);
        Assert.Same(expected.Baseline, actual.Baseline);
        Assert.Equal(expected.PublicSupport, actual.PublicSupport);
    }

    [Fact]
    public void Skipping_unchanged_derivations_and_memoised_terms_change_nothing() =>
        Cases.Sample(c =>
        {
            var full = New(c);
            full.NoShortcuts = true;
            Assert.Equal(Bits(full.Run(c.Seed)), Bits(New(c).Run(c.Seed)));
        }, iter: 150);

    [Fact]
    public void A_run_recording_only_the_final_alliance_row_records_it_as_a_full_run_does() =>
        Gen.Select(Cases, Cases).Sample((first, second) =>
        {
            var masked = New(first);
            masked.Record = new RecordMask(AllYears: false, ActorRows: false);
            masked.Run(first.Seed); // a previous run in the buffers, as in an ensemble worker
            masked.Reconfigure(second.Parameters, second.Levers(), second.Exogenous());
            var full = New(second).Run(second.Seed);
            var part = masked.Run(second.Seed);
            int row = full.RowIndex(Trajectory.AllianceId);
            foreach (var v in Enum.GetValues<Variable>())
                Assert.Equal(BitConverter.DoubleToInt64Bits(full[Runs.End, row, v]), BitConverter.DoubleToInt64Bits(part[Runs.End, row, v]));
        }, iter: 60);

    [Fact]
    public void The_derivation_is_skipped_only_when_levers_and_support_repeat_bit_for_bit()
    {
        var s = Runs.Levers();
        Assert.False(s.SameAsYearBefore(s.StartYear));
        Assert.True(s.SameAsYearBefore(s.StartYear + 1));
        s.Set(2020, Lever.Networking, 0.5, spoke: 5);
        Assert.False(s.SameAsYearBefore(2020));
        Assert.True(s.SameAsYearBefore(2019));
        s.Set(2021, Lever.Networking, 0.5, spoke: 5);
        Assert.True(s.SameAsYearBefore(2021));
        // −0.0 equals 0.0 as a number but could still change a result (1/x): the comparison is bitwise.
        s.Set(2022, Lever.Confrontation, -0.0);
        Assert.False(s.SameAsYearBefore(2022));
    }
}
