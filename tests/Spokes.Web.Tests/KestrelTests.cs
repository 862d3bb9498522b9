using System.Net;
using System.Text;

namespace Spokes.Web.Tests;

/// <summary>The real server on a free loopback port: binding, limits enforced by Kestrel itself.</summary>
public sealed class KestrelTests
{
    [Fact]
    public void Default_address_is_loopback()
    {
        Assert.Equal(["http://127.0.0.1:5080"], new SpokesWebOptions().Urls);
    }

    [Fact]
    public async Task Serves_on_a_free_loopback_port_and_rejects_oversize_bodies()
    {
        await using var app = SpokesWeb.Build("http://127.0.0.1:0");
        await app.StartAsync();
        var url = Assert.Single(SpokesWeb.BoundUrls(app));
        Assert.StartsWith("http://127.0.0.1:", url, StringComparison.Ordinal);
        using var client = new HttpClient { BaseAddress = new Uri(url) };

        var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var run = await client.PostAsync("/api/run", new StringContent("""{"posture":"reassure"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        var big = await client.PostAsync("/api/run", new StringContent("{" + new string(' ', 64 * 1024) + "}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        await app.StopAsync();
    }
}
