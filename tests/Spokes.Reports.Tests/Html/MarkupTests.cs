using Spokes.Reports.Html;

namespace Spokes.Reports.Tests.Html;

public sealed class MarkupTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a < b & c > d", "a &lt; b &amp; c &gt; d")]
    [InlineData("\"q\" 'a'", "&quot;q&quot; &#39;a&#39;")]
    [InlineData("2016–2030 μ* σ", "2016–2030 μ* σ")]
    [InlineData("bell\u0007", "bell\uFFFD")]
    public void Escapes_markup_and_replaces_characters_xml_forbids(string text, string expected) =>
        Assert.Equal(expected, Markup.Escape(text));

    [Fact]
    public void Keeps_surrogate_pairs_and_replaces_lone_surrogates()
    {
        Assert.Equal("😀", Markup.Escape("😀"));
        Assert.Equal("\uFFFD", Markup.Escape("\uD83D"));
    }
}
