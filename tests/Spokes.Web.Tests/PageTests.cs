using System.Net;
using System.Text.RegularExpressions;

namespace Spokes.Web.Tests;

public sealed partial class PageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Page_is_served_with_a_slider_per_lever_and_the_pickers()
    {
        var r = await app.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("text/html", r.Content.Headers.ContentType?.MediaType);
        var html = await r.Content.ReadAsStringAsync();
        Assert.Contains("""<input type="range" id="lever-rhetoric" data-lever="rhetoric" min="0" max="1" """, html, StringComparison.Ordinal);
        Assert.Contains("""<input type="range" id="lever-forcePosture" data-lever="forcePosture" min="0" max="2" """, html, StringComparison.Ordinal);
        Assert.Contains("""<input type="range" id="lever-confrontation" data-lever="confrontation" min="-1" max="1" """, html, StringComparison.Ordinal);
        Assert.Equal(12 + 12 * Page.PeriodCount + 1, RangeInput().Count(html)); // the levers, their periods, public support
        Assert.Equal(12, LeverInput().Count(html));
        // each posture carries the lever values it sets, for the sliders to show
        Assert.Contains("&quot;rhetoric&quot;:0.8", html[html.IndexOf("value=\"threaten\"", StringComparison.Ordinal)..], StringComparison.Ordinal);
        // by year: a constant / by-year switch per lever and three period sliders, hidden until switched
        Assert.Contains("""<select id="mode-rhetoric" data-mode-lever="rhetoric" """, html, StringComparison.Ordinal);
        Assert.Contains("""<option value="by-year">by year</option>""", html, StringComparison.Ordinal);
        Assert.Contains("""<div class="periods" id="periods-rhetoric" hidden>""", html, StringComparison.Ordinal);
        Assert.Contains("""<input type="range" id="lever-forcePosture-2" data-period-lever="forcePosture" data-period="2" min="0" max="2" """, html, StringComparison.Ordinal);
        foreach (var lever in new[] { "rhetoric", "demands", "reassurance", "forcePosture", "threatAssessment", "rolesAndMissions", "industrialCooperation", "exercises", "confrontation", "withdrawal", "networking", "nonProliferationPressure" })
            Assert.Contains($"id=\"lever-{lever}\"", html, StringComparison.Ordinal);
        foreach (var posture in new[] { "status-quo", "threaten", "threaten-and-act", "reassure", "commit-and-cooperate", "withdraw" })
            Assert.Contains($"<option value=\"{posture}\"", html, StringComparison.Ordinal);
        foreach (var ally in new[] { "JPN", "KOR", "AUS", "PHL", "THA", "TWN" })
            Assert.Contains($"<option value=\"{ally}\">{ally}</option>", html, StringComparison.Ordinal);
        foreach (var chart in new[] { "chart-alignment", "chart-belief", "chart-spending", "chart-alliance" })
            Assert.Contains($"<svg id=\"{chart}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_loads_nothing_from_outside()
    {
        var r = await app.Client.GetAsync("/");
        var html = await r.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        // the only absolute URL is the SVG namespace, which is an identifier, not a fetch
        Assert.Equal(["http://www.w3.org/2000/svg"], AbsoluteUrl().Matches(html).Select(m => m.Value).Distinct().ToArray());
        Assert.Contains("default-src 'none'", r.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [GeneratedRegex("""<input type="range" """)]
    private static partial Regex RangeInput();

    [GeneratedRegex("""<input type="range" id="lever-[a-zA-Z]+" data-lever=""")]
    private static partial Regex LeverInput();

    [GeneratedRegex("""https?://[^\s"'<>)]+""")]
    private static partial Regex AbsoluteUrl();
}
