using Spokes.Formal.Io;

namespace Spokes.Formal.Tests.Io;

public class CsvTableTests
{
    [Fact]
    public void Reads_quoted_fields_crlf_and_blank_lines_with_positions()
    {
        var t = CsvTable.Parse("a,b\r\n\"x, \"\"y\"\"\",2\r\n\r\n z ,3\n", "f.csv");
        Assert.Equal(["a", "b"], t.Header.Select(c => c.Text));
        Assert.Equal(2, t.Rows.Count);
        Assert.Equal("x, \"y\"", t.Rows[0][0].Text);
        Assert.Equal(new CsvCell("2", 2, 12), t.Rows[0][1]);
        Assert.Equal(new CsvCell("z", 4, 2), t.Rows[1][0]); // where the value starts, after the blank
        Assert.Equal(4, t.Rows[1][1].Line);
    }

    [Fact]
    public void Malformed_quoting_names_the_place()
    {
        var e = Assert.Throws<InputException>(() => CsvTable.Parse("a,b\n\"x,1\n", "f.csv"));
        Assert.Equal("f.csv:2:1: unclosed quote", e.Message);
        e = Assert.Throws<InputException>(() => CsvTable.Parse("a,b\n\"x\"y,1\n", "f.csv"));
        Assert.Equal("f.csv:2:4: text after a closing quote", e.Message);
        e = Assert.Throws<InputException>(() => CsvTable.Parse("\n\n", "f.csv"));
        Assert.Equal("f.csv: the file is empty: a header line is needed", e.Message);
    }

    [Fact]
    public void Control_characters_in_a_field_are_refused_but_a_quoted_line_break_is_kept()
    {
        var e = Assert.Throws<InputException>(() => CsvTable.Parse("a,b\nx,\u001b[2J\n", "t.csv"));
        Assert.Equal("t.csv:2:3: the field contains the control or invisible character U+001B at character 1", e.Message);
        Assert.Equal("two\nlines", CsvTable.Parse("a\n\"two\nlines\"\n", "t.csv").Rows[0][0].Text);
        Assert.Equal("x\\u{001B}[2J\\u{000A}y", PrintableText.Escape("x\u001b[2J\ny"));
    }
}
