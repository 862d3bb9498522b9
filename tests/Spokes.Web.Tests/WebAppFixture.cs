using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Spokes.Web.Tests;

/// <summary>One in-memory app (TestServer) shared by the tests of a class.</summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _app = SpokesWeb.Build(new SpokesWebOptions { Configure = b => b.WebHost.UseTestServer() });
        await _app.StartAsync();
        Client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null) await _app.DisposeAsync();
    }

    public Task<HttpResponseMessage> PostJson(string path, string json) =>
        Client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    public static async Task<JsonElement> Body(HttpResponseMessage r) =>
        (await r.Content.ReadFromJsonAsync<JsonElement>());
}
