using System.CommandLine;
using System.Net;
using Microsoft.Extensions.Hosting;
using Spokes.Cluster;
using Spokes.Cluster.Evaluation;
using Spokes.Cluster.Hosting;
using Spokes.Explore.Evaluation;
using Spokes.Explore.Experiments;
using Spokes.Scenarios;
using StackExchange.Redis;

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
        var primary = new Option<string?>("--primary") { Description = "HOST:PORT of the primary silo's --port (omit on the primary silo itself; not with --redis)" };
        var redis = new Option<string?>("--redis") { Description = "Redis connection string (StackExchange.Redis format, e.g. HOST:6379,password=…): cluster membership in Redis, for silos on several machines (default: localhost clustering)" };
        var clusterId = new Option<string>("--cluster-id") { Description = $"cluster id; silos and clients with the same id (and Redis) form one cluster (clients: {RedisClustering.ClusterIdVariable})", DefaultValueFactory = _ => SiloHost.ClusterId };
        var advertise = new Option<string?>("--advertise") { Description = "IP address other silos and clients reach this silo at (with --redis; default 127.0.0.1, all on this machine)" };
        var cmd = new Command("silo", "Run a silo of the Spokes cluster until Ctrl+C (localhost clustering, or Redis membership with --redis); `spokes explore --cluster HOST:GATEWAYPORT` sends it blocks of experiments.")
        {
            port, gateway, primary, redis, clusterId, advertise,
        };
        cmd.SetAction(parse => SpokesCli.Guard(stderr, () =>
        {
            int p = Port(parse.GetValue(port), "--port"), g = Port(parse.GetValue(gateway), "--gateway");
            if (p == g) throw new InputException("--gateway", 0, 0, "gateway", "the gateway port must differ from the silo port");
            IPEndPoint? first = parse.GetValue(primary) is { } text ? Endpoint(text, "--primary") : null;
            var id = parse.GetValue(clusterId) is { Length: > 0 } given && given.Trim() == given ? given
                : throw new InputException("--cluster-id", 0, 0, "cluster-id", "the cluster id must be non-empty, without surrounding spaces");
            var conn = parse.GetValue(redis);
            var advertised = parse.GetValue(advertise) is { } ipText
                ? (IPAddress.TryParse(ipText, out var ip) ? ip : throw new InputException("--advertise", 0, 0, "advertise", $"'{ipText}' is not an IP address"))
                : null;
            if (conn is null && advertised is not null) throw new InputException("--advertise", 0, 0, "advertise", "--advertise needs --redis (localhost clustering is loopback only)");
            if (conn is not null && first is not null) throw new InputException("--primary", 0, 0, "primary", "--primary is for localhost clustering; with --redis every silo finds the others in Redis");
            if (conn is not null) Redis(conn, "--redis");
            using var host = conn is null ? SiloHost.Build(p, g, first, id) : SiloHost.BuildRedis(conn, p, g, id, advertised);
            try { host.Start(); }
            catch (Exception e) when (conn is not null && RedisFailure(e) is { } cause)
            {
                throw new InputException("--redis", 0, 0, "redis", $"cannot use Redis for membership: {cause.Message}");
            }
            string at = (advertised ?? IPAddress.Loopback).ToString();
            stdout.WriteLine($"spokes silo on {at}:{p}, clients on {at}:{g}, {(conn is not null ? $"Redis membership, cluster {id}" : first is null ? "primary" : $"joined {first}")} ({Environment.ProcessorCount} cores; Ctrl+C to stop)");
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
    /// and sent again. With the environment variable SPOKES_REDIS set (a Redis connection string), the gateways are
    /// those the silos registered in that Redis and <paramref name="cluster"/> is not used; SPOKES_CLUSTER_ID (default
    /// "spokes") must match the silos' --cluster-id.
    /// </summary>
    internal static TimeSpan Evaluate(string cluster, string? file, ExperimentSettings settings, ExperimentMatrix matrix,
        IResultSink sink, int blockSize, long start, IProgress<long>? progress, TextWriter stdout, TextWriter stderr, int lanes = 0)
    {
        var redis = RedisClustering.FromEnvironment();
        string clusterId = RedisClustering.ClusterIdFromEnvironment();
        if (redis is null)
            foreach (var part in cluster.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) Endpoint(part, "--cluster");
        else
        {
            Redis(redis.ConnectionString, RedisClustering.RedisVariable);
            if (!string.Equals(cluster.Trim(), "redis", StringComparison.OrdinalIgnoreCase))
                stderr.WriteLine($"cluster: {RedisClustering.RedisVariable} is set: the gateways come from Redis (cluster id {redis.ClusterId}); --cluster {cluster} is not used");
        }
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cancel.Cancel(); };
        Console.CancelKeyPress += onCancel;
        try
        {
            var report = ClusterExploration.EvaluateAsync(cluster, file, settings, matrix, sink, blockSize, start, progress,
                m => { lock (stderr) stderr.WriteLine("cluster: " + m); }, cancel.Token, redis: redis, clusterId: clusterId, lanes: lanes).GetAwaiter().GetResult();
            stdout.WriteLine($"cluster: {report.Blocks} blocks on {report.BlocksPerSilo.Count} silos ({string.Join(", ", report.BlocksPerSilo.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}: {kv.Value}"))}), {report.Retries} sent again");
            return report.Elapsed;
        }
        catch (ClusterUnavailableException e)
        {
            throw new InputException("--cluster", 0, 0, "cluster", e.Message);
        }
        catch (Exception e) when (!cancel.IsCancellationRequested && ClusterFailure(e) is { } failure)
        {
            throw failure;
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

    /// <summary>
    /// A cluster failure that outlived the evaluator's retries, as one line: a silo that rebuilt other inputs, or the
    /// primary silo (or the gateway) dying mid-run — Orleans then rejects every call after its own timeouts
    /// (OrleansMessageRejectionException after about 85 s). The finished blocks are on disk either way. Null for
    /// anything else.
    /// </summary>
    internal static InputException? ClusterFailure(Exception e) => e switch
    {
        ClusterMismatchException => new InputException("--cluster", 0, 0, "cluster", e.Message),
        Orleans.Runtime.OrleansException or TimeoutException or InvalidOperationException => new InputException("--cluster", 0, 0, "cluster",
            $"the cluster stopped answering ({e.GetType().Name}: {e.Message.Split('\n')[0]}); the finished blocks are kept: restart the silos and run again with --resume"),
        _ => null,
    };

    private static int Port(int port, string option) =>
        port is >= 1 and <= 65535 ? port : throw new InputException(option, 0, 0, option.TrimStart('-'), $"{port} is not a port (1..65535)");

    /// <summary>The Redis error (connection, timeout) among <paramref name="e"/> and its inner exceptions, if any.</summary>
    private static Exception? RedisFailure(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
            if (x is RedisException or TimeoutException) return x;
        return e is AggregateException a ? a.InnerExceptions.Select(RedisFailure).FirstOrDefault(f => f is not null) : null;
    }

    /// <summary>Checks a Redis connection string (the message never repeats it: it may hold a password).</summary>
    private static void Redis(string connection, string option)
    {
        try { SiloHost.ParseRedis(connection); }
        catch (ArgumentException e)
        {
            throw new InputException(option, 0, 0, option.TrimStart('-'), $"not a Redis connection string: {e.Message.Split(" (Parameter", 2)[0]}");
        }
    }

    private static IPEndPoint Endpoint(string text, string option)
    {
        try { return SiloHost.ParseEndpoint(text); }
        catch (Exception e) when (e is FormatException or System.Net.Sockets.SocketException)
        {
            throw new InputException(option, 0, 0, option.TrimStart('-'), e.Message.Contains(text, StringComparison.Ordinal) ? e.Message : $"'{text}': {e.Message}");
        }
    }
}
