namespace Spokes.Cli;

/// <summary>
/// The scenarios shipped with Spokes (`scenarios/...`) are found from any working folder: a relative path that does
/// not exist where the user stands is looked up next to the program (the tool package and build output carry a copy
/// of scenarios/) and in the repository the program was built from. A path that exists as given always wins.
/// </summary>
internal static class BundledFiles
{
    public static string Resolve(string path)
    {
        if (File.Exists(path) || Directory.Exists(path) || Path.IsPathRooted(path)) return path;
        foreach (var folder in Bases())
        {
            var candidate = Path.Combine(folder, path);
            if (File.Exists(candidate) || Directory.Exists(candidate)) return candidate;
        }
        return path;
    }

    private static IEnumerable<string> Bases()
    {
        yield return AppContext.BaseDirectory;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Spokes.sln"))) { yield return dir.FullName; break; }
    }
}
