using System.Buffers.Binary;

namespace Spokes.Reports.Tests;

/// <summary>Minimal PNG checks: the signature, the IHDR size, and that the picture is not blank.</summary>
internal static class Png
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool HasSignature(byte[] bytes) => bytes.Length > Signature.Length && bytes.AsSpan(0, Signature.Length).SequenceEqual(Signature);

    /// <summary>Width and height from the IHDR chunk, which a valid PNG has first, right after the signature.</summary>
    public static (int Width, int Height) Size(byte[] bytes)
    {
        Assert.True(bytes.Length >= 24, "too short for an IHDR chunk");
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }

    /// <summary>Number of distinct colours, decoded with SkiaSharp (ScottPlot's renderer).</summary>
    public static int DistinctColours(byte[] bytes)
    {
        using var bitmap = SkiaSharp.SKBitmap.Decode(bytes);
        Assert.NotNull(bitmap);
        var colours = new HashSet<uint>();
        foreach (var p in bitmap.Pixels) colours.Add((uint)p);
        return colours.Count;
    }
}
