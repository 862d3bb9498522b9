using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Spokes.Cluster.Hosting;

namespace Spokes.Cluster.Tests.Hosting;

/// <summary>The real host and client configuration (localhost clustering, cluster ids, gateway) end to end.</summary>
public sealed class SiloHostTests
{
    [Fact]
    public async Task Two_localhost_silos_and_the_explore_client_write_the_local_bytes()
    {
        using var temp = new TempDirectory();
        var (file, settings, matrix) = Designs.Load(temp.Path);
        Designs.RunLocal(settings, matrix, temp.Sub("local"));
        int[] ports = FreePorts(4);
        using var primary = SiloHost.Build(ports[0], ports[1]);
        await primary.StartAsync();
        using var secondary = SiloHost.Build(ports[2], ports[3], new IPEndPoint(IPAddress.Loopback, ports[0]));
        await secondary.StartAsync();
        try
        {
            var writer = Designs.Writer(settings, temp.Sub("cluster"));
            var report = await ClusterExploration.EvaluateAsync($"localhost:{ports[1]},localhost:{ports[3]}", file, settings, matrix, writer, Designs.BlockSize);
            writer.Complete();
            Designs.AssertSameFiles(temp.Sub("local"), temp.Sub("cluster"));
            Assert.Equal(25, report.Blocks);
        }
        finally
        {
            await secondary.StopAsync();
            await primary.StopAsync();
        }
    }

    [Fact]
    public async Task An_unreachable_gateway_is_reported_as_such()
    {
        using var temp = new TempDirectory();
        var (file, settings, matrix) = Designs.Load(temp.Path);
        var writer = Designs.Writer(settings, temp.Sub("out"));
        var e = await Assert.ThrowsAsync<ClusterUnavailableException>(() =>
            ClusterExploration.EvaluateAsync($"localhost:{FreePorts(1)[0]}", file, settings, matrix, writer, Designs.BlockSize, connectTimeout: TimeSpan.FromSeconds(2)));
        Assert.Contains("cannot reach the Spokes cluster", e.Message);
    }

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        foreach (var l in listeners) l.Start();
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        foreach (var l in listeners) l.Stop();
        return ports;
    }
}
