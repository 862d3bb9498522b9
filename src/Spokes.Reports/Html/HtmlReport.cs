using System.Globalization;
using System.Text;
using System.Xml;

namespace Spokes.Reports.Html;

/// <summary>
/// Writes a <see cref="Report"/> as one self-contained page: XHTML 5 (well-formed XML, so it parses with any XML
/// parser as well as in a browser), inline CSS with a print stylesheet, charts as inline SVG, no scripts and no
/// external assets. Every text is escaped by the XML writer; the only markup inserted raw is the charts' SVG, which is
/// itself well-formed XML. The same report always gives the same bytes.
/// </summary>
public static class HtmlReport
{
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    /// <summary>Ids of the page's sections and tables (stable, for links and tests).</summary>
    public const string HeadlineId = "headline", FactsId = "what-was-run", FindingsId = "key-findings", ChartsId = "charts", SourcesId = "data-sources";

    // Kept free of '<', '>' and '&' so it reads the same to an XML and an HTML parser.
    private const string Css = """
        :root { color-scheme: light; }
        body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #222; background: #fff;
               max-width: 62rem; margin: 0 auto; padding: 1.5rem; line-height: 1.45; font-size: 15px; }
        h1 { font-size: 1.6rem; margin: 0 0 0.3rem; }
        h2 { font-size: 1.25rem; margin: 2rem 0 0.6rem; border-bottom: 1px solid #ccc; padding-bottom: 0.2rem; }
        h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; }
        p.summary { color: #444; margin-top: 0; }
        table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
        th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
        thead th { background: #f2f2f2; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.best { background: #e3f2e8; font-weight: bold; }
        td.best::after { content: " \2713 best"; font-size: 0.75em; color: #1e6b3a; }
        td.worst { background: #fbe7e4; }
        td.worst::after { content: " \2717 worst"; font-size: 0.75em; color: #9c2a1a; }
        div.scroll { overflow-x: auto; max-width: 100%; }
        section#headline { border: 1px solid #cfd8e3; background: #f7f9fc; padding: 0.2rem 1rem 0.6rem; border-radius: 6px; }
        p.question { font-size: 1.1rem; font-weight: bold; margin: 0.7rem 0 0.4rem; }
        ul.verdicts { margin: 0.2rem 0 0.6rem; padding-left: 1.2rem; }
        ul.verdicts li { margin: 0.15rem 0; }
        p.caveat { font-size: 0.85rem; color: #5a4a00; background: #fff8db; border-left: 3px solid #d9b600; padding: 0.3rem 0.6rem; }
        details { margin: 1.2rem 0; }
        details > summary { cursor: pointer; font-size: 1.25rem; font-weight: bold; border-bottom: 1px solid #ccc; padding-bottom: 0.2rem; }
        table.facts th { background: #f7f7f7; white-space: nowrap; }
        table.sources { font-size: 0.78rem; }
        table.sources td.source { max-width: 34rem; overflow-wrap: anywhere; }
        figure { margin: 1.2rem 0 1.8rem; }
        figure svg { display: block; width: 100%; max-width: 800px; height: auto; }
        figcaption { font-size: 0.88rem; color: #444; margin-top: 0.3rem; max-width: 800px; }
        footer { margin-top: 2rem; font-size: 0.8rem; color: #666; border-top: 1px solid #ccc; padding-top: 0.5rem; }
        @page { size: A4; margin: 15mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          h2 { break-after: avoid; page-break-after: avoid; }
          figure, table.facts, table.findings { break-inside: avoid; page-break-inside: avoid; }
          figure svg { max-width: 100%; }
          details > *:not(summary) { display: block; }
          table.sources { font-size: 7pt; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; page-break-inside: avoid; }
        }
        """;

    /// <summary>The page as a string (the bytes <see cref="Write"/> writes, as UTF-16 text).</summary>
    public static string Render(Report report)
    {
        var sw = new StringWriter { NewLine = "\n" };
        Write(report, sw);
        return sw.ToString();
    }

