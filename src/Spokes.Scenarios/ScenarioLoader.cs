using System.Globalization;
using Spokes.Model.Parameters;
using Spokes.Formal.Io;
using Spokes.Model.Policy;
using YamlDotNet.RepresentationModel;

using static Spokes.Scenarios.YamlFields;

namespace Spokes.Scenarios;

/// <summary>
/// Reads a scenario YAML file. Every key is checked: an unknown key, a value of the wrong type or out of its range
/// is an <see cref="InputException"/> naming the file, line, column and field. Nothing is silently ignored.
/// </summary>
/// <example><code>
/// name: threaten-2017
/// baseline: 2016          # start year: 2016 or 2024 built in, or any year your own data has
/// end: 2030
/// posture: threaten       # a preset; levers below override it
/// seed: 42
/// growth: true            # false freezes GDPs (constant exogenous drivers)
/// publicSupport: {2016: 0.89, 2020: 0.6}
/// parameterFile: calibrated-parameters.yaml   # optional; `parameters:` below override it
/// parameters: {beliefStickiness: 0.4, bandwagonWeight: {JPN: 1.0}}   # a mapping: that ally's own value
/// actors: {JPN: {belief: 0.8, alignment: 0.7}}                          # starting figures
/// levers:
///   - {lever: forcePosture, value: 0.5, from: 2019, to: 2021, ally: KOR}
/// </code></example>
public static class ScenarioLoader
{
    public static readonly string[] Keys = ["name", "description", "baseline", "data", "end", "posture", "seed", "growth", "publicSupport", "parameterFile", "parameters", "actors", "levers", "negotiation", "drivers", "politics", "events", "sources", "expected", "experiments"];
    public static readonly string[] ExpectedKeys = ["ally", "indicator", "direction", "from", "by", "source"];

    /// <summary>The indicators an episode may expect a direction for (trajectory variable keys).</summary>
    public static readonly string[] EpisodeIndicators = ["spending_share", "spending", "alignment", "belief", "duplication", "nuclear_stage", "proliferation_risk", "probing", "host_support", "independence", "entrapment"];
    public static readonly string[] EventKeys = ["year", "ally", "intensity", "event"];
    public static readonly string[] LeverKeys = ["lever", "value", "from", "to", "ally"];

    /// <summary>Largest scenario or parameter file accepted, bytes.</summary>
    public const int MaxFileBytes = 1 << 20;

    /// <summary>Deepest nesting of mappings and lists accepted (a scenario needs four).</summary>
    public const int MaxDepth = YamlText.MaxDepth;

    public static ScenarioDefinition Load(string path) => Parse(ReadText(path, "scenario"), path);

    /// <summary>Reads a text input file: it must exist, be at most <see cref="MaxFileBytes"/> long and valid UTF-8
    /// (read through <see cref="BoundedFile"/>, so devices, pipes and FIFOs cannot bypass the limit or hang).</summary>
    public static string ReadText(string path, string what) => BoundedFile.ReadText(path, what, MaxFileBytes);

