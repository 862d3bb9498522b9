using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Spokes.Formal.Io;

/// <summary>
/// Loads YAML text whose root must be a mapping, for every YAML input Spokes reads (scenarios, parameter files,
/// bargaining problems). YamlDotNet is not trusted with hostile text on its own: control characters are refused with
/// their position, nesting is bounded before its recursive loader runs, and its failures that carry no position
/// (all found by fuzzing) are reported where the last readable token started. Every failure is an
/// <see cref="InputException"/>.
/// </summary>
public static class YamlText
{
    /// <summary>Deepest nesting of mappings and lists accepted (a scenario needs four).</summary>
    public const int MaxDepth = 32;

    /// <param name="text">the whole file's text.</param>
    /// <param name="file">the file's name, for error messages.</param>
    /// <param name="notAMapping">the message when the text is empty or its root is not a mapping.</param>
    public static YamlMappingNode LoadMapping(string text, string file, string notAMapping)
    {
        CheckCharacters(text, file);
        CheckDepth(text, file);
        var stream = new YamlStream();
        try { stream.Load(new StringReader(text)); }
        catch (YamlException e)
        {
            throw new InputException(file, (int)e.Start.Line, (int)e.Start.Column, "", "YAML syntax error: " + e.Message);
        }
        catch (Exception e) when (IsParserFailure(e))
        {
            // YamlDotNet's scanner and loader can fail without a position (an unclosed flow sequence at the end of
            // the file; an empty tag; found by fuzzing): report where the last readable token started.
            var (line, column) = LastReadablePosition(text);
            throw new InputException(file, line, column, "", e is ArgumentException { ParamName: var name }
                ? "YAML syntax error after this point: " + e.Message.Replace($" (Parameter '{name}')", "")
                : "YAML syntax error: unexpected end of input after this point (an unclosed '[', '{' or quote?)");
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new InputException(file, 1, 1, "", notAMapping);
        return root;
    }

    /// <summary>
    /// YAML admits only printable characters (YAML 1.2, section 5.1): tab, line breaks and NEL are the only control
    /// characters allowed. Others are refused here with their position, because the parser misreads some of them
    /// (a NUL inside a comment made it fail without a position; found by fuzzing).
    /// </summary>
    private static void CheckCharacters(string text, string file)
    {
        int line = 1, column = 1;
        foreach (char ch in text)
        {
            if (ch == '\n') { line++; column = 1; continue; }
            if (char.IsControl(ch) && ch is not ('\t' or '\r' or '\u0085'))
                throw new InputException(file, line, column, "", $"control character U+{(int)ch:X4}: YAML allows only printable characters");
            column++;
        }
    }

    /// <summary>
    /// Walks the YAML event stream (iteratively) and rejects nesting deeper than <see cref="MaxDepth"/> before the
    /// recursive document loader sees it, so a hostile file cannot exhaust the stack.
    /// </summary>
    private static void CheckDepth(string text, string file)
    {
        var parser = new Parser(new StringReader(text));
        int depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                if (e is YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart && ++depth > MaxDepth)
                    throw new InputException(file, (int)e.Start.Line, (int)e.Start.Column, "", $"nested deeper than {MaxDepth} levels");
                if (e is YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd) depth--;
            }
        }
        catch (Exception ex) when (IsParserFailure(ex))
        {
            // Syntax errors are reported, with their position, by the full loader that runs next.
        }
    }

    /// <summary>How YamlDotNet fails on malformed text: a positioned <see cref="YamlException"/>, or, for some
    /// inputs found by fuzzing (an unclosed bracket at the end, an empty tag "!&lt;&gt;"), an exception without a position.</summary>
    private static bool IsParserFailure(Exception e) => e is YamlException or InvalidOperationException or ArgumentException;

    private static (int Line, int Column) LastReadablePosition(string text)
    {
        var parser = new Parser(new StringReader(text));
        int line = 1, column = 1;
        try
        {
            while (parser.MoveNext())
                if (parser.Current is { } e) (line, column) = ((int)e.Start.Line, (int)e.Start.Column);
        }
        catch (Exception e) when (IsParserFailure(e))
        {
        }
        return (line, column);
    }
}
