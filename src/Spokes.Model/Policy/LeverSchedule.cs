using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace Spokes.Model.Policy;

/// <summary>
/// The value of every lever for every year and every spoke, in one flat array (year-major), so the yearly step reads
/// it without allocating. Years run from <see cref="StartYear"/> to <see cref="EndYear"/> inclusive.
/// </summary>
public sealed class LeverSchedule
{
    private readonly double[] _values;

    public LeverSchedule(int startYear, int endYear, int spokeCount)
    {
        if (endYear < startYear) throw new ArgumentException("end year before start year");
        if (spokeCount <= 0) throw new ArgumentException("no spokes");
        StartYear = startYear;
        EndYear = endYear;
        SpokeCount = spokeCount;
        _values = new double[(endYear - startYear + 1) * spokeCount * LeverInfo.Count];
        for (int i = 0; i < _values.Length; i++)
            _values[i] = LeverInfo.Neutral((Lever)(i % LeverInfo.Count));
    }

    public int StartYear { get; }
    public int EndYear { get; }
    public int SpokeCount { get; }

    public double Get(int year, int spoke, Lever lever) => _values[Index(year, spoke, lever)];

    /// <summary>Sets one lever for one year; <paramref name="spoke"/> null means every spoke.</summary>
    public void Set(int year, Lever lever, double value, int? spoke = null)
    {
        var (min, max) = LeverInfo.Range(lever);
        if (double.IsNaN(value) || value < min || value > max)
            throw new ArgumentOutOfRangeException(nameof(value), $"{LeverInfo.Key(lever)} = {value} is outside [{min}, {max}]");
        if (spoke is { } s) _values[Index(year, s, lever)] = value;
        else for (int i = 0; i < SpokeCount; i++) _values[Index(year, i, lever)] = value;
    }

    /// <summary>Sets a lever from <paramref name="fromYear"/> through <paramref name="toYear"/> (default: the end).</summary>
    public void SetRange(int fromYear, Lever lever, double value, int? spoke = null, int? toYear = null)
    {
        int last = Math.Min(toYear ?? EndYear, EndYear);
        for (int y = Math.Max(fromYear, StartYear); y <= last; y++) Set(y, lever, value, spoke);
    }

    /// <summary>Sets the four cooperation activities together (the composite key <c>cooperation</c>).</summary>
    public void SetCooperationRange(int fromYear, double value, int? spoke = null, int? toYear = null)
    {
        foreach (var activity in LeverInfo.CooperationActivities) SetRange(fromYear, activity, value, spoke, toYear);
    }

    /// <summary>Moves a lever linearly from <paramref name="from"/> to <paramref name="to"/> over the years given, then holds it.</summary>
    public void Ramp(int fromYear, int toYear, Lever lever, double from, double to, int? spoke = null)
    {
        for (int y = Math.Max(fromYear, StartYear); y <= EndYear; y++)
        {
            double f = toYear == fromYear ? 1.0 : Math.Clamp((double)(y - fromYear) / (toYear - fromYear), 0.0, 1.0);
            Set(y, lever, from + f * (to - from), spoke);
        }
    }

    /// <summary>
    /// The flat array and the offset of <paramref name="year"/>'s first value, for the yearly step: it checks the
    /// year once and then reads <c>values[offset + spoke·LeverInfo.Count + lever]</c> (see <c>HostStepContext.Lever</c>).
    /// </summary>
    internal (double[] Values, int Offset) YearBlock(int year) => (_values, Index(year, 0, 0));

    /// <summary>True when every lever of every spoke in <paramref name="year"/> has, bit for bit, its value of the year before.</summary>
    internal bool SameAsYearBefore(int year)
    {
        if (year <= StartYear) return false;
        int length = SpokeCount * LeverInfo.Count, offset = Index(year, 0, 0);
        return MemoryMarshal.Cast<double, long>(_values.AsSpan(offset, length))
            .SequenceEqual(MemoryMarshal.Cast<double, long>(_values.AsSpan(offset - length, length)));
    }

    private int Index(int year, int spoke, Lever lever)
    {
        if (year < StartYear || year > EndYear) ThrowYearOutside(year);
        if ((uint)spoke >= (uint)SpokeCount) throw new ArgumentOutOfRangeException(nameof(spoke));
        return ((year - StartYear) * SpokeCount + spoke) * LeverInfo.Count + (int)lever;
    }

    // Kept out of line: an inlined throw with an interpolated string puts a 32-byte struct on the caller's stack,
    // which the JIT zeroes with AVX registers and then leaves dirty across calls into libm (docs/performance.md).
    [DoesNotReturn]
    private void ThrowYearOutside(int year) =>
        throw new ArgumentOutOfRangeException(nameof(year), $"{year} is outside {StartYear}–{EndYear}");
}
