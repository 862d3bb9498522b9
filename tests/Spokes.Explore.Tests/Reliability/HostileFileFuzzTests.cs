using System.Diagnostics;
using System.Text;
using CsCheck;
using Spokes.Formal.Io;
using Spokes.Scenarios;
using Spokes.Scenarios.Data;

namespace Spokes.Explore.Tests.Reliability;

/// <summary>
/// Issue 19: random alias structures (recursive aliases, aliases as keys, alias fan-out), devices and pipes, and
/// oversized files, against every YAML and file reader. Each must load or fail with an <see cref="InputException"/>:
/// never a stack overflow, an out-of-memory, another exception, or a hang. A few hundred alias draws run with the
/// tests; the `Long` category runs each family for two minutes.
/// </summary>
public class HostileFileFuzzTests
{
    private const int LongSeconds = 120;

    /// <summary>A YAML mapping of anchored lists and mappings whose items alias random anchors (earlier, later or
    /// their own: fan-out, unknown and recursive aliases), with aliases also used as keys.</summary>
    private static readonly Gen<string> AliasYaml =
        Gen.Int[1, 12].SelectMany(anchors =>
            Gen.Select(Gen.Int[0, 1], Gen.Int[0, 12], Gen.Int[0, 100].Array[12]).Array[anchors]
                .Select(Gen.Int[-1, anchors - 1], (nodes, key) =>
                {
                    var b = new StringBuilder();
                    for (int i = 0; i < nodes.Length; i++)
                    {
                        var (mapping, count, picks) = nodes[i];
                        string Item(int k) => picks[k] < 40 ? "x" : $"*a{picks[k] % (anchors + 1)}";
                        var items = Enumerable.Range(0, count).Select(Item);
                        b.Append($"k{i}: &a{i} ");
                        b.Append(mapping == 0
                            ? "[" + string.Join(", ", items) + "]"
                            : "{" + string.Join(", ", Enumerable.Range(0, count).Select(k => $"? {(picks[k] % 3 == 0 ? Item(k) : "m" + k)} : {Item((k + 1) % 12)}")) + "}");
                        b.Append('\n');
                    }
                    if (key >= 0) b.Append($"? *a{key}\n: 1\n");
                    return b.ToString();
                }));

    private static void LoadsOrFailsCleanly(string text)
    {
        try { ScenarioLoader.Parse(text, "alias.yaml"); }
        catch (InputException) { }
        try { Spokes.Formal.Io.BargainingFileReader.ParseYaml(text, "alias.yaml"); }
        catch (InputException) { }
    }

    [Fact]
    public void Alias_structures_load_or_fail_with_an_input_error() =>
        AliasYaml.Sample(LoadsOrFailsCleanly, iter: 300);

    [Fact]
    [Trait("Category", "Long")]
    public void Alias_structures_load_or_fail_with_an_input_error_long() =>
        AliasYaml.Sample(LoadsOrFailsCleanly, time: LongSeconds);

    private static string TempDir() => Directory.CreateTempSubdirectory("spokes-hostile-").FullName;

    private static string MakeFifo(string dir, string name)
    {
        var path = Path.Combine(dir, name);
        using var p = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        p.WaitForExit();
        return path;
    }

    /// <summary>Every reader of a user's file, on one path: each must end in an <see cref="InputException"/>.</summary>
    private static readonly (string Extension, Action<string> Read)[] Readers =
    [
        (".yaml", p => ScenarioLoader.Load(p)),
        (".yaml", p => ScenarioLoader.LoadParameterFile(p)),
        (".csv", p => Spokes.Formal.Io.BargainingFileReader.Load(p)),
        (".yaml", p => Spokes.Formal.Io.BargainingFileReader.Load(p)),
        (".csv", p => Spokes.Formal.Io.LandscapeFileReader.Load(p)),
        (".csv", p => Spokes.Explore.Discovery.PrimInput.FromCsv(p, "y")),
    ];

    [Fact]
    [Trait("Category", "Long")]
    public async Task Devices_and_pipes_are_refused_by_every_reader_long()
    {
        if (!OperatingSystem.IsLinux()) return; // devices and mkfifo
        var dir = TempDir();
        foreach (var (extension, read) in Readers)
        {
            foreach (var device in new[] { "/dev/zero", "/dev/urandom" })
            {
                var link = Path.Combine(dir, Guid.NewGuid().ToString("N") + extension);
                File.CreateSymbolicLink(link, device);
                Assert.Throws<InputException>(() => read(link));
            }
            // A FIFO nobody writes to: refused after the timeout, not a hang.
            var silent = MakeFifo(dir, Guid.NewGuid().ToString("N") + extension);
            Assert.Contains("did not finish", Assert.Throws<InputException>(() => read(silent)).Message);
            using (new FileStream(silent, FileMode.Open, FileAccess.Write)) { } // release the abandoned reader
            // A pipe that never ends.
            var endless = MakeFifo(dir, Guid.NewGuid().ToString("N") + extension);
            var writer = Task.Run(() =>
            {
                try
                {
                    using var w = new FileStream(endless, FileMode.Open, FileAccess.Write);
                    var line = "a,b,c,d\n"u8.ToArray();
                    while (true) w.Write(line);
                }
                catch (IOException) { }
            });
            Assert.Throws<InputException>(() => read(endless));
            await writer.WaitAsync(TimeSpan.FromSeconds(60));
        }
        // A data folder whose files are devices.
        foreach (var name in new[] { "actors.csv", "baseline.csv", "ties.csv" })
        {
            var data = Directory.CreateDirectory(Path.Combine(dir, "data-" + name)).FullName;
            foreach (var other in new[] { "actors.csv", "baseline.csv", "ties.csv" })
                File.Copy(Path.Combine(RootDir(), "data", other), Path.Combine(data, other));
            File.Delete(Path.Combine(data, name));
            File.CreateSymbolicLink(Path.Combine(data, name), "/dev/zero");
            Assert.Throws<InputException>(() => ReferenceData.FromDirectory(data));
        }
    }

    [Fact]
    [Trait("Category", "Long")]
    public void Oversized_files_are_refused_by_every_reader_long()
    {
        var dir = TempDir();
        Gen.Int[0, Readers.Length - 1].Select(Gen.Int[1, 4096]).Sample((r, extra) =>
        {
            var (extension, read) = Readers[r];
            long limit = r switch { 0 or 1 => ScenarioLoader.MaxFileBytes, 2 or 3 => Spokes.Formal.Io.BargainingFileReader.MaxFileBytes, 4 => Spokes.Formal.Io.LandscapeFileReader.MaxFileBytes, _ => BoundedFile.MaxTableBytes };
            var path = Path.Combine(dir, "big" + extension);
            using (var f = new FileStream(path, FileMode.Create))
            {
                var line = Encoding.UTF8.GetBytes(extension == ".csv" ? "1,2,3,4\n" : "# x\n");
                for (long written = 0; written < limit + extra; written += line.Length) f.Write(line);
            }
            Assert.Contains("the limit", Assert.Throws<InputException>(() => read(path)).Message);
        }, time: LongSeconds, threads: 1);
    }

    private static string RootDir()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d is not null && !File.Exists(Path.Combine(d.FullName, "Spokes.sln"))) d = d.Parent;
        return d!.FullName;
    }
}
