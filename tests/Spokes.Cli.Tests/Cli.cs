namespace Spokes.Cli.Tests;

/// <summary>Runs the `spokes` command in-process with captured output, and finds the repository root.</summary>
internal static class Cli
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = SpokesCli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static string Root { get; } = FindRoot();

    /// <summary>A policy that keeps the alliance (a row of <see cref="WritePolicies"/>' lever columns, with its name).</summary>
    public const string KeepPolicy = "keep,0.2,0.3,0.8,0.5,0.6,0.7,0.6,0.5,1.0,0";
    /// <summary>A policy that phases the alliance out.</summary>
    public const string PhaseOutPolicy = "phase-out,0.8,0.9,0.1,0.5,0.2,0.1,0.2,0.3,0.6,0.5";

    /// <summary>Writes a policy set, as `reevaluate` reads it (the levers' header, then one row per policy), to
    /// <paramref name="dir"/>/policies.csv and returns its path.</summary>
    public static string WritePolicies(string dir, params string[] rows)
    {
        var path = Path.Combine(dir, "policies.csv");
        File.WriteAllLines(path, ["commitment,rhetoric,demands,reassurance,threatAssessment,rolesAndMissions,industrialCooperation,exercises,networking,forcePosture,confrontation", .. rows]);
        return path;
    }

    /// <summary>Writes the exploration design the block-path tests (lock-step, GPU) share to a new temporary folder and
    /// returns its path: <paramref name="n"/> Latin-hypercube scenarios × two policies, public support among the
    /// uncertainties (it moves experiments of a block apart), and <paramref name="outcomes"/> (YAML list items).</summary>
    public static string WriteBlockDesign(string name, int n, int seed, string outcomes)
    {
        var dir = Directory.CreateTempSubdirectory($"spokes-{name}-").FullName;
        var path = Path.Combine(dir, "design.yaml");
        File.WriteAllText(path, $$"""
            name: {{name}}
            end: 2030
            experiments:
              sampler: lhs
              n: {{n}}
              seed: {{seed}}
              uncertainties:
                - {name: threatTalkWeight}
                - {name: bandwagonWeight}
                - {name: publicSupport, distribution: uniform, min: 0.2, max: 0.95}
              policies: [threaten, commit-and-cooperate]
              outcomes:
            {{outcomes}}
            """);
        return path;
    }

    /// <summary>Starts the real `spokes` program (next to the test binaries) in a child process with redirected output.</summary>
    public static System.Diagnostics.Process StartProcess(params string[] args)
    {
        var info = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "spokes.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        return System.Diagnostics.Process.Start(info)!;
    }

    /// <summary>Runs the real `spokes` program in a child process from <paramref name="workingDirectory"/> and waits.</summary>
    public static (int Code, string Out, string Err) RunIn(string workingDirectory, params string[] args)
    {
        var info = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "spokes.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        using var p = System.Diagnostics.Process.Start(info)!;
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output, err.Result);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Spokes.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Spokes.sln not found above " + AppContext.BaseDirectory);
    }
}
