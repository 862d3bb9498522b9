using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Spokes.Web;

/// <summary>The hosting the two local servers share (the dashboard and the seminar game): the addresses checked
/// (loopback unless made public), one-line console logs at the chosen level, no Server header, and bounded bodies,
/// headers and connections. Each server adds its own limits with another <c>ConfigureKestrel</c>.</summary>
public static class LocalHostBuilder
{
    /// <exception cref="Spokes.Model.InputException">an address that is not http, or not loopback without <paramref name="isPublic"/>.</exception>
    public static WebApplicationBuilder Create(IReadOnlyList<string> urls, bool isPublic, LogLevel logLevel, long maxBodyBytes, int maxConnections)
    {
        ListenAddresses.Check(urls, isPublic);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(logLevel);
        // a failed start (address in use) comes back as an exception; the host need not log it too
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        builder.WebHost.UseUrls([.. urls]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = maxBodyBytes;
            k.Limits.MaxRequestHeadersTotalSize = 16 * 1024;
            k.Limits.MaxConcurrentConnections = maxConnections;
        });
        return builder;
    }
}
