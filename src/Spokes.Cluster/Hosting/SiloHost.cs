using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Spokes.Cluster.Grains;

namespace Spokes.Cluster.Hosting;

/// <summary>
/// A Spokes silo: hosts <see cref="ExperimentBlockGrain"/> with development (localhost) clustering, so several silo
/// processes on one machine form a cluster around a primary silo.
/// </summary>
public static class SiloHost
{
    public const int DefaultSiloPort = 11111, DefaultGatewayPort = 30000;
    /// <summary>Cluster and service id shared by silos and clients (they must match to connect).</summary>
    public const string ClusterId = "spokes", ServiceId = "spokes";

    /// <summary>
    /// Builds (does not start) a silo listening on loopback: <paramref name="siloPort"/> for silo-to-silo traffic,
    /// <paramref name="gatewayPort"/> for clients. <paramref name="primary"/> is the primary silo's silo-to-silo
    /// endpoint (null: this silo is the primary). Runs until the host is stopped (Ctrl+C under a console lifetime).
    /// </summary>
    public static IHost Build(int siloPort = DefaultSiloPort, int gatewayPort = DefaultGatewayPort, IPEndPoint? primary = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ApplicationName = "spokes-silo" });
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort, gatewayPort, primary, ServiceId, ClusterId);
            silo.AddSpokesCluster();
        });
        return builder.Build();
    }

    /// <summary>Registers what the Spokes grains need on a silo (its matrix cache).</summary>
    public static ISiloBuilder AddSpokesCluster(this ISiloBuilder silo)
    {
        silo.Services.AddSingleton<MatrixCache>();
        return silo;
    }

    /// <summary>Parses HOST:PORT (host: a name or an IP address; localhost means loopback).</summary>
    public static IPEndPoint ParseEndpoint(string hostPort)
    {
        int colon = hostPort.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(hostPort.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int port) || port is < 1 or > 65535)
            throw new FormatException($"'{hostPort}' is not HOST:PORT");
        var host = hostPort[..colon].Trim('[', ']');
        if (host == "localhost") return new IPEndPoint(IPAddress.Loopback, port);
        if (IPAddress.TryParse(host, out var ip)) return new IPEndPoint(ip, port);
        var addresses = Dns.GetHostAddresses(host);
        var chosen = addresses.FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork) ?? addresses.FirstOrDefault()
            ?? throw new FormatException($"host '{host}' has no address");
        return new IPEndPoint(chosen, port);
    }
}

/// <summary>An Orleans client for Spokes silos, connecting through one or more gateways.</summary>
public static class ClusterClientHost
{
    /// <summary>Longest a single grain call may run before Orleans itself gives up (above the evaluator's block timeout).</summary>
    public static readonly TimeSpan DefaultResponseTimeout = TimeSpan.FromMinutes(15);

    /// <summary>Builds (does not start) a client host; after <c>StartAsync</c>, get <c>IClusterClient</c> from its services.</summary>
    public static IHost Build(IReadOnlyList<IPEndPoint> gateways, TimeSpan? responseTimeout = null)
    {
        if (gateways.Count == 0) throw new ArgumentException("at least one gateway", nameof(gateways));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ApplicationName = "spokes-client" });
        builder.UseOrleansClient(client =>
        {
            client.UseStaticClustering(gateways.ToArray());
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = SiloHost.ClusterId;
                o.ServiceId = SiloHost.ServiceId;
            });
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = responseTimeout ?? DefaultResponseTimeout);
        });
        return builder.Build();
    }
}
