using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Spokes.Web.Tests;

/// <summary>
/// Issue 19, capacity: 64 idle keep-alive connections locked every new client out, and 50 parallel clients lost
/// 18% of their requests. A bounded load on loopback only: 64 idle connections held open, then 50 clients × 28
/// requests (1,400, plus 64) — well under 2,000 requests — with a 60 s cap; not one may be dropped or fail.
/// </summary>
public sealed class LoadTests
{
    private const int Idle = 64, Clients = 50, RequestsPerClient = 28;

    [Fact]
    public async Task Fifty_parallel_clients_and_64_idle_keepalive_connections_see_zero_drops()
    {
        await using var app = SpokesWeb.Build("http://127.0.0.1:0");
        await app.StartAsync();
        var url = new Uri(Assert.Single(SpokesWeb.BoundUrls(app)));
        Assert.Equal("127.0.0.1", url.Host);
        using var cap = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        // 64 connections that each make one request and then sit idle with keep-alive.
        var idle = new List<TcpClient>();
        try
        {
            for (int i = 0; i < Idle; i++)
            {
                var tcp = new TcpClient();
                await tcp.ConnectAsync(IPAddress.Loopback, url.Port, cap.Token);
                Assert.StartsWith("HTTP/1.1 200", await Get(tcp, url.Port, cap.Token));
                idle.Add(tcp);
            }

            int ok = 0, failed = 0;
            var errors = new System.Collections.Concurrent.ConcurrentBag<string>();
            var clients = Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
            {
                using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1 };
                using var client = new HttpClient(handler) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
                for (int i = 0; i < RequestsPerClient; i++)
                {
                    try
                    {
                        using var r = i % 2 == 0
                            ? await client.GetAsync("/api/presets", cap.Token)
                            : await client.PostAsync("/api/run", new StringContent($$"""{"posture":"reassure","end":2020,"seed":{{c}}}""", Encoding.UTF8, "application/json"), cap.Token);
                        await r.Content.ReadAsByteArrayAsync(cap.Token);
                        if (r.StatusCode == HttpStatusCode.OK) Interlocked.Increment(ref ok);
                        else { Interlocked.Increment(ref failed); errors.Add(r.StatusCode.ToString()); }
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        Interlocked.Increment(ref failed);
                        errors.Add(e.GetType().Name + ": " + e.Message);
                    }
                }
            })).ToArray();
            await Task.WhenAll(clients);
            Assert.True(failed == 0, $"{failed} of {Clients * RequestsPerClient} requests failed: {string.Join("; ", errors.Distinct().Take(5))}");
            Assert.Equal(Clients * RequestsPerClient, ok);

            // The idle connections were kept (not dropped to make room): each still answers.
            foreach (var tcp in idle.Take(4))
                Assert.StartsWith("HTTP/1.1 200", await Get(tcp, url.Port, cap.Token));
        }
        finally
        {
            foreach (var tcp in idle) tcp.Dispose();
            await app.StopAsync();
        }
    }

    /// <summary>One GET /api/presets on a raw keep-alive connection; the whole response is read, its status line returned.</summary>
    private static async Task<string> Get(TcpClient tcp, int port, CancellationToken ct)
    {
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET /api/presets HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"), ct);
        var received = new List<byte>();
        var buffer = new byte[4096];
        int headerEnd = -1, length = 0;
        while (headerEnd < 0 || received.Count < headerEnd + length)
        {
            int n = await stream.ReadAsync(buffer, ct);
            if (n == 0) throw new IOException("the server closed the connection");
            received.AddRange(buffer.AsSpan(0, n).ToArray());
            if (headerEnd < 0)
            {
                var text = Encoding.ASCII.GetString(received.ToArray());
                int end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                if (end < 0) continue;
                headerEnd = end + 4;
                var header = text[..end].Split("\r\n").FirstOrDefault(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
                length = header is null ? 0 : int.Parse(header["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        return Encoding.ASCII.GetString(received.ToArray()).Split("\r\n")[0];
    }
}
