using System.Diagnostics;
using Spokes.Formal.Io;

namespace Spokes.Formal.Tests.Io;

/// <summary>Issue 19: size limits were bypassed by devices and pipes (their reported length is 0) and a FIFO hung forever.</summary>
public class BoundedFileTests
{
    private static string TempDir() => Directory.CreateTempSubdirectory("spokes-bounded-").FullName;

    private static string MakeFifo()
    {
        var path = Path.Combine(TempDir(), "fifo");
        using var p = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
        return path;
    }

    [Fact]
    public void Dev_zero_is_refused_at_the_limit_not_read_to_the_end()
    {
        if (!(File.Exists("/dev/zero"))) return; // POSIX only
        var e = Assert.Throws<InputException>(() => BoundedFile.ReadBytes("/dev/zero", "scenario", 4096));
        Assert.Equal("/dev/zero: scenario file is larger than 4096 bytes, the limit", e.Message);
    }

    [Fact]
    public void A_fifo_nobody_writes_to_is_refused_after_the_timeout()
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())) return; // POSIX only
        var fifo = MakeFifo();
        var e = Assert.Throws<InputException>(() => BoundedFile.ReadBytes(fifo, "scenario", 4096, TimeSpan.FromMilliseconds(300)));
        Assert.Contains("did not finish within 0.3 s", e.Message);
        // Release the reader blocked in open(): a writer that opens and closes at once.
        using (new FileStream(fifo, FileMode.Open, FileAccess.Write)) { }
    }

    [Fact]
    public async Task A_pipe_is_read_whole_when_small_and_refused_at_the_limit_when_endless()
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())) return; // POSIX only
        var fifo = MakeFifo();
        var small = Task.Run(() => { using var w = new FileStream(fifo, FileMode.Open, FileAccess.Write); w.Write("name: piped\n"u8); });
        Assert.Equal("name: piped\n", BoundedFile.ReadText(fifo, "scenario", 4096));
        await small;

        var endless = Task.Run(() =>
        {
            try
            {
                using var w = new FileStream(fifo, FileMode.Open, FileAccess.Write);
                var line = "description: x\n"u8.ToArray();
                while (true) w.Write(line);
            }
            catch (IOException) { } // the reader stopped: broken pipe
        });
        var e = Assert.Throws<InputException>(() => BoundedFile.ReadBytes(fifo, "scenario", 1 << 16));
        Assert.Contains("larger than 65536 bytes", e.Message);
        await endless.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void A_directory_or_a_missing_file_is_named()
    {
        var dir = TempDir();
        Assert.Equal($"{dir}: scenario file is a directory", Assert.Throws<InputException>(() => BoundedFile.ReadBytes(dir, "scenario", 10)).Message);
        var missing = Path.Combine(dir, "none.yaml");
        Assert.Equal($"{missing}: scenario file not found", Assert.Throws<InputException>(() => BoundedFile.ReadBytes(missing, "scenario", 10)).Message);
    }

    [Fact]
    public void A_file_of_exactly_the_limit_is_read_and_one_byte_more_is_refused()
    {
        var path = Path.Combine(TempDir(), "f.csv");
        File.WriteAllBytes(path, new byte[100]);
        Assert.Equal(100, BoundedFile.ReadBytes(path, "data", 100).Length);
        File.WriteAllBytes(path, new byte[101]);
        Assert.Throws<InputException>(() => BoundedFile.ReadBytes(path, "data", 100));
    }

    [Fact]
    public void A_byte_order_mark_is_dropped_and_invalid_utf8_is_reported_with_its_line()
    {
        var path = Path.Combine(TempDir(), "f.yaml");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, (byte)'a', (byte)':', (byte)' ', (byte)'1']);
        Assert.Equal("a: 1", BoundedFile.ReadText(path, "scenario", 100));
        File.WriteAllBytes(path, [(byte)'a', (byte)'\n', 0xFF]);
        var e = Assert.Throws<InputException>(() => BoundedFile.ReadText(path, "scenario", 100));
        Assert.Equal(2, e.Line);
    }
}
