using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Spokes.Browser.Tests.Engines;

/// <summary>
/// Debian's firefox-esr driven over WebDriver BiDi (the W3C protocol Firefox speaks natively on
/// --remote-debugging-port), through a small client on <see cref="ClientWebSocket"/>. Playwright's own Firefox
/// support needs Playwright's patched Firefox build, which is not installable here; BiDi works with the stock browser.
/// Only the few commands the tests use: navigate, set the viewport, evaluate a script, capture a screenshot, and the
/// console log (errors are recorded as problems).
/// </summary>
public sealed partial class FirefoxBidi : IAsyncDisposable
{
    public static string FirefoxPath => Environment.GetEnvironmentVariable("SPOKES_FIREFOX") is { Length: > 0 } p ? p : "/usr/bin/firefox-esr";

    [GeneratedRegex(@"WebDriver BiDi listening on (ws://\S+)")]
    private static partial Regex Listening();

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<int, TaskCompletionSource<JsonObject>> _pending = [];
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly List<string> _log = [];
    private Task? _reader;
    private int _nextId;

    private FirefoxBidi(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>Console errors and uncaught page errors seen since the last <see cref="TakeProblems"/>.</summary>
    public List<string> TakeProblems()
    {
        lock (_log)
        {
            var copy = _log.ToList();
            _log.Clear();
            return copy;
        }
    }

    /// <summary>Starts a headless Firefox on a fresh profile and opens a BiDi session on it.</summary>
    /// <exception cref="InvalidOperationException">Firefox did not announce its BiDi endpoint within 60 s.</exception>
    public static async Task<FirefoxBidi> StartAsync()
    {
        var profile = Directory.CreateTempSubdirectory("spokes-firefox-").FullName;
        // Quiet, offline, deterministic: no first-run pages, no updates or telemetry, no smooth scrolling.
        File.WriteAllText(Path.Combine(profile, "user.js"), """
            user_pref("browser.shell.checkDefaultBrowser", false);
            user_pref("browser.startup.homepage_override.mstone", "ignore");
            user_pref("datareporting.policy.dataSubmissionEnabled", false);
            user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);
            user_pref("app.update.auto", false);
            user_pref("app.update.enabled", false);
            user_pref("browser.aboutwelcome.enabled", false);
            user_pref("network.captive-portal-service.enabled", false);
            user_pref("network.connectivity-service.enabled", false);
            user_pref("extensions.update.enabled", false);
            user_pref("general.smoothScroll", false);
            user_pref("layout.css.devPixelsPerPx", "1.0");
            """);
        var psi = new ProcessStartInfo(FirefoxPath)
        {
            RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
        };
        foreach (var a in new[] { "--headless", "--no-remote", "--remote-debugging-port", "0", "--profile", profile, "about:blank" }) psi.ArgumentList.Add(a);
        psi.Environment["MOZ_CRASHREPORTER_DISABLE"] = "1";
        var process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {FirefoxPath}");
        var endpoint = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Watch(string? line)
        {
            if (line is not null && Listening().Match(line) is { Success: true } m) endpoint.TrySetResult(m.Groups[1].Value);
        }
        process.ErrorDataReceived += (_, e) => Watch(e.Data);
        process.OutputDataReceived += (_, e) => Watch(e.Data);
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var ff = new FirefoxBidi(process, profile);
        try
        {
            var done = await Task.WhenAny(endpoint.Task, Task.Delay(60_000), process.WaitForExitAsync());
            if (done != endpoint.Task)
                throw new InvalidOperationException($"{FirefoxPath} did not open its WebDriver BiDi endpoint (exited: {process.HasExited})");
            await ff._socket.ConnectAsync(new Uri(endpoint.Task.Result + "/session"), CancellationToken.None);
            ff._reader = Task.Run(ff.ReadLoop);
            await ff.Send("session.new", new JsonObject { ["capabilities"] = new JsonObject() });
            await ff.Send("session.subscribe", new JsonObject { ["events"] = new JsonArray("log.entryAdded") });
            return ff;
        }
        catch
        {
            await ff.DisposeAsync();
            throw;
        }
    }

    /// <summary>A new top-level tab with the given viewport.</summary>
    public async Task<FirefoxPage> NewPageAsync(int width, int height)
    {
        var created = await Send("browsingContext.create", new JsonObject { ["type"] = "tab" });
        var page = new FirefoxPage(this, created["context"]!.GetValue<string>());
        await page.SetViewportAsync(width, height);
        return page;
    }

    /// <summary>Sends one command and waits for its result (a BiDi error becomes an exception with its message).</summary>
    internal async Task<JsonObject> Send(string method, JsonObject parameters, int timeoutMs = 60_000)
    {
        var tcs = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        int id;
        lock (_pending)
        {
            id = ++_nextId;
            _pending[id] = tcs;
        }
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await _send.WaitAsync();
        try { await _socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None); }
        finally { _send.Release(); }
        var done = await Task.WhenAny(tcs.Task, Task.Delay(timeoutMs));
        if (done != tcs.Task) throw new TimeoutException($"Firefox gave no answer to {method} within {timeoutMs} ms");
        var reply = tcs.Task.Result;
        if (reply["type"]?.GetValue<string>() == "error")
            throw new InvalidOperationException($"Firefox: {method}: {reply["error"]}: {reply["message"]}");
        return reply["result"]!.AsObject();
    }

