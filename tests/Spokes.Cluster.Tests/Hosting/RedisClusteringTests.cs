using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Spokes.Cluster.Hosting;

namespace Spokes.Cluster.Tests.Hosting;

/// <summary>
/// Redis membership end to end: a real redis-server on a free loopback port, two silos built by
/// <see cref="SiloHost.BuildRedis"/> and the explore client finding their gateways in Redis.
/// Needs redis-server on PATH (Debian: <c>apt-get install -y redis-server</c>); fails without it.
/// </summary>
public sealed class RedisClusteringTests
{
    [Fact]
    public async Task Two_redis_silos_and_the_explore_client_write_the_local_bytes()
    {
        var server = FindOnPath("redis-server");
        Assert.True(server is not null, "redis-server is not on PATH: install it with `apt-get install -y redis-server` (test.sh does).");
        using var temp = new TempDirectory();
        var (file, settings, matrix) = Designs.Load(temp.Path);
        Designs.RunLocal(settings, matrix, temp.Sub("local"));
        int[] ports = FreePorts(5);
        using var redis = await StartRedis(server!, ports[4], temp.Path);
        string connection = $"127.0.0.1:{ports[4]},abortConnect=false";
        const string clusterId = "spokes-redis-test";
        using var first = SiloHost.BuildRedis(connection, ports[0], ports[1], clusterId);
        using var second = SiloHost.BuildRedis(connection, ports[2], ports[3], clusterId);
        await first.StartAsync();
        await second.StartAsync();
        try
        {
            var writer = Designs.Writer(settings, temp.Sub("cluster"));
            // The gateways argument is not used with Redis: the client reads them from membership.
            var report = await ClusterExploration.EvaluateAsync("redis", file, settings, matrix, writer, Designs.BlockSize,
                redis: new RedisClustering(connection, clusterId), connectTimeout: TimeSpan.FromSeconds(15));
            writer.Complete();
            Designs.AssertSameFiles(temp.Sub("local"), temp.Sub("cluster"));
            Assert.Equal(25, report.Blocks);
        }
        finally
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await second.StopAsync(stop.Token);
            await first.StopAsync(stop.Token);
        }
    }

    [Fact]
    public void A_bad_redis_connection_string_is_refused()
    {
        Assert.Throws<ArgumentException>(() => SiloHost.ParseRedis(""));
        Assert.Throws<ArgumentException>(() => SiloHost.ParseRedis("abortConnect=false"));
        Assert.Equal("Redis membership, cluster id x", new RedisClustering("h:1,password=secret", "x").ToString());
    }

    /// <summary>A redis-server without persistence on <paramref name="port"/>, killed on dispose; waits until it accepts connections.</summary>
    private static async Task<RedisProcess> StartRedis(string server, int port, string directory)
    {
        var start = new ProcessStartInfo(server) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = directory };
        foreach (var arg in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var result = new RedisProcess(process);
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return result;
            }
            catch (SocketException) when (deadline.Elapsed < TimeSpan.FromSeconds(10) && !process.HasExited)
            {
                await Task.Delay(50);
            }
            catch
            {
                result.Dispose();
                throw;
            }
        }
    }

    private sealed class RedisProcess(Process process) : IDisposable
    {
        public void Dispose()
        {
            try { if (!process.HasExited) { process.Kill(); process.WaitForExit(5000); } }
            catch (InvalidOperationException) { }
            process.Dispose();
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        foreach (var l in listeners) l.Start();
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        foreach (var l in listeners) l.Stop();
        return ports;
    }
}