    public static ScenarioDefinition Parse(string text, string file)
    {
        var root = ParseRoot(text, file);
        var d = new ScenarioDefinition
        {
            SourceFile = file,
            Name = Path.GetFileNameWithoutExtension(file),
        };
        YamlNode? endNode = null, supportNode = null;
        IReadOnlyDictionary<ParameterId, double> fromFile = new Dictionary<ParameterId, double>();
        foreach (var (keyNode, value) in root.Children)
        {
            var key = Key(keyNode, file, "");
            switch (key)
            {
                case "name": d = d with { Name = Text(value, file, key) }; break;
                case "description": d = d with { Description = Text(value, file, key) }; break;
                case "baseline": d = d with { BaselineYear = Year(value, file, key) }; break;
                case "data":
                    var dir = Text(value, file, key);
                    d = d with { DataDirectory = Path.IsPathRooted(dir) ? dir : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".", dir) };
                    break;
                case "end": d = d with { EndYear = Year(value, file, key) }; endNode = value; break;
                case "posture":
                    var posture = Text(value, file, key);
                    if (Presets.Find(posture) is null)
                        throw Error(value, file, key, $"unknown posture '{posture}' (known: {string.Join(", ", Presets.All.Select(p => p.Name))})");
                    d = d with { Posture = posture };
                    break;
                case "seed": d = d with { Seed = Integer(value, file, key, 0, int.MaxValue) }; break;
                case "growth": d = d with { Growth = Boolean(value, file, key) }; break;
                case "negotiation":
                    var how = Text(value, file, key);
                    d = d with { Negotiation = how is "formula" or "bargaining" ? how : throw Error(value, file, key, $"'{how}' must be formula or bargaining") };
                    break;
                case "publicSupport": d = d with { PublicSupport = PublicSupport(value, file, d.BaselineYear) }; supportNode = value; break;
                case "parameters":
                    var perSpoke = new List<SpokeParameterOverride>();
                    d = d with { Parameters = Parameters(value, file, perSpoke), SpokeParameters = perSpoke };
                    break;
                case "actors": d = d with { Starts = Starts(value, file) }; break;
                case "parameterFile":
                    var pf = Text(value, file, key);
                    pf = Path.IsPathRooted(pf) ? pf : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".", pf);
                    if (!File.Exists(pf)) throw Error(value, file, key, $"parameter file '{pf}' not found");
                    fromFile = LoadParameterFile(pf);
                    break;
                case "levers": d = d with { Levers = Levers(value, file) }; break;
                case "drivers":
                    var drivers = Text(value, file, key);
                    d = d with { ObservedDrivers = drivers is "observed" or "modelled" ? drivers == "observed" : throw Error(value, file, key, $"'{drivers}' must be observed or modelled") };
                    break;
                case "politics": d = d with { Politics = Politics(value, file) }; break;
                case "events": d = d with { Events = Events(value, file) }; break;
                case "sources":
                    if (value is not YamlSequenceNode list) throw Error(value, file, key, "must be a list of texts");
                    d = d with { Sources = list.Children.Select(c => Text(c, file, key)).ToList() };
                    break;
                case "expected": d = d with { Expected = Expected(value, file) }; break;
                case "experiments":
                    // Read by `spokes explore` and friends (Spokes.Explore), which check it; other commands ignore it.
                    d = d with { Experiments = Mapping(value, file, key) };
                    break;
                default:
                    throw Error(keyNode, file, key, $"unknown key (known: {string.Join(", ", Keys)})");
            }
        }
        if (fromFile.Count > 0)
        {
            var merged = new Dictionary<ParameterId, double>(fromFile);
            foreach (var (id, v) in d.Parameters) merged[id] = v;
            d = d with { Parameters = merged };
        }
        if (d.EndYear <= d.BaselineYear)
            throw Error(endNode ?? root, file, "end", $"the end year {d.EndYear} must come after the baseline year {d.BaselineYear}");
        if (d.EndYear - d.BaselineYear > 200)
            throw Error(endNode ?? root, file, "end", "a run may cover at most 200 years");
        if (supportNode is not null) d = d with { PublicSupport = CheckSupportYears(supportNode, file, d) };
        return d;
    }

    private static YamlMappingNode ParseRoot(string text, string file)
    {
        if (text.Length > MaxFileBytes) throw new InputException(file, 0, 0, "", $"the text is {text.Length} characters; the limit is {MaxFileBytes}");
        return YamlText.LoadMapping(text, file, "the file must be a YAML mapping of keys (name, baseline, end, posture, …)");
    }

    /// <summary>Reads a parameter file: a mapping with the single key `parameters`.</summary>
    public static IReadOnlyDictionary<ParameterId, double> LoadParameterFile(string path)
    {
        var root = ParseRoot(ReadText(path, "parameter"), path);
        var result = new Dictionary<ParameterId, double>();
        foreach (var (k, v) in root.Children)
        {
            var key = Key(k, path, "");
            if (key != "parameters") throw Error(k, path, key, "unknown key (a parameter file holds only 'parameters')");
            foreach (var (id, value) in Parameters(v, path)) result[id] = value;
        }
        return result;
    }

    private static Dictionary<int, double> PublicSupport(YamlNode node, string file, int baselineYear)
    {
        if (node is YamlScalarNode)
            return new Dictionary<int, double> { [baselineYear] = Number(node, file, "publicSupport", 0, 1) };
        var result = new Dictionary<int, double>();
        foreach (var (k, v) in Mapping(node, file, "publicSupport").Children)
            result[Year(k, file, "publicSupport")] = Number(v, file, "publicSupport", 0, 1);
        return result;
    }

    /// <summary>A single figure applies from the baseline year (whichever order the keys came in); a year outside the
    /// run would be ignored silently, so it is an error.</summary>
    private static IReadOnlyDictionary<int, double> CheckSupportYears(YamlNode node, string file, ScenarioDefinition d)
    {
        if (node is YamlScalarNode) return new Dictionary<int, double> { [d.BaselineYear] = d.PublicSupport.Values.Single() };
        foreach (var (k, _) in ((YamlMappingNode)node).Children)
            if (Year(k, file, "publicSupport") is var y && (y < d.BaselineYear || y > d.EndYear))
                throw Error(k, file, "publicSupport", $"{y} is outside the run {d.BaselineYear}–{d.EndYear}");
        return d.PublicSupport;
    }

    /// <summary>Global values; with <paramref name="perSpoke"/>, a value may also be a mapping ally → value (only for
    /// the parameters read per spoke). A parameter file holds global values only.</summary>
    private static Dictionary<ParameterId, double> Parameters(YamlNode node, string file, List<SpokeParameterOverride>? perSpoke = null)
    {
        var result = new Dictionary<ParameterId, double>();
        foreach (var (k, v) in Mapping(node, file, "parameters").Children)
        {
            var key = Key(k, file, "parameters");
            var info = ParameterCatalog.Find(key)
                ?? throw Error(k, file, "parameters." + key, "unknown parameter (see `spokes presets` or docs/model.md for the list)");
            if (v is YamlMappingNode byAlly && perSpoke is not null)
            {
                if (!ParameterSet.PerSpoke.Contains(info.Id))
                    throw Error(v, file, "parameters." + key, $"is read once for all allies; give one number (per-ally values apply to {string.Join(", ", ParameterSet.PerSpoke.Select(p => ParameterCatalog.Get(p).Key))})");
                foreach (var (ak, av) in byAlly.Children)
                {
                    var ally = Key(ak, file, "parameters." + key);
                    perSpoke.Add(new SpokeParameterOverride(info.Id, ally, Number(av, file, $"parameters.{key}.{ally}", info.Min, info.Max), (int)ak.Start.Line, (int)ak.Start.Column));
                }
                continue;
            }
            result[info.Id] = Number(v, file, "parameters." + key, info.Min, info.Max);
        }
        return result;
    }

    private static List<StartOverride> Starts(YamlNode node, string file)
    {
        var result = new List<StartOverride>();
        foreach (var (k, v) in Mapping(node, file, "actors").Children)
        {
            var actor = Key(k, file, "actors");
            foreach (var (ik, iv) in Mapping(v, file, "actors." + actor).Children)
            {
                var indicator = Key(ik, file, "actors." + actor);
                // The domain is checked against the baseline (ScenarioPlan); here only that it is a finite number.
                result.Add(new StartOverride(actor, indicator, Number(iv, file, $"actors.{actor}.{indicator}", double.MinValue, double.MaxValue), (int)ik.Start.Line, (int)ik.Start.Column));
            }
        }
        return result;
    }

    private static Dictionary<string, IReadOnlyDictionary<int, double>> Politics(YamlNode node, string file)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<int, double>>();
        foreach (var (k, v) in Mapping(node, file, "politics").Children)
        {
            var ally = Key(k, file, "politics");
            var years = new Dictionary<int, double>();
            foreach (var (yk, yv) in Mapping(v, file, "politics." + ally).Children)
                years[Year(yk, file, "politics." + ally)] = Number(yv, file, "politics." + ally, -1, 1);
            result[ally] = years;
        }
        return result;
    }

    private static List<EventOverride> Events(YamlNode node, string file)
    {
        if (node is not YamlSequenceNode seq) throw Error(node, file, "events", "must be a list of {year, ally, intensity, event}");
        var result = new List<EventOverride>();
        foreach (var item in seq.Children)
        {
            int? year = null; string ally = "ALL", what = ""; double? intensity = null;
            foreach (var (k, v) in Mapping(item, file, "events").Children)
            {
                var key = Key(k, file, "events");
                switch (key)
                {
                    case "year": year = Year(v, file, "events.year"); break;
                    case "ally": ally = Text(v, file, "events.ally"); break;
                    case "intensity": intensity = Number(v, file, "events.intensity", 0, 1); break;
                    case "event": what = Text(v, file, "events.event"); break;
                    default: throw Error(k, file, "events." + key, $"unknown key (known: {string.Join(", ", EventKeys)})");
                }
            }
            if (year is null) throw Error(item, file, "events.year", "missing");
            if (intensity is null) throw Error(item, file, "events.intensity", "missing");
            result.Add(new EventOverride(year.Value, ally, intensity.Value, what, (int)item.Start.Line));
        }
        return result;
    }

    private static List<ExpectedDirection> Expected(YamlNode node, string file)
    {
        if (node is not YamlSequenceNode seq) throw Error(node, file, "expected", "must be a list of {ally, indicator, direction, from, by, source}");
        var result = new List<ExpectedDirection>();
        foreach (var item in seq.Children)
        {
            string? ally = null, indicator = null, direction = null, source = "";
            int? from = null, by = null;
            foreach (var (k, v) in Mapping(item, file, "expected").Children)
            {
                var key = Key(k, file, "expected");
                switch (key)
                {
                    case "ally": ally = Text(v, file, "expected.ally"); break;
                    case "indicator":
                        indicator = Text(v, file, "expected.indicator");
                        if (!EpisodeIndicators.Contains(indicator))
                            throw Error(v, file, "expected.indicator", $"unknown indicator '{indicator}' (known: {string.Join(", ", EpisodeIndicators)})");
                        break;
                    case "direction":
                        direction = Text(v, file, "expected.direction");
                        if (direction is not ("up" or "down")) throw Error(v, file, "expected.direction", $"'{direction}' must be up or down");
                        break;
                    case "from": from = Year(v, file, "expected.from"); break;
                    case "by": by = Year(v, file, "expected.by"); break;
                    case "source": source = Text(v, file, "expected.source"); break;
                    default: throw Error(k, file, "expected." + key, $"unknown key (known: {string.Join(", ", ExpectedKeys)})");
                }
            }
            if (ally is null) throw Error(item, file, "expected.ally", "missing");
            if (indicator is null) throw Error(item, file, "expected.indicator", "missing");
            if (direction is null) throw Error(item, file, "expected.direction", "missing");
            if (by is null) throw Error(item, file, "expected.by", "missing");
            if (from is { } f && f >= by) throw Error(item, file, "expected.from", $"{f} must come before 'by' ({by})");
            result.Add(new ExpectedDirection(ally, indicator, direction, from, by.Value, source, (int)item.Start.Line));
        }
        return result;
    }

    /// <summary>Reads a list of lever overrides ({lever, value, from, to, ally}).</summary>
    public static List<LeverOverride> Levers(YamlNode node, string file)
    {
        if (node is not YamlSequenceNode seq) throw Error(node, file, "levers", "must be a list of {lever, value, from, to, ally}");
        var result = new List<LeverOverride>();
        foreach (var item in seq.Children)
        {
            var map = Mapping(item, file, "levers");
            IReadOnlyList<Lever>? levers = null; double? value = null; int? from = null, to = null; string? ally = null;
            YamlNode? valueNode = null;
            foreach (var (k, v) in map.Children)
            {
                var key = Key(k, file, "levers");
                switch (key)
                {
                    case "lever":
                        var name = Text(v, file, "levers.lever");
                        levers = LeverInfo.LeversOfKey(name) is { Count: > 0 } found ? found
                            : throw Error(v, file, "levers.lever", $"unknown lever '{name}' (known: {string.Join(", ", LeverInfo.AllKeys)})");
                        break;
                    case "value": valueNode = v; break;
                    case "from": from = Year(v, file, "levers.from"); break;
                    case "to": to = Year(v, file, "levers.to"); break;
                    case "ally": ally = Text(v, file, "levers.ally"); break;
                    default: throw Error(k, file, "levers." + key, $"unknown key (known: {string.Join(", ", LeverKeys)})");
                }
            }
            if (levers is null) throw Error(item, file, "levers.lever", "missing");
            if (valueNode is null) throw Error(item, file, "levers.value", "missing");
            if (from is null) throw Error(item, file, "levers.from", "missing");
            var (min, max) = LeverInfo.Range(levers[0]);
            value = Number(valueNode, file, "levers.value", min, max);
            // `cooperation` is a composite key: it sets the four activities of the essay's remedy to one value.
            foreach (var lever in levers) result.Add(new LeverOverride(lever, value.Value, from.Value, to, ally, (int)item.Start.Line));
        }
        return result;
    }
}
