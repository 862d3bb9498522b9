using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Spokes.Web;

/// <summary>How to build the dashboard app.</summary>
public sealed record SpokesWebOptions
{
    /// <summary>The default address: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Addresses Kestrel listens on (port 0 picks a free one).</summary>
    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>Lowest log level written to the console (default: warnings).</summary>
    public LogLevel LogLevel { get; init; } = LogLevel.Warning;

    /// <summary>Allow addresses other machines can reach (the CLI's <c>--public</c>); without it only loopback
    /// addresses are accepted and only loopback Host headers are answered.</summary>
    public bool Public { get; init; }

    /// <summary>A last hook on the builder (tests use it for <c>UseTestServer</c>).</summary>
    public Action<WebApplicationBuilder>? Configure { get; init; }
}

/// <summary>
/// The dashboard: one static page (sliders, pickers, SVG charts drawn in the browser) and a small JSON API that runs
/// the model. Every request is bounded: bodies of at most <see cref="SpokesApi.MaxBodyBytes"/>, runs to
/// <see cref="SpokesApi.MaxEndYear"/> at most, <see cref="SpokesApi.MaxComparePostures"/> postures per compare.
/// </summary>
public static class SpokesWeb
{
    /// <summary>An app listening on <paramref name="urls"/> (default: http://127.0.0.1:5080).</summary>
    public static WebApplication Build(params string[] urls) =>
        Build(new SpokesWebOptions { Urls = urls.Length == 0 ? [SpokesWebOptions.DefaultUrl] : urls });

    /// <summary>Most connections open at once: far above what 50 browser tabs need, well below the process's file
    /// descriptor limit. Idle keep-alive connections are closed after <see cref="KeepAlive"/>, so they cannot hold
    /// the server (with Kestrel's former limit of 64, 64 idle connections locked every new client out).</summary>
    public const int MaxConnections = 1024;

    /// <summary>How long an idle keep-alive connection is kept open.</summary>
    public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(10);

    /// <exception cref="InputException">an address that is not http, or not loopback without <see cref="SpokesWebOptions.Public"/>.</exception>
    public static WebApplication Build(SpokesWebOptions options)
    {
        var builder = LocalHostBuilder.Create(options.Urls, options.Public, options.LogLevel, SpokesApi.MaxBodyBytes, MaxConnections);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestLineSize = 4 * 1024;
            k.Limits.MaxConcurrentUpgradedConnections = 0;
            k.Limits.KeepAliveTimeout = KeepAlive;
            k.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
        });
        options.Configure?.Invoke(builder);

        var app = builder.Build();
        app.Use((ctx, next) => Guard(ctx, next, options.Public));
        var page = Encoding.UTF8.GetBytes(Page.Render());
        app.MapGet("/", (HttpContext ctx) =>
        {
            ctx.Response.Headers.CacheControl = "no-cache";
            ctx.Response.Headers.ContentSecurityPolicy = PageSecurityPolicy;
            return Results.Bytes(page, "text/html; charset=utf-8");
        });
        app.MapGet("/favicon.ico", () => Results.NoContent());
        app.MapGet("/api/presets", () => Results.Json(SpokesApi.Presets(), SpokesApi.ResponseJson));
        app.MapPost("/api/run", (Func<HttpContext, Task<IResult>>)(ctx => Handle(ctx, body => SpokesApi.Run(SpokesApi.Parse<RunRequest>(body)))));
        app.MapPost("/api/compare", (Func<HttpContext, Task<IResult>>)(ctx => Handle(ctx, body => SpokesApi.Compare(SpokesApi.Parse<CompareRequest>(body)))));
        app.MapFallback(() => Results.Json(new ApiError("not found"), SpokesApi.ResponseJson, statusCode: StatusCodes.Status404NotFound));
        return app;
    }

    /// <summary>The page's policy: its own inline script and style, requests to itself only, never framed.</summary>
    public const string PageSecurityPolicy =
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>Every other response (the JSON API, errors) may load nothing and be framed nowhere.</summary>
    public const string ApiSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>
    /// Runs before every endpoint: security headers on every response; a Host allow-list (a page on another site
    /// that makes its own name resolve to 127.0.0.1 — DNS rebinding — sends its own name as Host, so only loopback
    /// names are answered unless the server is public); and POSTs only with a JSON body (a cross-site form or
    /// text/plain POST needs no CORS preflight, a JSON one does).
    /// </summary>
    private static Task Guard(HttpContext ctx, RequestDelegate next, bool isPublic)
    {
        var headers = ctx.Response.Headers;
        headers.ContentSecurityPolicy = ApiSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        if (!isPublic && !ListenAddresses.IsLoopback(ctx.Request.Host.Host))
            return Results.Json(new ApiError($"host '{ctx.Request.Host.Host}' is not served (loopback names only)"), SpokesApi.ResponseJson,
                statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(ctx);
        if (HttpMethods.IsPost(ctx.Request.Method) && !IsJson(ctx.Request.ContentType))
            return Results.Json(new ApiError("send the body as Content-Type: application/json"), SpokesApi.ResponseJson,
                statusCode: StatusCodes.Status415UnsupportedMediaType).ExecuteAsync(ctx);
        return next(ctx);
    }

    private static bool IsJson(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && string.Equals(media.MediaType.Value, "application/json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads at most <see cref="SpokesApi.MaxBodyBytes"/>, runs <paramref name="work"/>, maps bad input to 400 and oversize to 413.</summary>
    private static async Task<IResult> Handle(HttpContext ctx, Func<byte[], object> work)
    {
        byte[] body;
        try
        {
            var read = await ReadBounded(ctx.Request, ctx.RequestAborted);
            if (read is null) return TooLarge();
            body = read;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        try
        {
            return Results.Json(work(body), SpokesApi.ResponseJson);
        }
        catch (ApiException e)
        {
            return Results.Json(new ApiError(e.Message), SpokesApi.ResponseJson, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private static IResult TooLarge() => Results.Json(new ApiError($"request body over {SpokesApi.MaxBodyBytes} bytes"),
        SpokesApi.ResponseJson, statusCode: StatusCodes.Status413PayloadTooLarge);

    /// <summary>The body, or null when it is longer than the limit (whatever Content-Length says).</summary>
    private static async Task<byte[]?> ReadBounded(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength is > SpokesApi.MaxBodyBytes) return null;
        var buffer = new byte[SpokesApi.MaxBodyBytes + 1];
        int total = 0;
        while (total < buffer.Length)
        {
            int n = await request.Body.ReadAsync(buffer.AsMemory(total), ct);
            if (n == 0) break;
            total += n;
        }
        return total > SpokesApi.MaxBodyBytes ? null : buffer.AsSpan(0, total).ToArray();
    }

    /// <summary>The addresses the started app actually listens on, as Kestrel reports them (with port 0, the port it
    /// picked; "[::]" or "0.0.0.0" when it listens on every interface — never rewritten to look like loopback).</summary>
    public static IReadOnlyList<string> BoundUrls(WebApplication app) => app.Urls.ToList();
}
