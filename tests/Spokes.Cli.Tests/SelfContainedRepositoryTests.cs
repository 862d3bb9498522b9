namespace Spokes.Cli.Tests;

/// <summary>
/// The repository is self-contained (README, issue 16): no file refers to a `shared` folder outside it, which users
/// of a clone do not have. Every text file of the working tree is read, build output and tool folders aside.
/// </summary>
public class SelfContainedRepositoryTests
{
    private static readonly string[] Skipped = ["bin", "obj", ".git", ".spokes", "artifacts", "TestResults", "BenchmarkDotNet.Artifacts", "node_modules"];

    [Fact]
    public void No_file_refers_to_a_shared_folder_outside_the_repository()
    {
        string needle = "shared" + "/"; // split, so this file does not match itself
        var hits = new List<string>();
        foreach (var file in Files(new DirectoryInfo(Cli.Root)))
        {
            var bytes = File.ReadAllBytes(file.FullName);
            if (bytes.Length > 20_000_000 || Array.IndexOf(bytes, (byte)0) >= 0) continue; // binary
            var lines = System.Text.Encoding.UTF8.GetString(bytes).Split('\n');
            for (int i = 0; i < lines.Length; i++)
                if (lines[i].Contains(needle, StringComparison.OrdinalIgnoreCase))
                    hits.Add($"{Path.GetRelativePath(Cli.Root, file.FullName)}:{i + 1}: {lines[i].Trim()}");
        }
        Assert.True(hits.Count == 0, string.Join("\n", hits));
    }

    private static IEnumerable<FileInfo> Files(DirectoryInfo dir)
    {
        foreach (var f in dir.EnumerateFiles()) yield return f;
        foreach (var d in dir.EnumerateDirectories())
            if (!Skipped.Contains(d.Name) && (d.Attributes & FileAttributes.ReparsePoint) == 0)
                foreach (var f in Files(d)) yield return f;
    }
}
