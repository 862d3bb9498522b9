using System.CommandLine;
using System.Net;
using Microsoft.Extensions.Hosting;
using Spokes.Cluster;
using Spokes.Cluster.Evaluation;
using Spokes.Cluster.Hosting;
using Spokes.Explore.Evaluation;
using Spokes.Explore.Experiments;
using Spokes.Scenarios;

namespace Spokes.Cli;

/// <summary>
/// `spokes silo`: an Orleans silo that runs blocks of experiments for `spokes explore --cluster`; and the evaluation
/// `spokes explore --cluster HOST:GATEWAYPORT` uses in place of the local <see cref="BlockEvaluator"/>.
/// </summary>
internal static class ClusterCommands
{
    public static Command Silo(TextWriter stdout, TextWriter stderr)
    {
        var port = new Option<int>("--port") { Description = "silo-to-silo port", DefaultValueFactory = _ => SiloHost.DefaultSiloPort };
        var gateway = new Option<int>("--gateway") { Description = "port clients (spokes explore --cluster) connect to", DefaultValueFactory = _ => SiloHost.DefaultGatewayPort };
        var primary = new Option<string?>("--primary") { Description = "HOST:PORT of the primary silo's --port (omit on the primary silo itself)" };
        var cmd = new Command("silo", "Run a silo of the Spokes cluster on this machine (localhost clustering) until Ctrl+C; `spokes explore --cluster HOST:GATEWAYPORT` sends it blocks of experiments.")
        {
            port, gateway, primary,
        };
        cmd.SetAction(parse => SpokesCli.Guard(stderr, () =>
        {
            int p = Port(parse.GetValue(port), "--port"), g = Port(parse.GetValue(gateway), "--gateway");
            if (p == g) throw new InputException("--gateway", 0, 0, "gateway", "the gateway port must differ from the silo port");
            IPEndPoint? first = parse.GetValue(primary) is { } text ? Endpoint(text, "--primary") : null;
            using var host = SiloHost.Build(p, g, first);
            host.Start();
            stdout.WriteLine($"spokes silo on 127.0.0.1:{p}, clients on 127.0.0.1:{g}, {(first is null ? "primary" : $"joined {first}")} ({Environment.ProcessorCount} cores; Ctrl+C to stop)");
            stdout.Flush();
            host.WaitForShutdown();
            return SpokesCli.ExitOk;
        }));
        return cmd;
    }

    /// <summary>
    /// Runs <paramref name="matrix"/> on the cluster behind <paramref name="cluster"/> (HOST:GATEWAYPORT, several
    /// comma-separated) into <paramref name="sink"/>, exactly as <c>new BlockEvaluator(...).Evaluate(matrix, sink,
    /// progress, start: start)</c> would: same blocks, same order, same bytes. <paramref name="file"/> is the scenario
    /// argument of `spokes explore` (null: built-in) and <paramref name="settings"/> what
    /// <see cref="ExploreCommands.Settings"/> built from it. Failed calls are reported on <paramref name="stderr"/>
    /// and sent again.
    /// </summary>
    internal static TimeSpan Evaluate(string cluster, string? file, ExperimentSettings settings, ExperimentMatrix matrix,
        IResultSink sink, int blockSize, long start, IProgress<long>? progress, TextWriter stdout, TextWriter stderr)
    {
        foreach (var part in cluster.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) Endpoint(part, "--cluster");
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cancel.Cancel(); };
        Console.CancelKeyPress += onCancel;
        try
        {
            var report = ClusterExploration.EvaluateAsync(cluster, file, settings, matrix, sink, blockSize, start, progress,
                m => { lock (stderr) stderr.WriteLine("cluster: " + m); }, cancel.Token).GetAwaiter().GetResult();
            stdout.WriteLine($"cluster: {report.Blocks} blocks on {report.BlocksPerSilo.Count} silos ({string.Join(", ", report.BlocksPerSilo.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}: {kv.Value}"))}), {report.Retries} sent again");
            return report.Elapsed;
        }
        catch (ClusterUnavailableException e)
        {
            throw new InputException("--cluster", 0, 0, "cluster", e.Message);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            throw new InputException("--cluster", 0, 0, "cluster", "cancelled; finish the run later with --resume");
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static int Port(int port, string option) =>
        port is >= 1 and <= 65535 ? port : throw new InputException(option, 0, 0, option.TrimStart('-'), $"{port} is not a port (1..65535)");

    private static IPEndPoint Endpoint(string text, string option)
    {
        try { return SiloHost.ParseEndpoint(text); }
        catch (Exception e) when (e is FormatException or System.Net.Sockets.SocketException)
        {
            throw new InputException(option, 0, 0, option.TrimStart('-'), e.Message.Contains(text, StringComparison.Ordinal) ? e.Message : $"'{text}': {e.Message}");
        }
    }
}
