using System.CommandLine;
using Spokes.Scenarios.Export;

namespace Spokes.Cli;

/// <summary>
/// `--out DIR` means the same on every command that writes: a folder, created if missing, into which the command
/// writes files with fixed names. The folder is checked before any work (a file of that name is refused) and created
/// only when the results are ready, so a failed command leaves no empty or half-written folder behind.
/// </summary>
internal static class OutFolder
{
    public static Option<string?> Option(string writes) =>
        new("--out") { Description = $"folder for the results (created if missing): {writes}", HelpName = "DIR" };

    /// <summary>Refuses, before any work, an --out that names an existing file or is blank.</summary>
    public static string? Check(string? dir)
    {
        if (dir is null) return null;
        if (string.IsNullOrWhiteSpace(dir)) throw new InputException("--out", 0, 0, "out", "give a folder, e.g. --out results");
        if (File.Exists(dir))
            throw new InputException("--out", 0, 0, "out", $"'{dir}' is a file; --out names a folder (created if missing) that receives the results");
        return dir;
    }

    /// <summary>Creates the folder if needed and writes one file into it through a rename (never half-written).</summary>
    public static string Write(string dir, string fileName, Action<TextWriter> write)
    {
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, fileName);
        AtomicFile.Write(path, write);
        return path;
    }
}
