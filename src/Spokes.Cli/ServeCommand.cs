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
        var cmd = new Command("serve", "Serve the dashboard: sliders for the U.S. levers, live charts, and the JSON API (/api/presets, /api/run, /api/compare). Runs until Ctrl+C.")
        {
            urls,
        };
        cmd.SetAction(parse => SpokesCli.Guard(stderr, () =>
        {
            var list = (parse.GetValue(urls) ?? SpokesWebOptions.DefaultUrl)
                .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var u in list)
                if (!Uri.TryCreate(u, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
                    throw new InputException("--urls", 0, 0, "urls", $"'{u}' is not an http:// address");
            using var app = SpokesWeb.Build(list);
            app.Start();
            foreach (var u in SpokesWeb.BoundUrls(app)) stdout.WriteLine($"spokes dashboard on {u} (Ctrl+C to stop)");
            stdout.Flush();
            app.WaitForShutdown();
            return SpokesCli.ExitOk;
        }));
        return cmd;
    }
}
