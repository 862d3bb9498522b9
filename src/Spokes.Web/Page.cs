using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using Spokes.Model.Policy;

namespace Spokes.Web;

/// <summary>The dashboard page: an embedded HTML template with the sliders, pickers and limits filled in from the model.</summary>
internal static class Page
{
    /// <summary>By-year mode splits the simulated years (start + 1 .. end) into this many periods, one slider each.</summary>
    public const int PeriodCount = 3;

    public static string Template()
    {
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream("Spokes.Web.index.html")
            ?? throw new InvalidOperationException("embedded resource Spokes.Web.index.html is missing");
        using var r = new StreamReader(s, Encoding.UTF8);
        return r.ReadToEnd();
    }

    /// <summary>
    /// The lever values a posture sets once its ramps are done (five years after the start), as JSON for the page: the
    /// sliders show them, so "threaten" shows rhetoric and demands at 0.8 rather than 0.
    /// </summary>
    internal static string PostureLevers(Preset preset)
    {
        int start = SpokesApi.StartYear, year = start + 5;
        var schedule = new LeverSchedule(start, year, 1);
        preset.Apply(schedule);
        return "{" + string.Join(",", Enum.GetValues<Lever>().Select(l => $"\"{LeverInfo.Key(l)}\":{N(schedule.Get(year, 0, l))}")) + "}";
    }

    public static string Render()
    {
        var levers = new StringBuilder();
        foreach (var l in Enum.GetValues<Lever>())
        {
            var key = LeverInfo.Key(l);
            var (min, max) = LeverInfo.Range(l);
            double step = (max - min) / 100;
            string common = $"""min="{N(min)}" max="{N(max)}" step="{N(step)}" value="{N(LeverInfo.Neutral(l))}" data-neutral="{N(LeverInfo.Neutral(l))}" """;
            levers.Append(CultureInfo.InvariantCulture,
                $"""
                      <div class="lever">
                        <label for="lever-{key}" title="{H(SpokesApi.LeverDescription(l))}">{H(Words(key))}</label>
                        <input type="range" id="lever-{key}" data-lever="{key}" {common}>
                        <output id="out-{key}" for="lever-{key}">preset</output>
                        <select id="mode-{key}" data-mode-lever="{key}" aria-label="{key}: constant or by year"><option value="constant">constant</option><option value="by-year">by year</option></select>
                      </div>
                      <p class="lever-help" id="help-{key}">{H(SpokesApi.LeverDescription(l))}</p>
                      <div class="periods" id="periods-{key}" hidden>

                """);
            for (int i = 0; i < PeriodCount; i++)
                levers.Append(CultureInfo.InvariantCulture,
                    $"""
                            <div class="period" id="period-{key}-{i}">
                              <label for="lever-{key}-{i}" id="years-{key}-{i}">period {i + 1}</label>
                              <input type="range" id="lever-{key}-{i}" data-period-lever="{key}" data-period="{i}" {common}>
                              <output id="out-{key}-{i}" for="lever-{key}-{i}">preset</output>
                            </div>

                    """);
            levers.Append("      </div>\n");
        }
        var postures = new StringBuilder();
        foreach (var p in Presets.All)
            postures.Append(CultureInfo.InvariantCulture, $"""<option value="{H(p.Name)}" title="{H(p.Description)}" data-levers="{H(PostureLevers(p))}">{H(p.Name)}</option>""");
        var allies = new StringBuilder("""<option value="">all allies</option>""");
        foreach (var a in SpokesApi.Allies)
            allies.Append(CultureInfo.InvariantCulture, $"""<option value="{H(a)}">{H(a)}</option>""");
        return Template()
            .Replace("{{LEVERS}}", levers.ToString(), StringComparison.Ordinal)
            .Replace("{{POSTURES}}", postures.ToString(), StringComparison.Ordinal)
            .Replace("{{ALLIES}}", allies.ToString(), StringComparison.Ordinal)
            .Replace("{{PALETTE}}", PaletteJson(), StringComparison.Ordinal)
            .Replace("{{START}}", N(SpokesApi.StartYear + 1), StringComparison.Ordinal)
            .Replace("{{DEFAULTEND}}", N(Scenarios.ScenarioDefinition.Default.EndYear), StringComparison.Ordinal)
            .Replace("{{MAXEND}}", N(SpokesApi.MaxEndYear), StringComparison.Ordinal)
            .Replace("{{SUPPORT}}", Scenarios.Baselines.Year2016.Hub.PublicSupport.ToString("0.00", CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static string H(string s) => WebUtility.HtmlEncode(s);

    /// <summary>A lever's key in words for its label ("forcePosture" → "force posture"); the key stays the id.</summary>
    internal static string Words(string key) =>
        string.Concat(key.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>The colours of Spokes.Scenarios.Palette as JSON for the page (the reports use the same file).</summary>
    internal static string PaletteJson() => System.Text.Json.JsonSerializer.Serialize(new
    {
        allies = Scenarios.Palette.Allies, indices = Scenarios.Palette.Indices, postures = Scenarios.Palette.Postures, extra = Scenarios.Palette.Extra,
    });

    private static string N(double x) => x.ToString("0.####", CultureInfo.InvariantCulture);
}
