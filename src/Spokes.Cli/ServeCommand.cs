using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Spokes.Web;

namespace Spokes.Cli;

/// <summary>`spokes serve`: the dashboard (sliders, live charts) and its JSON API on loopback until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "address(es) to listen on, separated by ';' (default loopback only; port 0 picks a free port)",
            DefaultValueFactory = _ => SpokesWebOptions.DefaultUrl,
        };
        var isPublic = new Option<bool>("--public") { Description = "allow addresses other machines can reach (0.0.0.0, [::], a host name, a non-loopback IP); the dashboard has no authentication" };
        var cmd = new Command("serve", "Serve the dashboard: sliders for the U.S. levers, live charts, and the JSON API (/api/presets, /api/run, /api/compare). Runs until Ctrl+C.")
        {
            urls, isPublic,
        };
        cmd.SetAction(parse => SpokesCli.Guard(stderr, () =>
        {
            var list = (parse.GetValue(urls) ?? SpokesWebOptions.DefaultUrl)
                .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            bool allowPublic = parse.GetValue(isPublic);
            bool exposed = ListenAddresses.Check(list, allowPublic);
            using var app = SpokesWeb.Build(new SpokesWebOptions { Urls = list, Public = allowPublic });
            try { app.Start(); }
            catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or InvalidOperationException)
            {
                throw new InputException("--urls", 0, 0, "urls", $"cannot listen on {string.Join(";", list)}: {e.Message.Split('\n')[0]}");
            }
            if (exposed)
                stderr.WriteLine("WARNING: --public: the dashboard is reachable from other machines on the addresses below, and anyone who can reach it can use it (no authentication, no TLS).");
            // The addresses Kestrel reports, verbatim: "[::]" and "0.0.0.0" mean every interface.
            foreach (var u in SpokesWeb.BoundUrls(app))
                stdout.WriteLine($"spokes dashboard on {u}{(Uri.TryCreate(u, UriKind.Absolute, out var bound) && ListenAddresses.IsLoopback(bound.Host) ? "" : " (reachable from other machines)")} (Ctrl+C to stop)");
            stdout.Flush();
            app.WaitForShutdown();
            return SpokesCli.ExitOk;
        }));
        return cmd;
    }
}
