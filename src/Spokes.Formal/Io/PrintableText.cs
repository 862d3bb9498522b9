using System.Text;

namespace Spokes.Formal.Io;

/// <summary>
/// Text from input files that Spokes echoes to a terminal (names, ids, values in messages) must not carry control
/// characters: an ESC starts an ANSI escape sequence that can recolour, move the cursor or rewrite what was printed,
/// a NUL or a bidirectional override (U+202E) hides or reorders text, a byte-order mark is invisible. Readers refuse
/// such text (<see cref="FirstUnprintable"/>); the CLI also escapes what it prints in error messages
/// (<see cref="Escape"/>), since a file name on the command line is not checked by any reader.
/// </summary>
public static class PrintableText
{
    /// <summary>Index of the first character that is a control character (tab and line feed excepted: block scalars
    /// and quoted CSV fields may span lines), a bidirectional control, a zero-width character or a byte-order mark;
    /// −1 if none.</summary>
    public static int FirstUnprintable(string text)
    {
        for (int i = 0; i < text.Length; i++)
            if (text[i] != '\n' && IsUnprintable(text[i])) return i;
        return -1;
    }

    /// <summary>The problem with <paramref name="text"/> as a name or value, or null when it is printable.</summary>
    public static string? Problem(string text)
    {
        int i = FirstUnprintable(text);
        return i < 0 ? null : $"contains the control or invisible character U+{(int)text[i]:X4} at character {i + 1}";
    }

    /// <summary><paramref name="text"/> with every unprintable character (line breaks included) written as \u{XXXX}, on one line.</summary>
    public static string Escape(string text)
    {
        if (!text.Any(IsUnprintable)) return text;
        var b = new StringBuilder(text.Length + 16);
        foreach (char c in text)
            if (IsUnprintable(c)) b.Append($"\\u{{{(int)c:X4}}}"); else b.Append(c);
        return b.ToString();
    }

    private static bool IsUnprintable(char c) =>
        (char.IsControl(c) && c != '\t')
        || c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2028' or '\u2029' or '\uFEFF'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';
}
