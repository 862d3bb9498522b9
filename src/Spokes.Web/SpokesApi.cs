using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spokes.Model.Outputs;
using Spokes.Model.Policy;
using Spokes.Scenarios;

namespace Spokes.Web;

/// <summary>
/// POST /api/run: a posture plus lever overrides, for all allies or one. Each lever is a number (constant from the year
/// after the start) or a list of {from, to?, value} periods (by year), checked in <see cref="SpokesApi.Definition"/>.
/// </summary>
public sealed record RunRequest
{
    public string? Posture { get; init; }
    public Dictionary<string, JsonElement>? Levers { get; init; }
    public string? Ally { get; init; }
    public int? End { get; init; }
    public int? Seed { get; init; }
    /// <summary>U.S. public support for alliances from the year after the start (0..1); omitted: the data's path.</summary>
    public double? PublicSupport { get; init; }
}

/// <summary>POST /api/compare: up to six postures, final-year alliance indices for each.</summary>
public sealed record CompareRequest
{
    public List<string>? Postures { get; init; }
    public int? End { get; init; }

    /// <summary>U.S. public support (0..1) from the year after the start, as in /api/run; omitted: the data's path.</summary>
    public double? PublicSupport { get; init; }
}

public sealed record ApiError(string Error);

/// <summary>One by-year period of a lever: <c>value</c> from <c>from</c> through <c>to</c> (null: to the end).</summary>
public sealed record LeverPeriod(int From, int? To, double Value);

public sealed record PostureInfo(string Name, string Description);

public sealed record LeverRange(string Name, double Min, double Max, double Neutral, string Description);

public sealed record VariableSeriesInfo(string Key, string Unit, string Meaning);

public sealed record PresetsResponse(
    IReadOnlyList<PostureInfo> Postures,
    IReadOnlyList<LeverRange> Levers,
    IReadOnlyList<string> Allies,
    int StartYear,
    int DefaultEndYear,
    int MaxEndYear,
    int MaxComparePostures,
    int MaxBodyBytes,
    IReadOnlyList<VariableSeriesInfo> AllyVariables,
    IReadOnlyList<VariableSeriesInfo> AllianceVariables);

/// <summary>The trajectory subset the charts draw: per-ally series and the alliance indices, one value per year.</summary>
public sealed record RunResponse(
    string Posture,
    string? Ally,
    int Seed,
    IReadOnlyDictionary<string, object> Levers,
    IReadOnlyList<int> Years,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double[]>> Allies,
    IReadOnlyDictionary<string, double[]> Alliance);

public sealed record CompareRow(string Posture, IReadOnlyDictionary<string, double> Indices);

public sealed record CompareResponse(int Year, IReadOnlyList<CompareRow> Results);

/// <summary>Bad input: the message names the field and what is allowed.</summary>
public sealed class ApiException(string message) : Exception(message);

/// <summary>The API's logic, independent of HTTP: parse strictly, check every field, run bounded work.</summary>
public static class SpokesApi
{
    public const int MaxBodyBytes = 16 * 1024;
    public const int MaxEndYear = 2060;
    public const int MaxComparePostures = 6;
    public const int MaxLeverPeriods = 20;

    /// <summary>Per-ally variables the charts draw.</summary>
    public static IReadOnlyList<Variable> AllyVariables { get; } = [Variable.Alignment, Variable.Belief, Variable.SpendingShare];

    /// <summary>Alliance indices the charts draw and compare reports.</summary>
    public static IReadOnlyList<Variable> AllianceVariables { get; } =
        [Variable.Discounting, Variable.Distancing, Variable.Duplication, Variable.BurdenShare];

    private static ScenarioDefinition Basis => ScenarioDefinition.Default;

    public static int StartYear => Basis.BaselineYear;

    public static IReadOnlyList<string> Allies { get; } =
        (Baselines.ForYear(ScenarioDefinition.Default.BaselineYear) ?? throw new InvalidOperationException("no built-in baseline"))
        .Spokes.Select(s => s.Id).ToList();

    /// <summary>Strict request parsing: camelCase names as written, unknown fields rejected, no comments or trailing commas.</summary>
    public static JsonSerializerOptions RequestJson { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
        MaxDepth = 8,
        AllowDuplicateProperties = false,
    };

