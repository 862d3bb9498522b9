using Spokes.Formal.Io;

namespace Spokes.Formal.Tests.Io;

public class BargainingFileReaderTests
{
    private const string Header = "actor,capability,position,salience\n";

    [Fact]
    public void Csv_and_yaml_give_the_same_actors()
    {
        var csv = BargainingFileReader.ParseCsv(Header + "A,0.1,4,80\n\"B, Inc\",0.2,7,40\n", "x.csv");
        var yaml = BargainingFileReader.ParseYaml(
            "name: test\nactors:\n  - {actor: A, capability: 0.1, position: 4, salience: 80}\n  - actor: 'B, Inc'\n    capability: 0.2\n    position: 7\n    salience: 40\n", "x.yaml");
        Assert.Equal(csv, yaml);
        Assert.Equal(0.8, csv[0].Salience, 15);
        Assert.Equal("B, Inc", csv[1].Name);
    }

    [Theory]
    [InlineData("A,0.1,4,80\nB,x,7,40\n", "x.csv:3:3: field 'capability': 'x' is not a number")]
    [InlineData("A,0.1,4,80\nB,0.2,7,140\n", "x.csv:3:9: field 'salience': 140 is outside its range [0, 100]")]
    [InlineData("A,0.1,4,80\nB,-0.2,7,40\n", "x.csv:3:3: field 'capability': -0.2 is outside its range [0, 1.7976931348623157E+308]")]
    [InlineData("A,0.1,4,80\nA,0.2,7,40\n", "x.csv:3:1: field 'actor': 'A' is already listed at line 2")]
    [InlineData("A,0.1,4,80\nB,0.2,7\n", "x.csv:3:7: field 'salience': 3 fields where 4 are expected")]
    [InlineData("A,0.1,4,80\n", "x.csv:1: field 'actors': 1 actor(s); bargaining needs at least two")]
    [InlineData("A,0,4,80\nB,0.2,7,0\n", "x.csv:1: field 'actors': no actor has both capability and salience above zero")]
    public void Csv_errors_name_file_line_column_and_field(string rows, string message)
    {
        var e = Assert.Throws<InputException>(() => BargainingFileReader.ParseCsv(Header + rows, "x.csv"));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void A_wrong_header_is_reported()
    {
        var e = Assert.Throws<InputException>(() => BargainingFileReader.ParseCsv("actor,position,capability,salience\nA,1,2,3\n", "x.csv"));
        Assert.Equal("x.csv:1:7: field 'capability': column 2 is 'position' (the header must read actor,capability,position,salience)", e.Message);
    }

    [Theory]
    [InlineData("actors:\n  - {actor: A, capability: 0.1, position: 4, salince: 80}\n", "x.yaml:2:46: field 'salince': unknown key (known: actor, capability, position, salience)")]
    [InlineData("actors:\n  - {actor: A, capability: 0.1, position: 4}\n", "x.yaml:2:5: field 'salience': missing")]
    [InlineData("actor:\n  - {actor: A}\n", "x.yaml:1:1: field 'actor': unknown key (known: name, description, actors)")]
    [InlineData("actors: [\n", "x.yaml")]
    [InlineData("actors: !<> x\n", "x.yaml:1:1: YAML syntax error after this point: Tag value must not be empty.")]
    [InlineData("name: a\u0000b\nactors: []\n", "x.yaml:1:8: control character U+0000")]
    public void Yaml_errors_name_file_line_column_and_field(string text, string start)
    {
        var e = Assert.Throws<InputException>(() => BargainingFileReader.ParseYaml(text, "x.yaml"));
        Assert.StartsWith(start, e.Message);
    }

    [Fact]
    public void Missing_file_and_unknown_extension_are_input_errors()
    {
        Assert.Equal("nope.csv: bargaining file not found", Assert.Throws<InputException>(() => BargainingFileReader.Load("nope.csv")).Message);
        var path = Path.Combine(Path.GetTempPath(), $"spokes-formal-{Environment.ProcessId}.txt");
        File.WriteAllText(path, Header);
        try { Assert.EndsWith("unknown file type '.txt' (use .csv, .yaml or .yml)", Assert.Throws<InputException>(() => BargainingFileReader.Load(path)).Message); }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Too_many_actors_are_refused_before_any_work()
    {
        var rows = string.Concat(Enumerable.Range(0, BargainingFileReader.MaxActors + 1).Select(i => $"A{i},1,{i},50\n"));
        var e = Assert.Throws<InputException>(() => BargainingFileReader.ParseCsv(Header + rows, "x.csv"));
        Assert.Equal($"x.csv:{BargainingFileReader.MaxActors + 2}: field 'actors': more than {BargainingFileReader.MaxActors} actors", e.Message);
    }

    [Fact]
    public void Bargaining_file_from_dev_zero_is_refused_at_the_size_limit()
    {
        if (!File.Exists("/dev/zero")) return; // POSIX only
        var dir = Directory.CreateTempSubdirectory("spokes-formal-").FullName;
        var link = Path.Combine(dir, "zero.csv");
        File.CreateSymbolicLink(link, "/dev/zero");
        var e = Assert.Throws<InputException>(() => BargainingFileReader.Load(link));
        Assert.EndsWith($"bargaining file is larger than {BargainingFileReader.MaxFileBytes} bytes, the limit", e.Message);
    }
}
