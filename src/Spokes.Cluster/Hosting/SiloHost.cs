using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Spokes.Cluster.Grains;
using StackExchange.Redis;

namespace Spokes.Cluster.Hosting;

/// <summary>
/// A Spokes silo: hosts <see cref="ExperimentBlockGrain"/> with development (localhost) clustering, so several silo
/// processes on one machine form a cluster around a primary silo; or with Redis membership
/// (<see cref="BuildRedis"/>), so silos on several machines form a cluster without a primary.
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
    public static IHost Build(int siloPort = DefaultSiloPort, int gatewayPort = DefaultGatewayPort, IPEndPoint? primary = null, string clusterId = ClusterId)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ApplicationName = "spokes-silo" });
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort, gatewayPort, primary, ServiceId, clusterId);
            silo.AddSpokesCluster();
        });
        return builder.Build();
    }

    /// <summary>
    /// Builds (does not start) a silo whose cluster membership lives in Redis at <paramref name="redis"/> (a
    /// StackExchange.Redis configuration string, e.g. <c>redis.example:6379,password=…</c>): every silo with the same
    /// Redis and <paramref name="clusterId"/> joins one cluster, and clients find the gateways there. The silo
    /// advertises <paramref name="advertise"/> to the others (null: 127.0.0.1, all silos on this machine; otherwise it
    /// listens on every address of the machine) with <paramref name="siloPort"/> and <paramref name="gatewayPort"/>.
    /// </summary>
    public static IHost BuildRedis(string redis, int siloPort = DefaultSiloPort, int gatewayPort = DefaultGatewayPort,
        string clusterId = ClusterId, IPAddress? advertise = null)
    {
        var configuration = ParseRedis(redis);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ApplicationName = "spokes-silo" });
        builder.UseOrleans(silo =>
        {
            silo.UseRedisClustering(o => o.ConfigurationOptions = configuration.Clone());
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = ServiceId;
            });
            silo.ConfigureEndpoints(advertise ?? IPAddress.Loopback, siloPort, gatewayPort, listenOnAnyHostAddress: advertise is not null);
            silo.AddSpokesCluster();
        });
        return builder.Build();
    }

    /// <summary>Parses a StackExchange.Redis configuration string (<see cref="ArgumentException"/> when it is not one).</summary>
    public static ConfigurationOptions ParseRedis(string redis)
    {
        if (string.IsNullOrWhiteSpace(redis)) throw new ArgumentException("the Redis connection string is empty", nameof(redis));
        var options = ConfigurationOptions.Parse(redis);
        if (options.EndPoints.Count == 0) throw new ArgumentException("the Redis connection string names no HOST:PORT", nameof(redis));
        return options;
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

/// <summary>Redis membership for a client: the connection string of the silos' Redis and their cluster id.</summary>
public sealed record RedisClustering(string ConnectionString, string ClusterId = SiloHost.ClusterId)
{
    /// <summary>Environment variables `spokes explore --cluster` reads: the Redis connection string and the cluster id.</summary>
    public const string RedisVariable = "SPOKES_REDIS", ClusterIdVariable = "SPOKES_CLUSTER_ID";

    /// <summary>The cluster id in <see cref="ClusterIdVariable"/>, or <see cref="SiloHost.ClusterId"/>.</summary>
    public static string ClusterIdFromEnvironment() =>
        Environment.GetEnvironmentVariable(ClusterIdVariable) is { Length: > 0 } id ? id : SiloHost.ClusterId;

    /// <summary>Redis membership from <see cref="RedisVariable"/> (null: not set, use the gateways).</summary>
    public static RedisClustering? FromEnvironment() =>
        Environment.GetEnvironmentVariable(RedisVariable) is { Length: > 0 } redis ? new RedisClustering(redis, ClusterIdFromEnvironment()) : null;

    /// <summary>Never shows the connection string (it may hold a password).</summary>
    public override string ToString() => $"Redis membership, cluster id {ClusterId}";
}

/// <summary>An Orleans client for Spokes silos, connecting through one or more gateways (or the gateways in Redis).</summary>
public static class ClusterClientHost
{
    /// <summary>Longest a single grain call may run before Orleans itself gives up (above the evaluator's block timeout).</summary>
    public static readonly TimeSpan DefaultResponseTimeout = TimeSpan.FromMinutes(15);

    /// <summary>Builds (does not start) a client host; after <c>StartAsync</c>, get <c>IClusterClient</c> from its services.</summary>
    public static IHost Build(IReadOnlyList<IPEndPoint> gateways, TimeSpan? responseTimeout = null, string clusterId = SiloHost.ClusterId) =>
        Build(gateways, null, responseTimeout, clusterId);

    /// <summary>Builds (does not start) a client host that finds the gateways in the Redis of <paramref name="redis"/>.</summary>
    public static IHost Build(RedisClustering redis, TimeSpan? responseTimeout = null) =>
        Build([], redis, responseTimeout, redis.ClusterId);

    private static IHost Build(IReadOnlyList<IPEndPoint> gateways, RedisClustering? redis, TimeSpan? responseTimeout, string clusterId)
    {
        if (redis is null && gateways.Count == 0) throw new ArgumentException("at least one gateway", nameof(gateways));
        var configuration = redis is null ? null : SiloHost.ParseRedis(redis.ConnectionString);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ApplicationName = "spokes-client" });
        builder.UseOrleansClient(client =>
        {
            if (configuration is null) client.UseStaticClustering(gateways.ToArray());
            else client.UseRedisClustering(o => o.ConfigurationOptions = configuration.Clone());
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = SiloHost.ServiceId;
            });
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = responseTimeout ?? DefaultResponseTimeout);
        });
        return builder.Build();
    }
}
