using System.Runtime.CompilerServices;

namespace Spokes.Model.Lanes;

/// <summary>One double: each operation is the <see cref="double"/> or <see cref="Math"/> operation the scalar model
/// always used, so a run over <see cref="Scalar"/> is bit for bit the scalar model (pinned by the golden-trajectory test).</summary>
public readonly struct Scalar(double value) : ILane<Scalar>
{
    public readonly double Value = value;

    public static int Width => 1;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Scalar Of(double x) => new(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Get(Scalar x, int k) => x.Value;

    public static Scalar operator +(Scalar a, Scalar b) => new(a.Value + b.Value);
    public static Scalar operator -(Scalar a, Scalar b) => new(a.Value - b.Value);
    public static Scalar operator *(Scalar a, Scalar b) => new(a.Value * b.Value);
    public static Scalar operator /(Scalar a, Scalar b) => new(a.Value / b.Value);
    public static Scalar operator -(Scalar a) => new(-a.Value);
    public static Scalar operator +(Scalar a, double b) => new(a.Value + b);
    public static Scalar operator -(Scalar a, double b) => new(a.Value - b);
    public static Scalar operator *(Scalar a, double b) => new(a.Value * b);
    public static Scalar operator /(Scalar a, double b) => new(a.Value / b);
    public static Scalar operator +(double a, Scalar b) => new(a + b.Value);
    public static Scalar operator -(double a, Scalar b) => new(a - b.Value);
    public static Scalar operator *(double a, Scalar b) => new(a * b.Value);
    public static Scalar operator /(double a, Scalar b) => new(a / b.Value);

    public static Scalar Exp(Scalar x) => new(Math.Exp(x.Value));
    public static Scalar Log(Scalar x) => new(Math.Log(x.Value));
    public static Scalar Pow(Scalar x, Scalar y) => new(Math.Pow(x.Value, y.Value));
    public static Scalar Pow(Scalar x, Scalar y, Scalar lnX) => Pow(x, y);
    public static Scalar Tanh(Scalar x) => new(Math.Tanh(x.Value));
    public static Scalar Abs(Scalar x) => new(Math.Abs(x.Value));
    public static Scalar Max(Scalar a, Scalar b) => new(Math.Max(a.Value, b.Value));
    public static Scalar Min(Scalar a, Scalar b) => new(Math.Min(a.Value, b.Value));
    public static Scalar Clamp(Scalar x, Scalar lo, Scalar hi) => new(Math.Clamp(x.Value, lo.Value, hi.Value));
    public static Scalar IfLess(Scalar a, Scalar b, Scalar then, Scalar otherwise) => a.Value < b.Value ? then : otherwise;
    public static Scalar IfLessOrEqual(Scalar a, Scalar b, Scalar then, Scalar otherwise) => a.Value <= b.Value ? then : otherwise;
    public static bool AllLessOrEqual(Scalar a, Scalar b) => a.Value <= b.Value;
    public static bool BitEquals(Scalar a, Scalar b) => BitConverter.DoubleToInt64Bits(a.Value) == BitConverter.DoubleToInt64Bits(b.Value);

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
