using System.Net;
using System.Text;
using System.Text.Json;
using Spokes.Model.Outputs;
using Spokes.Model.Policy;
using Spokes.Scenarios;

namespace Spokes.Web.Tests;

public sealed class ApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Presets_lists_postures_levers_ranges_and_limits()
    {
        var r = await app.Client.GetAsync("/api/presets");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var b = await WebAppFixture.Body(r);
        Assert.Equal(Presets.All.Select(p => p.Name), b.GetProperty("postures").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        var levers = b.GetProperty("levers").EnumerateArray().ToDictionary(l => l.GetProperty("name").GetString()!);
        Assert.Equal(12, levers.Count);
        Assert.Equal(2.0, levers["forcePosture"].GetProperty("max").GetDouble());
        Assert.Equal(-1.0, levers["confrontation"].GetProperty("min").GetDouble());
        Assert.Equal(1.0, levers["rhetoric"].GetProperty("max").GetDouble());
        Assert.Equal(["JPN", "KOR", "AUS", "PHL", "THA", "TWN"], b.GetProperty("allies").EnumerateArray().Select(a => a.GetString()!).ToArray());
        Assert.Equal(2060, b.GetProperty("maxEndYear").GetInt32());
        Assert.Equal(6, b.GetProperty("maxComparePostures").GetInt32());
        Assert.Equal(16384, b.GetProperty("maxBodyBytes").GetInt32());
    }

    [Fact]
    public async Task Run_default_returns_2016_to_2030_equal_to_a_direct_run()
    {
        var r = await app.PostJson("/api/run", "{}");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var b = await WebAppFixture.Body(r);
        Assert.Equal(Enumerable.Range(2016, 15), b.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        AssertEqualsDirectRun(b, ScenarioDefinition.Default);
    }

    [Fact]
    public async Task The_composite_cooperation_key_sets_the_four_activities_as_in_scenario_files()
    {
        var r = await app.PostJson("/api/run", """{"posture":"status-quo","levers":{"cooperation":0.6},"end":2026}""");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var d = ScenarioDefinition.Default with
        {
            EndYear = 2026,
            Levers = LeverInfo.CooperationActivities.Select(l => new LeverOverride(l, 0.6, 2017, null, null, 0)).ToList(),
        };
        AssertEqualsDirectRun(await WebAppFixture.Body(r), d);
    }

    [Fact]
    public async Task Run_with_levers_for_one_ally_equals_the_same_scenario_run_directly()
    {
        var r = await app.PostJson("/api/run",
            """{"posture":"threaten","levers":{"rhetoric":1,"forcePosture":0.5,"confrontation":-0.25},"ally":"KOR","end":2040,"seed":7}""");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var b = await WebAppFixture.Body(r);
        Assert.Equal(Enumerable.Range(2016, 25), b.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Equal("KOR", b.GetProperty("ally").GetString());
        var d = ScenarioDefinition.Default with
        {
            Posture = "threaten",
            EndYear = 2040,
            Seed = 7,
            Levers =
            [
                new LeverOverride(Lever.Rhetoric, 1, 2017, null, "KOR", 0),
                new LeverOverride(Lever.ForcePosture, 0.5, 2017, null, "KOR", 0),
                new LeverOverride(Lever.Confrontation, -0.25, 2017, null, "KOR", 0),
            ],
        };
        AssertEqualsDirectRun(b, d);
        // and the levers did something: KOR's belief differs from plain threaten
        var plain = ScenarioPlan.Build(ScenarioDefinition.Default with { Posture = "threaten", EndYear = 2040, Seed = 7 }).Run();
        Assert.NotEqual(plain.Get(2040, "KOR", Variable.Belief), b.GetProperty("allies").GetProperty("KOR").GetProperty("belief")[24].GetDouble());
    }

    [Fact]
    public async Task Run_with_levers_by_year_equals_the_same_lever_overrides_run_directly()
    {
        var r = await app.PostJson("/api/run",
            """
            {"posture":"reassure","end":2035,"ally":"JPN","levers":{
              "rhetoric":[{"from":2017,"to":2022,"value":0.2},{"from":2023,"to":2028,"value":0.9},{"from":2029,"value":0.5}],
              "forcePosture":[{"from":2020,"to":2025,"value":1.8},{"from":2024,"to":null,"value":0.4}],
              "confrontation":-0.5}}
            """);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var b = await WebAppFixture.Body(r);
        var d = ScenarioDefinition.Default with
        {
            Posture = "reassure",
            EndYear = 2035,
            Levers =
            [
                new LeverOverride(Lever.Rhetoric, 0.2, 2017, 2022, "JPN", 0),
                new LeverOverride(Lever.Rhetoric, 0.9, 2023, 2028, "JPN", 0),
                new LeverOverride(Lever.Rhetoric, 0.5, 2029, null, "JPN", 0),
                new LeverOverride(Lever.ForcePosture, 1.8, 2020, 2025, "JPN", 0),
                new LeverOverride(Lever.ForcePosture, 0.4, 2024, null, "JPN", 0),
                new LeverOverride(Lever.Confrontation, -0.5, 2017, null, "JPN", 0),
            ],
        };
        Assert.Equal(d.Levers, SpokesApi.Definition(SpokesApi.Parse<RunRequest>(Encoding.UTF8.GetBytes(
            """{"posture":"reassure","end":2035,"ally":"JPN","levers":{"rhetoric":[{"from":2017,"to":2022,"value":0.2},{"from":2023,"to":2028,"value":0.9},{"from":2029,"value":0.5}],"forcePosture":[{"from":2020,"to":2025,"value":1.8},{"from":2024,"to":null,"value":0.4}],"confrontation":-0.5}}"""))).Levers);
        AssertEqualsDirectRun(b, d);
        // the periods are echoed as sent, constants as numbers
        var echo = b.GetProperty("levers");
        Assert.Equal(-0.5, echo.GetProperty("confrontation").GetDouble());
        Assert.Equal(3, echo.GetProperty("rhetoric").GetArrayLength());
        Assert.Equal(2023, echo.GetProperty("rhetoric")[1].GetProperty("from").GetInt32());
        // and by year differs from the same lever held constant
        var constant = ScenarioPlan.Build(d with { Levers = [new LeverOverride(Lever.Rhetoric, 0.2, 2017, null, "JPN", 0)] }).Run();
        Assert.NotEqual(constant.Get(2035, "JPN", Variable.Belief), b.GetProperty("allies").GetProperty("JPN").GetProperty("belief")[19].GetDouble());
    }

    [Fact]
    public async Task Run_allows_up_to_twenty_periods_per_lever()
    {
        var periods = string.Join(",", Enumerable.Range(2017, 20).Select(y => $$$"""{"from":{{{y}}},"to":{{{y}}},"value":{{{(y % 2 == 0 ? "0" : "0.5")}}}}"""));
        var r = await app.PostJson("/api/run", $$$"""{"end":2040,"levers":{"demands":[{{{periods}}}]}}""");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        r = await app.PostJson("/api/run", $$$"""{"end":2040,"levers":{"demands":[{{{periods}}},{"from":2037,"value":1}]}}""");
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("field 'levers.demands': 21 entries; give 1 to 20", (await WebAppFixture.Body(r)).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_to_2060_is_allowed()
    {
        var r = await app.PostJson("/api/run", """{"posture":"withdraw","end":2060}""");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var b = await WebAppFixture.Body(r);
        Assert.Equal(45, b.GetProperty("years").GetArrayLength());
        Assert.Equal(45, b.GetProperty("alliance").GetProperty("distancing").GetArrayLength());
    }

    [Fact]
    public async Task Compare_returns_final_year_indices_per_posture_equal_to_direct_runs()
    {
        var names = Presets.All.Select(p => p.Name).ToArray();
        var r = await app.PostJson("/api/compare", JsonSerializer.Serialize(new { postures = names, end = 2035 }));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var b = await WebAppFixture.Body(r);
        Assert.Equal(2035, b.GetProperty("year").GetInt32());
        var rows = b.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(names, rows.Select(x => x.GetProperty("posture").GetString()));
        foreach (var row in rows)
        {
            var t = ScenarioPlan.Build(ScenarioDefinition.Default with { Posture = row.GetProperty("posture").GetString()!, EndYear = 2035 }).Run();
            foreach (var v in SpokesApi.AllianceVariables)
                Assert.Equal(t.Get(2035, Trajectory.AllianceId, v), row.GetProperty("indices").GetProperty(VariableInfo.Get(v).Key).GetDouble());
        }
    }

    [Theory]
    [InlineData("/api/run", """{"postur":"threaten"}""", "unknown field 'postur' (fields: posture, levers, ally, end, seed, publicSupport)")]
    [InlineData("/api/run", """{"posture":"threaten","levers":{"rhetorik":1}}""", "levers.rhetorik")]
    [InlineData("/api/run", """{"levers":{"rhetoric":1.5}}""", "levers.rhetoric")]
    [InlineData("/api/run", """{"levers":{"rhetoric":1.5}}""", "0..1")]
    [InlineData("/api/run", """{"levers":{"forcePosture":2.5}}""", "0..2")]
    [InlineData("/api/run", """{"levers":{"confrontation":-1.5}}""", "-1..1")]
    [InlineData("/api/run", """{"levers":{"withdrawal":-0.1}}""", "levers.withdrawal")]
    [InlineData("/api/run", """{"end":2061}""", "2017..2060")]
    [InlineData("/api/run", """{"end":2016}""", "'end'")]
    [InlineData("/api/run", """{"end":"2030"}""", "field 'end': expected an integer")]
    [InlineData("/api/run", """{"seed":-1}""", "'seed'")]
    [InlineData("/api/run", """{"posture":"appease"}""", "appease")]
    [InlineData("/api/run", """{"ally":"CHN"}""", "'ally'")]
    [InlineData("/api/run", """{"posture":"threaten","posture":"reassure"}""", "field 'posture' is given twice")]
    [InlineData("/api/run", """{"levers":{"rhetoric":"high"}}""", "field 'levers.rhetoric': expected a number")]
    [InlineData("/api/run", """{"levers":[1]}""", "field 'levers': expected an object")]
    [InlineData("/api/run", """{"levers":{"rhetoric":1e999}}""", "levers.rhetoric")]
    [InlineData("/api/run", """{"levers":{"rhetoric":NaN}}""", "invalid request")]
    [InlineData("/api/run", """{"posture":"threaten"} trailing""", "malformed JSON")]
    [InlineData("/api/run", """{"posture": "threaten", """, "invalid request")]
    [InlineData("/api/run", """not json""", "invalid request")]
    [InlineData("/api/run", """[]""", "the request body must be a JSON object")]
    [InlineData("/api/run", """null""", "JSON object")]
    [InlineData("/api/run", "", "empty request body")]
    [InlineData("/api/run", """{"levers":{"rhetoric":null}}""", "levers.rhetoric")]
    [InlineData("/api/run", """{"levers":{"rhetoric":[]}}""", "field 'levers.rhetoric': 0 entries; give 1 to 20")]
    [InlineData("/api/run", """{"levers":{"rhetoric":[{"from":2017,"value":0.5},{"from":2016,"value":1}]}}""", "field 'levers.rhetoric[1].from': 2016 is outside the simulated years 2017..2030")]
    [InlineData("/api/run", """{"end":2040,"levers":{"rhetoric":[{"from":2041,"value":1}]}}""", "field 'levers.rhetoric[0].from': 2041 is outside the simulated years 2017..2040")]
    [InlineData("/api/run", """{"levers":{"rhetoric":[{"from":2020,"to":2019,"value":1}]}}""", "field 'levers.rhetoric[0].to': 2019 must lie between 'from' (2020) and the end year 2030")]
    [InlineData("/api/run", """{"levers":{"rhetoric":[{"from":2020,"to":2031,"value":1}]}}""", "field 'levers.rhetoric[0].to'")]
    [InlineData("/api/run", """{"levers":{"forcePosture":[{"from":2017,"value":1},{"from":2020,"value":2.5}]}}""", "field 'levers.forcePosture[1].value': 2.5 is outside the range 0..2")]
    [InlineData("/api/run", """{"levers":{"confrontation":[{"from":2017,"value":1e999}]}}""", "field 'levers.confrontation[0].value'")]
    [InlineData("/api/run", """{"levers":{"rhetoric":[{"to":2020,"value":1}]}}""", "field 'levers.rhetoric[0].from': required")]
    [InlineData("/api/run", """{"levers":{"rhetoric":[{"from":2020}]}}""", "field 'levers.rhetoric[0].value': required")]
    [InlineData("/api/run", """{"levers":{"rhetoric":[{"from":2020,"value":1,"ally":"KOR"}]}}""", "field 'levers.rhetoric[0].ally': unknown field (fields: from, to, value)")]
    [InlineData("/api/run", """{"levers":{"rhetoric":[{"from":2020,"from":2021,"value":1}]}}""", "field 'levers.rhetoric' is given twice")]
    [InlineData("/api/run", """{"levers":{"rhetoric":[{"from":"2020","value":1}]}}""", "field 'levers.rhetoric[0].from': expected an integer year")]
    [InlineData("/api/run", """{"levers":{"rhetoric":[{"from":2020.5,"value":1}]}}""", "field 'levers.rhetoric[0].from': expected an integer year")]
    [InlineData("/api/run", """{"levers":{"rhetoric":[{"from":2020,"value":"high"}]}}""", "field 'levers.rhetoric[0].value': expected a number")]
    [InlineData("/api/run", """{"levers":{"rhetoric":[{"from":2020,"value":null}]}}""", "field 'levers.rhetoric[0].value': expected a number")]
    [InlineData("/api/run", """{"levers":{"rhetoric":[0.5]}}""", "field 'levers.rhetoric[0]': expected an object")]
    [InlineData("/api/run", """{"levers":{"rhetoric":{"from":2020,"value":1}}}""", "field 'levers.rhetoric': expected a number or a list of {from, to, value}")]
    [InlineData("/api/compare", """{"postures":["status-quo","threaten","threaten-and-act","reassure","commit-and-cooperate","withdraw","threaten"]}""", "1 to 6")]
    [InlineData("/api/compare", """{"postures":[]}""", "1 to 6")]
    [InlineData("/api/compare", """{}""", "'postures'")]
    [InlineData("/api/compare", """{"postures":["threaten","appease"]}""", "postures[1]")]
    [InlineData("/api/compare", """{"postures":["threaten"],"end":2100}""", "2017..2060")]
    [InlineData("/api/compare", """{"postures":["threaten"],"levers":{}}""", "unknown field 'levers' (fields: postures, end, publicSupport)")]
    [InlineData("/api/compare", """{"postures":"threaten"}""", "field 'postures': expected an array")]
    public async Task Bad_requests_get_400_with_a_message_naming_the_problem(string path, string body, string expected)
    {
        var r = await app.PostJson(path, body);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var error = (await WebAppFixture.Body(r)).GetProperty("error").GetString()!;
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oversize_body_with_content_length_gets_413()
    {
        var big = """{"posture":"threaten","seed":1""" + new string(' ', 17 * 1024) + "}";
        var r = await app.PostJson("/api/run", big);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
        Assert.Contains("16384", (await WebAppFixture.Body(r)).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oversize_body_without_content_length_gets_413()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"posture\":\"threaten\"" + new string(' ', 40 * 1024) + "}");
        using var content = new StreamContent(new UnknownLengthStream(bytes));
        content.Headers.ContentType = new("application/json");
        var r = await app.Client.PostAsync("/api/run", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
    }

    [Fact]
    public async Task Body_just_under_the_limit_is_accepted()
    {
        var json = """{"posture":"threaten"}""";
        json = json[..^1] + new string(' ', SpokesApi.MaxBodyBytes - json.Length) + "}";
        Assert.Equal(SpokesApi.MaxBodyBytes, Encoding.UTF8.GetByteCount(json));
        var r = await app.PostJson("/api/run", json);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
    }

    [Fact]
    public async Task Unknown_path_is_404_json()
    {
        var r = await app.Client.GetAsync("/nope");
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.Equal("not found", (await WebAppFixture.Body(r)).GetProperty("error").GetString());
    }

    private static void AssertEqualsDirectRun(JsonElement b, ScenarioDefinition d)
    {
        var t = ScenarioPlan.Build(d).Run();
        var allies = b.GetProperty("allies");
        Assert.Equal(SpokesApi.Allies, allies.EnumerateObject().Select(p => p.Name));
        foreach (var id in SpokesApi.Allies)
            foreach (var v in SpokesApi.AllyVariables)
            {
                var s = allies.GetProperty(id).GetProperty(VariableInfo.Get(v).Key).EnumerateArray().Select(x => x.GetDouble()).ToArray();
                Assert.Equal(t.YearCount, s.Length);
                for (int y = t.StartYear; y <= t.EndYear; y++) Assert.Equal(t.Get(y, id, v), s[y - t.StartYear]);
            }
        foreach (var v in SpokesApi.AllianceVariables)
        {
            var s = b.GetProperty("alliance").GetProperty(VariableInfo.Get(v).Key).EnumerateArray().Select(x => x.GetDouble()).ToArray();
            for (int y = t.StartYear; y <= t.EndYear; y++) Assert.Equal(t.Get(y, Trajectory.AllianceId, v), s[y - t.StartYear]);
        }
    }

    /// <summary>A readable stream that will not tell its length, so the client sends the body chunked.</summary>
    private sealed class UnknownLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