    private async Task ReadLoop()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                var r = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (r.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, r.Count);
                if (!r.EndOfMessage) continue;
                var node = JsonNode.Parse(message.ToArray())!.AsObject();
                message.SetLength(0);
                if (node["id"] is { } idNode)
                {
                    TaskCompletionSource<JsonObject>? tcs;
                    lock (_pending) _pending.Remove(idNode.GetValue<int>(), out tcs);
                    tcs?.TrySetResult(node);
                }
                else if (node["method"]?.GetValue<string>() == "log.entryAdded" && node["params"] is JsonObject p
                         && p["level"]?.GetValue<string>() == "error")
                {
                    lock (_log) _log.Add($"firefox {p["type"]}: {p["text"]}");
                }
            }
        }
        catch (OperationCanceledException) { }
        catch (WebSocketException) { }
        lock (_pending)
        {
            foreach (var t in _pending.Values) t.TrySetException(new InvalidOperationException("the Firefox connection closed"));
            _pending.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                try { await Send("browser.close", new JsonObject(), 10_000); } catch (Exception) { /* closing anyway */ }
            }
        }
        finally
        {
            _stop.Cancel();
            if (_reader is not null) { try { await _reader; } catch (Exception) { } }
            _socket.Dispose();
            if (!_process.WaitForExit(10_000)) _process.Kill(entireProcessTree: true);
            _process.Dispose();
            try { Directory.Delete(_profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}

/// <summary>One Firefox tab: the operations <see cref="IEnginePage"/> needs, over BiDi.</summary>
public sealed class FirefoxPage(FirefoxBidi firefox, string context) : IEnginePage
{
    public string Engine => "firefox";

    public async Task GotoAsync(string url) =>
        await firefox.Send("browsingContext.navigate", new JsonObject { ["context"] = context, ["url"] = url, ["wait"] = "complete" });

    public async Task SetViewportAsync(int width, int height) =>
        await firefox.Send("browsingContext.setViewport", new JsonObject
        {
            ["context"] = context, ["viewport"] = new JsonObject { ["width"] = width, ["height"] = height },
        });

    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        // The value travels as a JSON string, so both engines hand back the same shape.
        var r = await firefox.Send("script.evaluate", new JsonObject
        {
            ["expression"] = $"(async () => JSON.stringify(await ({expression})))()",
            ["target"] = new JsonObject { ["context"] = context },
            ["awaitPromise"] = true,
        });
        if (r["type"]?.GetValue<string>() == "exception")
            throw new InvalidOperationException($"firefox: script failed: {r["exceptionDetails"]?["text"]}");
        var text = r["result"]?["value"]?.GetValue<string>() ?? "null";
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task ScreenshotAsync(string path, bool fullPage)
    {
        var r = await firefox.Send("browsingContext.captureScreenshot", new JsonObject
        {
            ["context"] = context, ["origin"] = fullPage ? "document" : "viewport",
        });
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(r["data"]!.GetValue<string>()));
    }

    public List<string> TakeProblems() => firefox.TakeProblems();

    public async ValueTask DisposeAsync()
    {
        try { await firefox.Send("browsingContext.close", new JsonObject { ["context"] = context }, 10_000); }
        catch (Exception) { /* the browser may be closing */ }
    }
}