    /// <summary>camelCase; relaxed escaping so messages read well (responses are application/json, never HTML).</summary>
    public static JsonSerializerOptions ResponseJson { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static T Parse<T>(ReadOnlySpan<byte> body) where T : class
    {
        if (body.IsEmpty) throw new ApiException("empty request body: send a JSON object");
        try
        {
            return JsonSerializer.Deserialize<T>(body, RequestJson) ?? throw new ApiException("the request body must be a JSON object, not null");
        }
        catch (JsonException e)
        {
            throw new ApiException("invalid request: " + Describe<T>(e));
        }
    }

    private static string Describe<T>(JsonException e)
    {
        // System.Text.Json puts the JSON path of the problem in e.Path ("$.levers.rhetoric"); its messages name .NET types.
        var path = e.Path is null or "$" ? "" : e.Path.StartsWith("$.", StringComparison.Ordinal) ? e.Path[2..] : e.Path.TrimStart('$');
        var msg = e.Message;
        var where = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : "";
        if (msg.Contains("could not be mapped", StringComparison.Ordinal))
            return $"unknown field '{Clip(path)}' (fields: {string.Join(", ", FieldNames<T>())})";
        if (msg.StartsWith("Duplicate property", StringComparison.Ordinal))
            return $"field '{Clip(path)}' is given twice";
        if (msg.Contains("could not be converted to", StringComparison.Ordinal))
        {
            var expected = msg.Contains("Dictionary", StringComparison.Ordinal) ? "an object of lever names to numbers or lists of {from, to, value}"
                : msg.Contains("List", StringComparison.Ordinal) ? "an array of posture names"
                : msg.Contains("Int32", StringComparison.Ordinal) ? "an integer"
                : msg.Contains("Double", StringComparison.Ordinal) ? "a number"
                : msg.Contains("String", StringComparison.Ordinal) ? "a string"
                : "a JSON object";
            return path.Length == 0 ? $"the request body must be {expected}{where}" : $"field '{Clip(path)}': expected {expected}{where}";
        }
        return $"malformed JSON{where}" + (path.Length > 0 ? $" in field '{Clip(path)}'" : "");
    }

    private static IEnumerable<string> FieldNames<T>() =>
        typeof(T).GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));

    public static PresetsResponse Presets() => new(
        Spokes.Model.Policy.Presets.All.Select(p => new PostureInfo(p.Name, p.Description)).ToList(),
        Enum.GetValues<Lever>().Select(l =>
        {
            var (min, max) = LeverInfo.Range(l);
            return new LeverRange(LeverInfo.Key(l), min, max, LeverInfo.Neutral(l), LeverDescription(l));
        }).ToList(),
        Allies,
        StartYear,
        Basis.EndYear,
        MaxEndYear,
        MaxComparePostures,
        MaxBodyBytes,
        AllyVariables.Select(Info).ToList(),
        AllianceVariables.Select(Info).ToList());

    private static VariableSeriesInfo Info(Variable v)
    {
        var i = VariableInfo.Get(v);
        return new VariableSeriesInfo(i.Key, i.Unit, i.Meaning);
    }

    public static string LeverDescription(Lever l) => l switch
    {
        Lever.Rhetoric => "threats to disengage (cheap talk)",
        Lever.Demands => "burden-sharing demands",
        Lever.Reassurance => "reassurance statements (cheap talk)",
        Lever.ForcePosture => "troops as a multiple of the start-year garrison",
        Lever.ThreatAssessment => "joint threat assessment (costly): raises the threat allies perceive",
        Lever.RolesAndMissions => "agreed roles and missions (costly): less duplication, negotiated spending",
        Lever.IndustrialCooperation => "defence-industrial cooperation (costly): more capability per dollar",
        Lever.Exercises => "exercises and new concepts of operations (costly): interoperability, faster response",
        Lever.NonProliferationPressure => "non-proliferation pressure: rolls back nuclear hedging",
        Lever.Confrontation => "confrontation toward China (−1 détente)",
        Lever.Withdrawal => "formal withdrawal of the commitment",
        Lever.Networking => "spoke-to-spoke ties",
        _ => "",
    };

    /// <summary>
    /// Checks the request and builds the scenario: the posture, then each lever either constant from the year after the
    /// start or, given as a list of {from, to?, value}, one <see cref="LeverOverride"/> per entry in the order given
    /// (as a scenario file's <c>levers:</c> list).
    /// </summary>
    public static ScenarioDefinition Definition(RunRequest r) => Check(r).Definition;

    private static (ScenarioDefinition Definition, Dictionary<string, object> Echo) Check(RunRequest r)
    {
        var posture = CheckPosture(r.Posture ?? Basis.Posture, "posture");
        int end = CheckEnd(r.End);
        int seed = r.Seed ?? Basis.Seed;
        if (seed < 0) throw new ApiException($"field 'seed': {seed} is outside 0..{int.MaxValue}");
        string? ally = r.Ally;
        if (ally is not null && !Allies.Contains(ally))
            throw new ApiException($"field 'ally': unknown ally '{Clip(ally)}' (allies: {string.Join(", ", Allies)}; omit for all)");
        var overrides = new List<LeverOverride>();
        var echo = new Dictionary<string, object>();
        foreach (var (key, setting) in r.Levers ?? [])
        {
            // `cooperation` is the composite key of the four activities of the remedy, as in scenario files.
            var levers = LeverInfo.LeversOfKey(key) is { Count: > 0 } found ? found
                : throw new ApiException($"field 'levers.{Clip(key)}': unknown lever (levers: {string.Join(", ", LeverInfo.AllKeys)})");
            string field = "levers." + key;
            if (setting.ValueKind == JsonValueKind.Array)
            {
                var periods = Periods(setting, levers[0], field, end);
                foreach (var lever in levers)
                    foreach (var p in periods) overrides.Add(new LeverOverride(lever, p.Value, p.From, p.To, ally, 0));
                echo[key] = periods;
            }
            else
            {
                double value = LeverValue(setting, levers[0], field, "a number or a list of {from, to, value}");
                foreach (var lever in levers) overrides.Add(new LeverOverride(lever, value, StartYear + 1, null, ally, 0));
                echo[key] = value;
            }
        }
        var support = Basis.PublicSupport;
        if (r.PublicSupport is { } ps)
        {
            if (!(ps is >= 0 and <= 1)) throw new ApiException($"field 'publicSupport': {ps.ToString(System.Globalization.CultureInfo.InvariantCulture)} is outside 0..1");
            support = new Dictionary<int, double> { [StartYear + 1] = ps };
            echo["publicSupport"] = ps;
        }
        return (Basis with { Name = "web", Posture = posture, EndYear = end, Seed = seed, Levers = overrides, PublicSupport = support }, echo);
    }

    private static readonly string[] PeriodFields = ["from", "to", "value"];

    /// <summary>A by-year lever: 1 to 20 entries {from, to?, value}, years inside the run, to ≥ from, values in range.</summary>
    private static List<LeverPeriod> Periods(JsonElement list, Lever lever, string field, int end)
    {
        int n = list.GetArrayLength();
        if (n is 0 or > MaxLeverPeriods)
            throw new ApiException($"field '{field}': {n} entries; give 1 to {MaxLeverPeriods} {{from, to, value}} entries (or one number)");
        var result = new List<LeverPeriod>(n);
        int i = 0;
        foreach (var item in list.EnumerateArray())
        {
            string at = $"{field}[{i++}]";
            if (item.ValueKind != JsonValueKind.Object)
                throw new ApiException($"field '{at}': expected an object {{from, to, value}}");
            JsonElement? from = null, to = null, value = null;
            foreach (var prop in item.EnumerateObject())
            {
                ref JsonElement? slot = ref from;
                switch (prop.Name)
                {
                    case "from": break;
                    case "to": slot = ref to; break;
                    case "value": slot = ref value; break;
                    default: throw new ApiException($"field '{at}.{Clip(prop.Name)}': unknown field (fields: {string.Join(", ", PeriodFields)})");
                }
                if (slot is not null) throw new ApiException($"field '{at}.{prop.Name}' is given twice");
                slot = prop.Value;
            }
            int f = Year(from ?? throw new ApiException($"field '{at}.from': required (a year {StartYear + 1}..{end})"), $"{at}.from");
            if (f <= StartYear || f > end)
                throw new ApiException($"field '{at}.from': {f} is outside the simulated years {StartYear + 1}..{end}");
            int? t = null;
            if (to is { ValueKind: not JsonValueKind.Null } toValue)
            {
                t = Year(toValue, $"{at}.to");
                if (t < f || t > end)
                    throw new ApiException($"field '{at}.to': {t} must lie between 'from' ({f}) and the end year {end}");
            }
            double v = LeverValue(value ?? throw new ApiException($"field '{at}.value': required (a number)"), lever, $"{at}.value", "a number");
            result.Add(new LeverPeriod(f, t, v));
        }
        return result;
    }

    private static int Year(JsonElement e, string field) =>
        e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out int y) ? y : throw new ApiException($"field '{field}': expected an integer year");

    private static double LeverValue(JsonElement e, Lever lever, string field, string expected)
    {
        if (e.ValueKind != JsonValueKind.Number) throw new ApiException($"field '{field}': expected {expected}");
        var (min, max) = LeverInfo.Range(lever);
        if (!e.TryGetDouble(out double value) || !double.IsFinite(value))
            throw new ApiException($"field '{field}': {Clip(e.GetRawText())} is outside the range {N(min)}..{N(max)}");
        if (value < min || value > max)
            throw new ApiException($"field '{field}': {N(value)} is outside the range {N(min)}..{N(max)}");
        return value;
    }

    public static RunResponse Run(RunRequest r)
    {
        var (d, levers) = Check(r);
        var t = Execute(d);
        var years = Enumerable.Range(t.StartYear, t.YearCount).ToList();
        var allies = new Dictionary<string, IReadOnlyDictionary<string, double[]>>();
        foreach (var id in Allies)
        {
            int row = t.RowIndex(id);
            allies[id] = AllyVariables.ToDictionary(v => VariableInfo.Get(v).Key, v => Series(t, row, v));
        }
        int al = t.RowIndex(Trajectory.AllianceId);
        var alliance = AllianceVariables.ToDictionary(v => VariableInfo.Get(v).Key, v => Series(t, al, v));
        return new RunResponse(d.Posture, r.Ally, d.Seed, levers, years, allies, alliance);
    }

    public static CompareResponse Compare(CompareRequest r)
    {
        var postures = r.Postures ?? throw new ApiException("field 'postures': required (a list of 1 to 6 posture names)");
        if (postures.Count is 0 or > MaxComparePostures)
            throw new ApiException($"field 'postures': {postures.Count} postures; give 1 to {MaxComparePostures}");
        int end = CheckEnd(r.End);
        for (int i = 0; i < postures.Count; i++) CheckPosture(postures[i], $"postures[{i}]");
        var support = Basis.PublicSupport;
        if (r.PublicSupport is { } ps)
        {
            if (!(ps is >= 0 and <= 1)) throw new ApiException($"field 'publicSupport': {ps.ToString(System.Globalization.CultureInfo.InvariantCulture)} is outside 0..1");
            support = new Dictionary<int, double> { [StartYear + 1] = ps };
        }
        var rows = new List<CompareRow>();
        foreach (var p in postures)
        {
            var t = Execute(Basis with { Name = "web-compare", Posture = p, EndYear = end, Levers = [], PublicSupport = support });
            int al = t.RowIndex(Trajectory.AllianceId);
            rows.Add(new CompareRow(p, AllianceVariables.ToDictionary(v => VariableInfo.Get(v).Key, v => t[t.EndYear, al, v])));
        }
        return new CompareResponse(end, rows);
    }

    private static Trajectory Execute(ScenarioDefinition d)
    {
        try
        {
            return ScenarioPlan.Build(d).Run();
        }
        catch (InputException e)
        {
            throw new ApiException(e.Message);
        }
    }

    private static double[] Series(Trajectory t, int row, Variable v)
    {
        var s = new double[t.YearCount];
        for (int y = t.StartYear; y <= t.EndYear; y++) s[y - t.StartYear] = t[y, row, v];
        return s;
    }

    private static string CheckPosture(string? name, string field)
    {
        if (name is null || Spokes.Model.Policy.Presets.Find(name) is null)
            throw new ApiException($"field '{field}': unknown posture '{Clip(name ?? "null")}' (postures: {string.Join(", ", Spokes.Model.Policy.Presets.All.Select(p => p.Name))})");
        return name;
    }

    private static int CheckEnd(int? end)
    {
        int e = end ?? Basis.EndYear;
        if (e <= StartYear || e > MaxEndYear)
            throw new ApiException($"field 'end': {e} is outside the range {StartYear + 1}..{MaxEndYear}");
        return e;
    }

    /// <summary>Echoed user text is cut short so error messages stay small.</summary>
    private static string Clip(string s) => s.Length <= 40 ? s : s[..40] + "…";

    private static string N(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);
}
