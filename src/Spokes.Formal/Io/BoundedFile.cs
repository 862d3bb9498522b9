using System.Text;

namespace Spokes.Formal.Io;

/// <summary>
/// Reads a user's input file with a hard limit on its size and on the time it may take, for every file Spokes reads
/// from a path it was given. The length a file reports is never trusted: devices (/dev/zero) and pipes (a FIFO,
/// <c>&lt;(command)</c>) report 0, so the reader counts the bytes it actually gets and stops at the first byte past the
/// limit. Opening a FIFO nobody writes to, or reading a pipe that never ends, blocks in the kernel; the read runs on
/// its own background thread and is abandoned after <see cref="DefaultTimeout"/> with a clear error (the blocked
/// thread dies with the process). Every failure is an <see cref="InputException"/> naming the file.
/// </summary>
public static class BoundedFile
{
    /// <summary>How long opening and reading one input may take: a local file of the largest size accepted
    /// (<see cref="MaxTableBytes"/>) reads in well under a second.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Limit for CSV tables (data folders, bargaining and landscape files, discovery tables): 64 MiB.</summary>
    public const long MaxTableBytes = 64L << 20;

    /// <summary>Reads at most <paramref name="maxBytes"/> bytes; more is an error, as is a read that does not end in time.</summary>
    /// <param name="path">the file, device or pipe.</param>
    /// <param name="what">what the file is, for messages ("scenario", "bargaining").</param>
    /// <param name="maxBytes">the most bytes accepted.</param>
    /// <param name="timeout">how long opening and reading may take (default <see cref="DefaultTimeout"/>).</param>
    public static byte[] ReadBytes(string path, string what, long maxBytes, TimeSpan? timeout = null)
    {
        if (Directory.Exists(path)) throw new InputException(path, 0, 0, "", $"{what} file is a directory");
        if (!File.Exists(path)) throw new InputException(path, 0, 0, "", $"{what} file not found");
        byte[]? result = null;
        Exception? failure = null;
        var reader = new Thread(() =>
        {
            try { result = ReadUpTo(path, maxBytes); }
            catch (Exception e) { failure = e; }
        }) { IsBackground = true, Name = "bounded read" };
        reader.Start();
        var limit = timeout ?? DefaultTimeout;
        if (!reader.Join(limit))
            throw new InputException(path, 0, 0, "", $"{what} file did not finish within {limit.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} s (a pipe or FIFO that nothing writes to, or that never ends?)");
        if (failure is InputException input) throw input;
        if (failure is not null) throw new InputException(path, 0, 0, "", $"cannot read the {what} file: {failure.Message}");
        if (result!.Length > maxBytes)
            throw new InputException(path, 0, 0, "", $"{what} file is larger than {maxBytes} bytes, the limit");
        return result;
    }

    /// <summary>As <see cref="ReadBytes"/>, decoded as strict UTF-8 (the first invalid byte is reported with its line);
    /// a leading byte-order mark is dropped.</summary>
    public static string ReadText(string path, string what, long maxBytes, TimeSpan? timeout = null) =>
        Decode(ReadBytes(path, what, maxBytes, timeout), path);

    /// <summary>Strict UTF-8 without a leading byte-order mark.</summary>
    public static string Decode(byte[] bytes, string path)
    {
        int skip = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException e)
        {
            int at = skip + (e.Index >= 0 ? e.Index : 0);
            int line = 1;
            for (int i = 0; i < Math.Min(at, bytes.Length); i++) if (bytes[i] == (byte)'\n') line++;
            throw new InputException(path, line, 0, "", $"not valid UTF-8 (byte {at})");
        }
    }

    private static byte[] ReadUpTo(string path, long maxBytes)
    {
        // bufferSize 0: no FileStream buffer, every Read goes to the file; the length is only a hint for the first buffer.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
        long hint = 0;
        try { hint = stream.CanSeek ? stream.Length : 0; } catch (IOException) { }
        using var buffer = new MemoryStream((int)Math.Clamp(hint + 1, 1, Math.Min(maxBytes + 1, 1 << 24)));
        var chunk = new byte[1 << 16];
        while (buffer.Length <= maxBytes)
        {
            int n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length));
            if (n == 0) break;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }
}
