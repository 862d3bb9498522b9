using YamlDotNet.Core;
using YamlDotNet.Core.Events;
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

    /// <summary>Most nodes that aliases (<c>*name</c>) may add when expanded: a scenario uses none. Ten levels of ten
    /// aliases each ("billion laughs") would otherwise expand to 10¹⁰ nodes when a key is hashed.</summary>
    public const long MaxAliasNodes = 100_000;

    /// <param name="text">the whole file's text.</param>
    /// <param name="file">the file's name, for error messages.</param>
    /// <param name="notAMapping">the message when the text is empty or its root is not a mapping.</param>
    public static YamlMappingNode LoadMapping(string text, string file, string notAMapping)
    {
        CheckCharacters(text, file);
        CheckStructure(text, file);
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
        CheckScalars(root, file);
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
    /// Walks the YAML event stream (iteratively) before the recursive document loader sees it, so a hostile file cannot
    /// exhaust the stack or the CPU: nesting deeper than <see cref="MaxDepth"/>, an alias inside the node it names (a
    /// recursive structure: YamlDotNet overflows the stack hashing it as a key), an alias to no earlier anchor (a
    /// forward reference, which overflows the stack the same way), aliases that expand to more than
    /// <see cref="MaxAliasNodes"/> nodes, and a second document (which the loader would silently ignore) are refused
    /// with their position.
    /// </summary>
    private static void CheckStructure(string text, string file)
    {
        var parser = new Parser(new StringReader(text));
        var open = new Stack<(string? Anchor, long Size)>();
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        long aliasNodes = 0;
        int documents = 0;
        try
        {
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                InputException Fail(string problem) => new(file, (int)e.Start.Line, (int)e.Start.Column, "", problem);
                switch (e)
                {
                    case DocumentStart:
                        if (++documents > 1) throw Fail("a second YAML document ('---'): a file holds exactly one");
                        break;
                    case MappingStart or SequenceStart:
                        if (open.Count >= MaxDepth) throw Fail($"nested deeper than {MaxDepth} levels");
                        var anchor = ((NodeEvent)e).Anchor;
                        open.Push((anchor.IsEmpty ? null : anchor.Value, 1));
                        break;
                    case MappingEnd or SequenceEnd:
                        var (name, size) = open.Pop();
                        if (name is not null) sizes[name] = size;
                        Add(size);
                        break;
                    case Scalar scalar:
                        if (!scalar.Anchor.IsEmpty) sizes[scalar.Anchor.Value] = 1;
                        Add(1);
                        break;
                    case AnchorAlias alias:
                        var target = alias.Value.Value;
                        if (open.Any(o => o.Anchor == target))
                            throw Fail($"the alias '*{target}' lies inside the node it names: recursive structures are not allowed");
                        // YAML lets an alias name only an earlier anchor; YamlDotNet's loader instead keeps a forward
                        // alias as a placeholder, which overflows the stack when used as a key (found by fuzzing).
                        if (!sizes.TryGetValue(target, out var expanded))
                            throw Fail($"the alias '*{target}' names no earlier anchor '&{target}'");
                        aliasNodes += expanded;
                        if (aliasNodes > MaxAliasNodes)
                            throw Fail($"aliases expand to more than {MaxAliasNodes} nodes");
                        Add(expanded);
                        break;
                }
            }
        }
        catch (Exception ex) when (IsParserFailure(ex))
        {
            // Syntax errors are reported, with their position, by the full loader that runs next.
        }

        void Add(long size)
        {
            if (open.Count == 0) return;
            var (name, total) = open.Pop();
            open.Push((name, Math.Min(total + size, long.MaxValue / 2)));
        }
    }

    /// <summary>
    /// Escapes in quoted scalars ("\e[31m", "\0", "\u202E") produce control characters after parsing, which
    /// <see cref="CheckCharacters"/> cannot see: every scalar is checked once (shared alias targets are not revisited),
    /// so no name reaches a terminal with an ANSI escape sequence in it.
    /// </summary>
    private static void CheckScalars(YamlNode root, string file)
    {
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!seen.Add(node)) continue;
            switch (node)
            {
                case YamlScalarNode { Value: { } value } when PrintableText.Problem(value) is { } problem:
                    throw new InputException(file, (int)node.Start.Line, (int)node.Start.Column, "", "the value " + problem);
                case YamlMappingNode map:
                    foreach (var (k, v) in map.Children) { pending.Push(v); pending.Push(k); }
                    break;
                case YamlSequenceNode seq:
                    for (int i = seq.Children.Count - 1; i >= 0; i--) pending.Push(seq.Children[i]);
                    break;
            }
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
