namespace Spokes.Formal.Tests;

/// <summary>Finds the repository root (the folder holding Spokes.sln) from the test binaries.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    public static string Scenario(string name) => System.IO.Path.Combine(Path, "scenarios", name);

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Spokes.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Spokes.sln not found above " + AppContext.BaseDirectory);
    }
}
