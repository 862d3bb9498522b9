using System.CommandLine;

namespace Spokes.Cli;

/// <summary>`--threads N` means the same wherever work runs in parallel: worker threads, 0 for all cores (the
/// default); results never depend on it.</summary>
internal static class ThreadsOption
{
    public static Option<int> Create() =>
        new("--threads") { Description = "worker threads (0: all cores); results do not depend on it", DefaultValueFactory = _ => 0, HelpName = "N" };

    /// <summary>The thread count to use: 0 becomes the number of cores; a negative count is refused.</summary>
    public static int Resolve(int threads) => threads switch
    {
        < 0 => throw new InputException("--threads", 0, 0, "threads", $"{threads}: give 0 (all cores) or more"),
        0 => Environment.ProcessorCount,
        _ => threads,
    };
}
