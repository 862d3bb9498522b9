using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Spokes.Benchmarks;

/// <summary>
/// The BenchmarkDotNet suite. Run all with short jobs (a few minutes on two cores):
/// <c>dotnet run -c Release --project bench/Spokes.Benchmarks -- --filter '*' --job short</c>.
/// Reports go to bench/Spokes.Benchmarks/BenchmarkDotNet.Artifacts (ignored by git), not the working directory.
/// <c>pipeline-cpu …</c> runs <see cref="PipelineCpu"/> instead, <c>gpu-check [N]</c> <see cref="GpuCheck"/>.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["pipeline-cpu", ..])
        {
            PipelineCpu.Run(args);
            return;
        }
        if (args is ["gpu-check", ..])
        {
            GpuCheck.Run(args);
            return;
        }
        var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(ProjectDirectory(), "BenchmarkDotNet.Artifacts"));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }

    /// <summary>The folder holding Spokes.Benchmarks.csproj, found upwards from the binaries; else the working directory.</summary>
    private static string ProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Spokes.Benchmarks.csproj"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
