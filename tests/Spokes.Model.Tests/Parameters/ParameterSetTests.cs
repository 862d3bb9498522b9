using Spokes.Model.Parameters;

namespace Spokes.Model.Tests.Parameters;

public class ParameterSetTests
{
    [Fact]
    public void A_spoke_value_applies_to_that_spoke_only_and_survives_a_new_global_value()
    {
        var p = ParameterSet.Defaults.WithSpoke(ParameterId.BandwagonWeight, 2, 0.5);
        Assert.Equal(0.5, p[ParameterId.BandwagonWeight, 2]);
        Assert.Equal(ParameterSet.Defaults[ParameterId.BandwagonWeight], p[ParameterId.BandwagonWeight, 0]);
        Assert.Equal(ParameterSet.Defaults[ParameterId.BandwagonWeight], p[ParameterId.BandwagonWeight, 7]);
        Assert.Equal(ParameterSet.Defaults[ParameterId.BandwagonWeight], p[ParameterId.BandwagonWeight]);
        var q = p.With(ParameterId.BandwagonWeight, 3.0).WithSpoke(ParameterId.BandwagonWeight, 0, 1.0);
        Assert.Equal((1.0, 3.0, 0.5), (q[ParameterId.BandwagonWeight, 0], q[ParameterId.BandwagonWeight, 1], q[ParameterId.BandwagonWeight, 2]));
        Assert.False(ParameterSet.Defaults.HasSpokeOverrides);
        Assert.Equal(0.5, p[ParameterId.BandwagonWeight, 2]); // immutable: q did not change p
    }

    [Fact]
    public void Parameters_read_once_for_all_spokes_and_values_out_of_range_are_refused()
    {
        Assert.Contains("read once for all spokes", Assert.Throws<ArgumentException>(() => ParameterSet.Defaults.WithSpoke(ParameterId.BeliefStickiness, 0, 0.4)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => ParameterSet.Defaults.WithSpoke(ParameterId.BandwagonWeight, 0, 9));
        Assert.Throws<ArgumentOutOfRangeException>(() => ParameterSet.Defaults.WithSpoke(ParameterId.BandwagonWeight, -1, 1));
    }
}