    /// <summary>Writes the page to <paramref name="output"/>.</summary>
    public static void Write(Report report, TextWriter output)
    {
        var settings = new XmlWriterSettings
        {
            OmitXmlDeclaration = true, Indent = true, IndentChars = " ", NewLineChars = "\n", Encoding = new UTF8Encoding(false),
            CheckCharacters = true,
        };
        // The HTML 5 doctype, written as is (XmlWriter would add a space before '>').
        output.Write("<!DOCTYPE html>\n");
        using (var w = XmlWriter.Create(output, settings))
        {
            Start(w, "html");
            w.WriteAttributeString("lang", "en");

            Start(w, "head");
            Void(w, "meta", ("charset", "utf-8"));
            Void(w, "meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
            Void(w, "meta", ("name", "generator"), ("content", $"Spokes {report.Version}"));
            Element(w, "title", report.Title);
            Start(w, "style");
            w.WriteRaw("\n" + Css);
            End(w);
            End(w);

            Start(w, "body");
            Start(w, "header");
            Element(w, "h1", report.Title);
            Element(w, "p", report.Summary, ("class", "summary"));
            End(w);

            if (report.Headline is { } h) Headline(w, h);
            Findings(w, report);
            Charts(w, report);
            Facts(w, report);
            if (report.Sources is not null) Sources(w, report.Sources);

            Start(w, "footer");
            Element(w, "p", $"Made by Spokes {report.Version} (`spokes report`). The model and its sources: docs/model.md; the data: data/README.md.");
            End(w);
            End(w); // body
            End(w); // html
        }
        output.Write('\n');
    }

    private static void Headline(XmlWriter w, Headline h)
    {
        Start(w, "section", ("id", HeadlineId));
        Element(w, "p", h.Question, ("class", "question"));
        Start(w, "ul", ("class", "verdicts"));
        foreach (var v in h.Verdicts) Element(w, "li", v);
        End(w);
        if (h.Chart is { } c) Figure(w, c);
        if (h.Changes is { } t) Table(w, t);
        foreach (var caveat in h.Caveats) Element(w, "p", caveat, ("class", "caveat"));
        End(w);
    }

    private static void Facts(XmlWriter w, Report report)
    {
        // Below the findings and collapsed: what was run matters for reproducing, not for the argument.
        Start(w, "details", ("id", FactsId + "-details"));
        Element(w, "summary", "What was run");
        Start(w, "section", ("id", FactsId));
        Start(w, "table", ("class", "facts"));
        Start(w, "tbody");
        foreach (var f in report.Facts)
        {
            Start(w, "tr");
            Element(w, "th", f.Label, ("scope", "row"));
            Element(w, "td", f.Value);
            End(w);
        }
        End(w);
        End(w);
        End(w);
        End(w);
    }

    private static void Findings(XmlWriter w, Report report)
    {
        Start(w, "section", ("id", FindingsId + "-section"));
        Element(w, "h2", "Key findings");
        Element(w, "p", report.FindingsNote);
        if (report.Findings is { } k) KeyFindingsTable(w, k);
        foreach (var t in report.Tables) Table(w, t);
        End(w);
    }

    private static void KeyFindingsTable(XmlWriter w, KeyFindings k)
    {
        bool oneRun = k.Columns.Select(c => c.Run).Distinct().Count() == 1;
        Start(w, "div", ("class", "scroll"));
        Start(w, "table", ("id", FindingsId), ("class", "findings"));
        Start(w, "thead");
        Start(w, "tr");
        Element(w, "th", "indicator", ("scope", "col"));
        Element(w, "th", "unit", ("scope", "col"));
        Element(w, "th", "better", ("scope", "col"));
        foreach (var c in k.Columns)
            Element(w, "th", oneRun ? c.Year.ToString(CultureInfo.InvariantCulture) : c.Run,
                ("scope", "col"), ("data-run", c.Run), ("data-year", c.Year.ToString(CultureInfo.InvariantCulture)));
        End(w);
        End(w);
        Start(w, "tbody");
        foreach (var row in k.Rows)
        {
            Start(w, "tr", ("data-variable", row.Indicator.Key));
            Element(w, "th", row.Indicator.Label, ("scope", "row"));
            Element(w, "td", row.Indicator.Unit);
            Element(w, "td", row.Indicator.Better < 0 ? "\u2190 lower" : row.Indicator.Better > 0 ? "higher \u2192" : "");
            // Best and worst only across runs (postures), not between a run's start and end years.
            int best = oneRun ? -1 : row.Indicator.Best(row.Values), worst = oneRun ? -1 : row.Indicator.Worst(row.Values);
            for (int i = 0; i < k.Columns.Count; i++)
                Element(w, "td", row.Indicator.Format(row.Values[i]), ("class", i == best ? "num best" : i == worst ? "num worst" : "num"), ("data-run", k.Columns[i].Run),
                    ("data-year", k.Columns[i].Year.ToString(CultureInfo.InvariantCulture)));
            End(w);
        }
        End(w);
        End(w);
        End(w);
    }

    private static void Table(XmlWriter w, ReportTable t)
    {
        if (t.Heading.Length > 0) Element(w, "h3", t.Heading);
        if (t.Note.Length > 0) Element(w, "p", t.Note);
        Start(w, "div", ("class", "scroll"));
        Start(w, "table", ("id", t.Id), ("class", "findings"));
        Header(w, [.. t.Header]);
        Start(w, "tbody");
        for (int r = 0; r < t.Rows.Count; r++)
        {
            var row = t.Rows[r];
            Start(w, "tr");
            for (int i = 0; i < row.Count; i++)
            {
                string cls = string.Join(" ", new[] { t.Numeric?[i] == true ? "num" : null, t.Classes?[r][i] }.Where(c => !string.IsNullOrEmpty(c)));
                if (cls.Length > 0) Element(w, "td", row[i], ("class", cls));
                else Element(w, "td", row[i]);
            }
            End(w);
        }
        End(w);
        End(w);
        End(w);
    }

    private static void Charts(XmlWriter w, Report report)
    {
        Start(w, "section", ("id", ChartsId));
        Element(w, "h2", "Charts");
        foreach (var note in report.ChartNotes) Element(w, "p", note, ("class", "chart-note"));
        foreach (var chart in report.Charts) Figure(w, chart);
        foreach (var t in report.ChartTables) Table(w, t);
        End(w);
    }

    private static void Figure(XmlWriter w, Charts.Chart chart)
    {
        Start(w, "figure", ("id", "chart-" + chart.Id));
        w.WriteRaw("\n");
        w.WriteRaw(chart.RenderSvg());
        Start(w, "figcaption");
        Element(w, "strong", chart.Title + ".");
        w.WriteString(" " + chart.Caption);
        End(w);
        End(w);
    }

    private static void Sources(XmlWriter w, DataSources s)
    {
        string year = s.Year.ToString(CultureInfo.InvariantCulture);
        Start(w, "details", ("id", SourcesId + "-details"));
        Element(w, "summary", "Appendix: data sources");
        Start(w, "section", ("id", SourcesId));
        Element(w, "p", $"Every figure of baseline.csv ({s.Location}) for {year}, the year the baseline was built from: {s.Figures.Count} rows.");
        Start(w, "table", ("class", "sources"), ("id", "baseline-figures"));
        Header(w, "actor", "indicator", "value", "unit", "source");
        Start(w, "tbody");
        foreach (var f in s.Figures)
        {
            Start(w, "tr");
            Element(w, "td", f.Actor);
            Element(w, "td", f.Indicator);
            Element(w, "td", f.Value.ToString("R", CultureInfo.InvariantCulture), ("class", "num"));
            Element(w, "td", f.Unit);
            Element(w, "td", f.Source, ("class", "source"));
            End(w);
        }
        End(w);
        End(w);

        if (s.Ties.Count > 0)
        {
            Element(w, "h3", $"Spoke-to-spoke ties (ties.csv, {year})");
            Start(w, "table", ("class", "sources"), ("id", "baseline-ties"));
            Header(w, "ally", "ally", "weight", "source");
            Start(w, "tbody");
            foreach (var t in s.Ties)
            {
                Start(w, "tr");
                Element(w, "td", t.A);
                Element(w, "td", t.B);
                Element(w, "td", t.Weight.ToString("R", CultureInfo.InvariantCulture), ("class", "num"));
                Element(w, "td", t.Source, ("class", "source"));
                End(w);
            }
            End(w);
            End(w);
        }

        if (s.Observed.Count > 0)
        {
            Element(w, "h3", "Observed history drawn in the charts (data/series.csv)");
            Start(w, "table", ("class", "sources"), ("id", "observed-series"));
            Header(w, "actor", "indicator", "years", "figures", "source");
            Start(w, "tbody");
            foreach (var o in s.Observed)
            {
                Start(w, "tr");
                Element(w, "td", o.Actor);
                Element(w, "td", o.Indicator);
                Element(w, "td", o.FirstYear == o.LastYear ? $"{o.FirstYear}" : $"{o.FirstYear}–{o.LastYear}");
                Element(w, "td", o.Count.ToString(CultureInfo.InvariantCulture), ("class", "num"));
                Element(w, "td", o.Source, ("class", "source"));
                End(w);
            }
            End(w);
            End(w);
        }
        End(w);
        End(w);
    }

    private static void Header(XmlWriter w, params string[] names)
    {
        Start(w, "thead");
        Start(w, "tr");
        foreach (var n in names) Element(w, "th", n, ("scope", "col"));
        End(w);
        End(w);
    }

    private static void Start(XmlWriter w, string name, params (string Name, string Value)[] attributes)
    {
        w.WriteStartElement(name, XhtmlNamespace);
        foreach (var (n, v) in attributes) w.WriteAttributeString(n, v);
    }

    // Non-void elements always get an explicit end tag: "<td />" would not close in an HTML parser.
    private static void End(XmlWriter w) => w.WriteFullEndElement();

    private static void Void(XmlWriter w, string name, params (string Name, string Value)[] attributes)
    {
        Start(w, name, attributes);
        w.WriteEndElement();
    }

    private static void Element(XmlWriter w, string name, string text, params (string Name, string Value)[] attributes)
    {
        Start(w, name, attributes);
        w.WriteString(text);
        End(w);
    }
}
