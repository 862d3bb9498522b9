using Spokes.Formal.Io;

namespace Spokes.Formal.Tests.Io;

public class LandscapeFileReaderTests
{
    [Fact]
    public void Reads_sizes_and_propensities()
    {
        var s = LandscapeFileReader.Parse("actor,size,A,B,C\nA,2,,1,-0.5\nB,3,1,0,0.25\nC,1,-0.5,0.25,\n", "l.csv");
        Assert.Equal(["A", "B", "C"], s.Names);
        Assert.Equal(3, s.Size(1));
        Assert.Equal(-0.5, s.Propensity(2, 0));
        Assert.Equal(0, s.Propensity(1, 1));
    }

    [Theory]
    [InlineData("actor,size,A,B\nA,2,0,1\nB,3,0.5,0\n", "l.csv:3:5: field 'A': propensity B–A is 0.5 here but 1 at line 2, column 7: the matrix must be symmetric")]
    [InlineData("actor,size,A,B\nA,2,1,1\nB,3,1,0\n", "l.csv:2:5: field 'A': an actor's propensity to itself must be 0 or empty")]
    [InlineData("actor,size,A,B\nB,2,0,1\nA,3,1,0\n", "l.csv:2:1: field 'actor': row 1 is 'B' but the header's actor 1 is 'A'")]
    [InlineData("actor,size,A,B\nA,0,0,1\nB,3,1,0\n", "l.csv:2:3: field 'size': must be positive")]
    [InlineData("actor,size,A,B\nA,2,0,1\n", "l.csv:2: 1 rows for the 2 actors of the header: give one row per actor, in header order")]
    [InlineData("name,size,A,B\nA,2,0,1\nB,3,1,0\n", "l.csv:1:1: the header must begin with actor,size and then name every actor")]
    [InlineData("actor,size,A,A\nA,2,0,1\nA,3,1,0\n", "l.csv:1:14: field 'A': actor named twice in the header")]
    [InlineData("actor,size,A,B\nA,2,0,x\nB,3,1,0\n", "l.csv:2:7: field 'B': 'x' is not a number")]
    public void Errors_name_file_line_column_and_field(string text, string message)
    {
        var e = Assert.Throws<InputException>(() => LandscapeFileReader.Parse(text, "l.csv"));
        Assert.Equal(message, e.Message);
    }
}
