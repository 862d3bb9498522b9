using Spokes.Formal.Io;

namespace Spokes.Formal.Tests.Io;

/// <summary>Issue 19: alias structures that crashed (stack overflow) or stalled the YAML loader, and a second document.</summary>
public class YamlTextTests
{
    private static InputException Refused(string text) =>
        Assert.Throws<InputException>(() => YamlText.LoadMapping(text, "x.yaml", "not a mapping"));

    [Fact]
    public void Recursive_alias_used_as_a_key_is_refused_not_a_stack_overflow()
    {
        var e = Refused("a: &k [1, *k]\n? *k\n: 1\n");
        Assert.Equal("x.yaml:1:11: the alias '*k' lies inside the node it names: recursive structures are not allowed", e.Message);
    }

    [Fact]
    public void Recursive_alias_inside_a_mapping_is_refused()
    {
        Assert.Contains("recursive", Refused("a: &m {b: *m}\n").Message);
    }

    [Fact]
    public void Alias_hash_bomb_is_refused_quickly()
    {
        var text = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n"
                   + string.Concat(Enumerable.Range(1, 9).Select(i => $"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]\n"))
                   + "? *l9\n: 1\n";
        var e = Refused(text);
        Assert.Contains($"aliases expand to more than {YamlText.MaxAliasNodes} nodes", e.Message);
        Assert.Equal(5, e.Line); // l4 alone would expand to 10⁵ nodes
    }

    [Fact]
    public void Ordinary_aliases_are_still_read()
    {
        var root = YamlText.LoadMapping("a: &v {x: 1}\nb: *v\nc: &s 2\nd: *s\n", "x.yaml", "not a mapping");
        Assert.Equal(4, root.Children.Count);
    }

    [Fact]
    public void Second_yaml_document_is_refused_not_ignored()
    {
        var e = Refused("name: first\n---\nname: second\n");
        Assert.Equal("x.yaml:2:1: a second YAML document ('---'): a file holds exactly one", e.Message);
        // One document with an explicit start and end marker is fine.
        Assert.Single(YamlText.LoadMapping("---\nname: one\n...\n", "x.yaml", "not a mapping").Children);
    }

    [Fact]
    public void Forward_alias_used_as_a_key_is_refused_not_a_stack_overflow()
    {
        // Found by HostileFileFuzzTests: YamlDotNet keeps '*b' as a placeholder and overflows comparing it as a key.
        var e = Refused("a: {? *b : 1}\nb: &b x\n");
        Assert.Equal("x.yaml:1:7: the alias '*b' names no earlier anchor '&b'", e.Message);
    }

    [Fact]
    public void Escapes_that_make_control_characters_are_refused_but_block_scalars_keep_their_lines()
    {
        Assert.Equal("x.yaml:1:7: the value contains the control or invisible character U+001B at character 1",
            Refused("name: \"\\e[31mred\"\n").Message);
        Assert.Contains("U+202E", Refused("a: {\"k\\u202E\": 1}\n").Message);
        var root = YamlText.LoadMapping("description: |\n  two\n  lines\nfolded: >\n  one\n  line\n", "x.yaml", "not a mapping");
        Assert.Equal("two\nlines\n", ((YamlDotNet.RepresentationModel.YamlScalarNode)root.Children["description"]).Value);
    }
}
