using System.Runtime.Intrinsics;
using CsCheck;
using Spokes.Model.Lanes;
using Spokes.Model.Mechanisms;

namespace Spokes.Model.Tests.Lanes;

/// <summary>
/// The lane types against <see cref="Math"/>: <see cref="Scalar"/> must be the scalar operation bit for bit; the SIMD
/// lanes, whose exp/log/pow/tanh are .NET's vectorised functions, within <see cref="Tolerance"/> relative.
/// </summary>
public class LaneArithmeticTests
{
    /// <summary>Relative tolerance of the vectorised transcendental functions against libm (documented in docs/performance.md).</summary>
    public const double Tolerance = 1e-13;

    private static readonly Gen<double> Moderate = Gen.Double[-30, 30];
    private static readonly Gen<double> Positive = Gen.Double[1e-6, 1e3];

    private static void Near(double expected, double actual, double relative = Tolerance)
    {
        if (BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual)) return;
        Assert.True(Math.Abs(expected - actual) <= relative * Math.Max(Math.Abs(expected), 1e-300),
            $"expected {expected:R}, got {actual:R}");
    }

    private static void Lanes<T>(double[] x, double[] y, Func<T, T, T> lane, Func<double, double, double> scalar) where T : struct, ILane<T>
    {
        var xs = x.AsSpan(0, T.Width).ToArray();
        var ys = y.AsSpan(0, T.Width).ToArray();
        T r = lane(xs.L<T>()[0], ys.L<T>()[0]);
        for (int k = 0; k < T.Width; k++) Near(scalar(xs[k], ys[k]), T.Get(r, k));
    }

    private static void Both(Gen<double> gx, Gen<double> gy, Func<Lane8, Lane8, Lane8> l8, Func<Lane4, Lane4, Lane4> l4, Func<double, double, double> scalar) =>
        Gen.Select(gx.Array[8], gy.Array[8]).Sample((x, y) =>
        {
            Lanes(x, y, l8, scalar);
            Lanes(x, y, l4, scalar);
        }, iter: 2000);

    [Fact]
    public void Scalar_is_the_math_operation_bit_for_bit() =>
        Gen.Select(Moderate, Positive).Sample((x, y) =>
        {
            Assert.Equal(Math.Exp(x), Scalar.Exp(Scalar.Of(x)).Value);
            Assert.Equal(Math.Log(y), Scalar.Log(Scalar.Of(y)).Value);
            Assert.Equal(Math.Pow(y, x / 10), Scalar.Pow(Scalar.Of(y), Scalar.Of(x / 10)).Value);
            Assert.Equal(Math.Tanh(x), Scalar.Tanh(Scalar.Of(x)).Value);
            Assert.Equal(MathUtil.Sigmoid(x), MathUtil.Sigmoid(Scalar.Of(x)).Value);
            Assert.Equal(x * y - y / x, (Scalar.Of(x) * Scalar.Of(y) - Scalar.Of(y) / Scalar.Of(x)).Value);
        });

    [Fact]
    public void Exp_log_pow_tanh_and_the_sigmoid_over_lanes_are_within_tolerance_of_libm()
    {
        Both(Moderate, Moderate, (a, _) => Lane8.Exp(a), (a, _) => Lane4.Exp(a), (a, _) => Math.Exp(a));
        Both(Positive, Positive, (a, _) => Lane8.Log(a), (a, _) => Lane4.Log(a), (a, _) => Math.Log(a));
        // pow as exp(y·ln x): the exponents of the model (elasticities, hazard exponents) are below 5.
        Both(Gen.Double[1e-3, 20], Gen.Double[-5, 5], Lane8.Pow, Lane4.Pow, Math.Pow);
        Both(Gen.Double[-20, 20], Moderate, (a, _) => Lane8.Tanh(a), (a, _) => Lane4.Tanh(a), (a, _) => Math.Tanh(a));
        Both(Gen.Double[-0.05, 0.05], Moderate, (a, _) => Lane8.Tanh(a), (a, _) => Lane4.Tanh(a), (a, _) => Math.Tanh(a));
        Both(Moderate, Moderate, (a, _) => MathUtil.Sigmoid(a), (a, _) => MathUtil.Sigmoid(a), (a, _) => MathUtil.Sigmoid(a));
    }

    /// <summary>Every operation of <see cref="Lane16"/> is, quarter by quarter, <see cref="Lane4"/>'s, bit for bit.</summary>
    [Fact]
    public void Sixteen_lanes_are_four_times_four_lanes_bit_for_bit() =>
        Gen.Select(Gen.Double[-30, 30].Array[16], Gen.Double[1e-3, 20].Array[16], Gen.Double[-5, 5]).Sample((x, y, s) =>
        {
            var a = x.L<Lane16>()[0]; var b = y.L<Lane16>()[0];
            (string Name, Lane16 Wide, Func<Lane4, Lane4, Lane4> Narrow)[] cases =
            [
                ("+", a + b, (p, q) => p + q), ("-", a - b, (p, q) => p - q), ("*", a * b, (p, q) => p * q), ("/", a / b, (p, q) => p / q),
                ("neg", -a, (p, _) => -p), ("+s", a + s, (p, _) => p + s), ("-s", a - s, (p, _) => p - s), ("*s", a * s, (p, _) => p * s),
                ("/s", a / s, (p, _) => p / s), ("s+", s + a, (p, _) => s + p), ("s-", s - a, (p, _) => s - p), ("s*", s * a, (p, _) => s * p),
                ("s/", s / a, (p, _) => s / p), ("exp", Lane16.Exp(a), (p, _) => Lane4.Exp(p)), ("log", Lane16.Log(b), (_, q) => Lane4.Log(q)),
                ("pow", Lane16.Pow(b, a / 10), (p, q) => Lane4.Pow(q, p / 10)), ("tanh", Lane16.Tanh(a / 100), (p, _) => Lane4.Tanh(p / 100)),
                ("abs", Lane16.Abs(a), (p, _) => Lane4.Abs(p)), ("max", Lane16.Max(a, b), Lane4.Max), ("min", Lane16.Min(a, b), Lane4.Min),
                ("clamp", Lane16.Clamp(a, Lane16.Of(-1), b), (p, q) => Lane4.Clamp(p, Lane4.Of(-1), q)),
                ("if<", Lane16.IfLess(a, b, a, b), (p, q) => Lane4.IfLess(p, q, p, q)),
                ("if<=", Lane16.IfLessOrEqual(b, a, a, b), (p, q) => Lane4.IfLessOrEqual(q, p, p, q)),
            ];
            foreach (var (name, wide, narrow) in cases)
                for (int quarter = 0; quarter < 4; quarter++)
                {
                    var r = narrow(x.AsSpan(4 * quarter, 4).ToArray().L<Lane4>()[0], y.AsSpan(4 * quarter, 4).ToArray().L<Lane4>()[0]);
                    for (int k = 0; k < 4; k++)
                        Assert.True(BitConverter.DoubleToInt64Bits(Lane4.Get(r, k)) == BitConverter.DoubleToInt64Bits(Lane16.Get(wide, 4 * quarter + k)),
                            $"{name}, lane {4 * quarter + k}: {Lane4.Get(r, k):R} against {Lane16.Get(wide, 4 * quarter + k):R}");
                }
            Assert.Equal(x.Zip(y).All(p => p.First <= p.Second), Lane16.AllLessOrEqual(a, b));
            Assert.True(Lane16.BitEquals(a, a));
            Assert.Equal(x.SequenceEqual(y), Lane16.BitEquals(a, b));
        });

    [Fact]
    public void Selects_follow_the_scalar_branches_lane_by_lane() =>
        Gen.Select(Gen.Double[-1, 1].Array[8], Gen.Double[-1, 1].Array[8]).Sample((x, y) =>
        {
            var a = x.L<Lane8>()[0]; var b = y.L<Lane8>()[0];
            var less = Lane8.IfLess(a, b, Lane8.Of(1), Lane8.Of(2));
            var lessOrEqual = Lane8.IfLessOrEqual(a, a, Lane8.Of(1), Lane8.Of(2));
            for (int k = 0; k < 8; k++)
            {
                Assert.Equal(x[k] < y[k] ? 1 : 2, Lane8.Get(less, k));
                Assert.Equal(1, Lane8.Get(lessOrEqual, k));
                Assert.Equal(Math.Max(x[k], y[k]), Lane8.Get(Lane8.Max(a, b), k));
                Assert.Equal(Math.Clamp(x[k], -0.5, 0.5), Lane8.Get(Lane8.Clamp(a, Lane8.Of(-0.5), Lane8.Of(0.5)), k));
            }
            Assert.Equal(x.SequenceEqual(y), Lane8.BitEquals(a, b));
            Assert.True(Lane8.BitEquals(a, a));
        });

    /// <summary>
    /// The nuclear climb hazard of a lane depends on that lane's inputs only, also when neighbours have no gap
    /// (belief above the threshold): they once fed ln of a non-positive number, NaN, to the vector exp, which then
    /// computed the whole vector on another path with other bits (Spokes.Model.Mechanisms.NuclearHedging.ClimbHazard says
    /// why); this failed before the fix.
    /// </summary>
    [Fact]
    public void A_lanes_climb_hazard_does_not_depend_on_neighbours_without_a_gap() =>
        Gen.Select(Gen.Double[1e-6, 0.5].Array[4], Gen.Double[0.01, 1].Array[4], Gen.Int[1, 14], Gen.Double[0.5, 4]).Sample((gap, latency, noGap, exponent) =>
        {
            var belief = new double[4]; var threshold = new double[4];
            for (int k = 0; k < 4; k++) { threshold[k] = 0.6; belief[k] = (noGap & (1 << k)) != 0 ? 0.6 + gap[k] : 0.6 - gap[k]; }
            Lane4 L(double[] v) => v.L<Lane4>()[0];
            var mixed = NuclearHedging.ClimbHazard(L(belief), L(threshold), L(latency), Lane4.Of(0.2), Lane4.Of(0.3), Lane4.Of(exponent), Lane4.Of(0.5));
            for (int k = 0; k < 4; k++)
            {
                // The same lane among neighbours like itself: no lane without a gap beside it.
                var alone = NuclearHedging.ClimbHazard(Lane4.Of(belief[k]), Lane4.Of(threshold[k]), Lane4.Of(latency[k]), Lane4.Of(0.2), Lane4.Of(0.3), Lane4.Of(exponent), Lane4.Of(0.5));
                Assert.Equal(BitConverter.DoubleToInt64Bits(Lane4.Get(alone, k)), BitConverter.DoubleToInt64Bits(Lane4.Get(mixed, k)));
            }
        }, iter: 2000);

    [Fact]
    public void Pow_of_a_zero_exponent_is_one_as_in_math() =>
        Assert.Equal(1.0, Lane8.Get(Lane8.Pow(Lane8.Of(0), Lane8.Of(0)), 3));
}
