using System.Net;

namespace Spokes.Web.Tests;

/// <summary>The app serves one embedded page and the API: no path reaches the file system.</summary>
public sealed class TraversalTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("/../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/..%2f..%2fSpokes.sln")]
    [InlineData("/index.html/../../../../etc/passwd")]
    [InlineData("/api/../../README.md")]
    [InlineData("/Page/index.html")]
    public async Task Paths_outside_the_routes_are_not_found_and_leak_nothing(string path)
    {
        var r = await app.Client.GetAsync(path);
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest or HttpStatusCode.MethodNotAllowed, $"{path}: {r.StatusCode}");
        Assert.DoesNotContain("root:", body);
        Assert.DoesNotContain("Microsoft Visual Studio Solution File", body);
        Assert.DoesNotContain("# Spokes", body);
    }
}
