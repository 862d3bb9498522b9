using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Spokes.Cli;

/// <summary>
/// A command line that does not parse is bad input like any other: one line naming the problem, a hint where the
/// options are listed, exit code 2 — never the whole help, never a .NET type name.
/// </summary>
internal static partial class UsageErrors
{
    /// <summary>The one-line message for a command line that does not parse, or null when it parses.</summary>
    public static string? Find(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        string path = CommandPath(parsed.CommandResult);
        string hint = $" (see '{path} --help')";
        // An unknown option in the place of an optional argument ("run --bogus") parses as that argument's value:
        // named as the unknown option it is rather than reported as a missing file. Negative numbers stay values.
        foreach (var argument in parsed.CommandResult.Children.OfType<ArgumentResult>())
            foreach (var token in argument.Tokens)
                if (LooksLikeOption(token.Value))
                    return $"unknown option '{token.Value}' for '{path}'{hint}";
        if (parsed.Errors.Count == 0) return null;
        if (parsed.Errors.Select(e => ConversionError(e.Message)).FirstOrDefault(m => m is not null) is { } conversion)
            return conversion + hint;
        if (parsed.Errors.Select(e => UnrecognizedToken().Match(e.Message)).FirstOrDefault(m => m.Success) is { } unknown)
        {
            string token = unknown.Groups[1].Value;
            return (LooksLikeOption(token) ? $"unknown option '{token}' for '{path}'"
                : command.Subcommands.Count > 0 ? $"unknown command '{token}' for '{path}'" : $"unexpected argument '{token}' for '{path}'") + hint;
        }
        if (command.Subcommands.Count > 0 && !parsed.CommandResult.Children.Any())
            return $"give a command: {string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}{hint}";
        return parsed.Errors[0].Message.TrimEnd('.') + hint;
    }

    private static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-' && !double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is not null; r = r.Parent)
            if (r is CommandResult c) names.Add(c.Command is RootCommand ? "spokes" : c.Command.Name);
        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>"Cannot parse argument 'X' for option '--n' as expected type 'System.Int32'." in plain words; null for
    /// other parse errors.</summary>
    internal static string? ConversionError(string message)
    {
        var m = ConversionMessage().Match(message);
        if (!m.Success) return null;
        string what = m.Groups[3].Value switch
        {
            "Int32" => $"a whole number in {int.MinValue}..{int.MaxValue}",
            "Int64" => $"a whole number in {long.MinValue}..{long.MaxValue}",
            "Double" => "a number",
            "Boolean" => "true or false",
            var other => "a value of type " + other,
        };
        return $"{m.Groups[2].Value}: '{m.Groups[1].Value}' is not {what}";
    }

    [GeneratedRegex(@"^Cannot parse argument '(.*)' for (?:option|command|argument) '(.*)' as expected type '(?:System\.Nullable`1\[)?System\.(\w+)\]?'")]
    private static partial Regex ConversionMessage();

    [GeneratedRegex(@"^Unrecognized command or argument '(.*)'")]
    private static partial Regex UnrecognizedToken();
}
