using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Spokes.Web.Tests;

/// <summary>Issue 19, "the dashboard": never exposed by mistake, no DNS rebinding, no cross-site simple POSTs, and
/// security headers on every response.</summary>
public sealed class ExposureTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("http://[::]:5398", "every network interface")]
    [InlineData("http://0.0.0.0:5398", "every network interface")]
    [InlineData("http://locahost:5398", "Kestrel binds the host name 'locahost' to every network interface")]
    [InlineData("http://*:5398", "")]
    [InlineData("http://192.168.1.20:5398", "192.168.1.20 is not a loopback address")]
    public void Non_loopback_binds_are_refused_without_public(string url, string why)
    {
        var e = Assert.Throws<InputException>(() => SpokesWeb.Build(url));
        Assert.Contains("reachable from other machines", e.Message);
        Assert.Contains(why, e.Message);
        Assert.Contains("--public", e.Message);
        Assert.True(ListenAddresses.Check([url], allowPublic: true));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5398")]
    [InlineData("http://localhost:5398")]
    [InlineData("http://[::1]:5398")]
    [InlineData("http://127.0.0.2:0")]
    public void Loopback_binds_are_accepted(string url) => Assert.False(ListenAddresses.Check([url], allowPublic: false));

    [Fact]
    public void Https_is_refused_with_a_reason_not_a_stack_trace()
    {
        var e = Assert.Throws<InputException>(() => SpokesWeb.Build("https://127.0.0.1:5398"));
        Assert.Contains("https needs a server certificate", e.Message);
    }

    [Fact]
    public async Task Host_header_outside_loopback_gets_400_dns_rebinding()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/presets");
        request.Headers.Host = "evil.example";
        var r = await app.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("'evil.example' is not served", (await WebAppFixture.Body(r)).GetProperty("error").GetString());
        AssertSecurityHeaders(r, page: false);
        using var local = new HttpRequestMessage(HttpMethod.Get, "/api/presets");
        local.Headers.Host = "127.0.0.1:5080";
        Assert.Equal(HttpStatusCode.OK, (await app.Client.SendAsync(local)).StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task Text_plain_and_form_posts_get_415(string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"posture":"reassure"}"""));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var r = await app.Client.PostAsync("/api/run", content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, r.StatusCode);
        var none = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"posture":"reassure"}"""));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await app.Client.PostAsync("/api/compare", none)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.PostJson("/api/run", """{"posture":"reassure"}""")).StatusCode);
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/api/presets", false)]
    [InlineData("/nope", false)]
    public async Task Security_headers_are_on_every_response(string path, bool page)
    {
        var r = await app.Client.GetAsync(path);
        AssertSecurityHeaders(r, page);
        var post = await app.PostJson("/api/run", "{not json");
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        AssertSecurityHeaders(post, page: false);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage r, bool page)
    {
        var csp = Assert.Single(r.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal(page ? SpokesWeb.PageSecurityPolicy : SpokesWeb.ApiSecurityPolicy, csp);
        Assert.Equal("nosniff", Assert.Single(r.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(r.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(r.Headers.GetValues("X-Frame-Options")));
    }
}
