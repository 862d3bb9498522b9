using System.Net;

namespace Spokes.Web;

/// <summary>
/// Checks the addresses the dashboard is asked to listen on before Kestrel sees them. Kestrel binds a literal IP to
/// that interface, "localhost" to the loopback interfaces, and any other host name — a typo like "locahost" included
/// — to every interface (as "[::]" does, and "0.0.0.0" for IPv4). The dashboard has no authentication, so anything but
/// loopback is refused unless the user asks for it (<c>--public</c>), and then announced loudly.
/// </summary>
public static class ListenAddresses
{
    /// <summary>The URLs, checked: http only, a port, loopback unless <paramref name="allowPublic"/>.</summary>
    /// <returns>whether any of them is reachable from other machines.</returns>
    /// <exception cref="InputException">a malformed, https or (without <paramref name="allowPublic"/>) non-loopback address.</exception>
    public static bool Check(IEnumerable<string> urls, bool allowPublic)
    {
        bool anyPublic = false;
        foreach (var given in urls)
        {
            // Kestrel's wildcards "*" and "+" (every interface) are no host Uri accepts: checked as 0.0.0.0.
            var u = System.Text.RegularExpressions.Regex.Replace(given, @"^(\w+://)[*+](?=[:/]|$)", "${1}0.0.0.0");
            if (!Uri.TryCreate(u, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                throw new InputException("--urls", 0, 0, "urls", $"'{given}' is not an http:// address");
            if (uri.Scheme == "https")
                throw new InputException("--urls", 0, 0, "urls", $"'{given}': https needs a server certificate, which `spokes serve` does not configure; serve http on loopback (put a TLS proxy in front to reach it from elsewhere)");
            if (uri.AbsolutePath != "/" || uri.Query.Length > 0)
                throw new InputException("--urls", 0, 0, "urls", $"'{given}': give scheme, host and port only");
            if (IsLoopback(uri.Host)) continue;
            if (!allowPublic)
                throw new InputException("--urls", 0, 0, "urls",
                    $"'{given}' would make the dashboard reachable from other machines ({Reach(uri.Host)}); it has no authentication. Use 127.0.0.1 or localhost, or pass --public to expose it knowingly");
            anyPublic = true;
        }
        return anyPublic;
    }

    /// <summary>Whether a host name or IP literal means loopback only: "localhost" or a loopback address.</summary>
    public static bool IsLoopback(string host)
    {
        host = host.Trim('[', ']');
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip);
    }

    private static string Reach(string host)
    {
        var bare = host.Trim('[', ']');
        if (IPAddress.TryParse(bare, out var ip))
            return ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any) ? "it listens on every network interface" : $"{bare} is not a loopback address";
        return $"Kestrel binds the host name '{host}' to every network interface; only 'localhost' means loopback";
    }
}
