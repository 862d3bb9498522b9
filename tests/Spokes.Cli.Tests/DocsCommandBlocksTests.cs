using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Spokes.Cli.Tests;

/// <summary>
/// Every code block in README.md and docs/*.md that shows a command is run, so the documented commands cannot rot.
/// A command block is a fence marked <c>sh</c>, <c>bash</c>, <c>console</c> or <c>shell</c>; a block of another kind
/// whose first line is a command is an error (commands are fenced as shell, or this test could not find them). Each
/// command of a block is a `spokes …` or `./spokes …` line (quotes, `\`-continuations and `# comments` as the shell
/// reads them), run through the real program in a child process; the commands of one file run in order in one
/// scratch folder (later commands read what earlier ones wrote, as a reader following the page would), the files in
/// parallel. Every command must exit 0. A <c>text</c> block right after a command block (nothing but blank lines
/// between) is its output: each of its lines, except an elision (a line starting with "..." or "…"), must appear in
/// order in what the block's commands print, with durations ("0.5 s", "14 ms") and thread counts ("on 2 threads")
/// masked, since they differ from machine to machine. A block that cannot run here — a server, a cluster on other
/// hosts, the test suite itself, a tool install, a synopsis with placeholders — carries a visible marker on the line
/// before its fence, <c>&lt;!-- illustrative: why --&gt;</c>; it is listed, not run. Any other block that cannot be
/// run fails the test. A block that runs for more than a few seconds in a Debug build (a published analysis at its
/// full size) is marked <c>&lt;!-- long: why --&gt;</c> and runs, with the blocks of its page, in the Long category
/// (`dotnet test --filter Category=Long`) only.
/// </summary>
public class DocsCommandBlocksTests(ITestOutputHelper log)
{
    private static readonly string[] ShellFences = ["sh", "bash", "console", "shell"];
    private const string Marker = "<!-- illustrative:";
    private const string LongMarker = "<!-- long:";

    internal sealed record Block(string File, int Line, string Info, string[] Body, string? Illustrative, string[]? Output, string? Long = null);

    [Fact]
    public void Every_command_block_is_fenced_as_shell_and_runnable_or_marked_illustrative()
    {
        var problems = new List<string>();
        foreach (var block in Blocks())
        {
            string where = $"{block.File}:{block.Line}";
            bool shell = ShellFences.Contains(block.Info);
            if (!shell)
            {
                if (block.Body.Any(l => Regex.IsMatch(l.TrimStart(), @"^(\$ |\./spokes |spokes |dotnet |\./test\.sh|[A-Z_]+=\S* (\./)?spokes )")))
                    problems.Add($"{where}: a command in a '{block.Info}' block; fence it as ```sh");
                if (block.Illustrative is not null || block.Long is not null) problems.Add($"{where}: a marker on a block that is not a command block");
                continue;
            }
            if (block.Long is { Length: 0 }) problems.Add($"{where}: the long marker gives no reason");
            if (block.Illustrative is { } why)
            {
                if (why.Length == 0) problems.Add($"{where}: the illustrative marker gives no reason");
                log.WriteLine($"illustrative, not run: {where} ({why}): {block.Body.FirstOrDefault()}");
                continue;
            }
            List<string[]> commands;
            try { commands = Commands(block); }
            catch (FormatException e) { problems.Add($"{where}: {e.Message}"); continue; }
            if (commands.Count == 0) problems.Add($"{where}: a command block with no command");
            foreach (var c in commands)
                if (!IsSpokes(c))
                    problems.Add($"{where}: '{string.Join(' ', c)}' cannot run in a test; run `spokes` only, or mark the block {Marker} why -->");
                else if (c.Any(a => Regex.IsMatch(a, @"^\[.*\]$|^(SCENARIO|DIR|SOURCE|FILE)$")))
                    problems.Add($"{where}: '{string.Join(' ', c)}' has a placeholder; show a real command, or mark the block {Marker} why -->");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_documented_command_runs_and_prints_what_the_docs_show() =>
        RunPages(Blocks().Where(b => b.Long is null).ToList());

    /// <summary>The pages with a long block, every runnable block of each in order (later ones read earlier output).</summary>
    [Fact]
    [Trait("Category", "Long")]
    public void The_long_documented_commands_run_and_print_what_the_docs_show()
    {
        var blocks = Blocks().ToList();
        var pages = blocks.Where(b => b.Long is not null).Select(b => b.File).ToHashSet();
        RunPages(blocks.Where(b => pages.Contains(b.File)).ToList());
    }

    private void RunPages(List<Block> blocks)
    {
        var byFile = blocks
            .Where(b => ShellFences.Contains(b.Info) && b.Illustrative is null)
            .GroupBy(b => b.File)
            .ToList();
        Assert.NotEmpty(byFile);
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var ran = new System.Collections.Concurrent.ConcurrentBag<string>();
        // Two pages at a time: each command is a process that uses every core, so more would only queue.
        Parallel.ForEach(byFile, new ParallelOptions { MaxDegreeOfParallelism = 2 }, file =>
        {
            var folder = Path.Combine(Path.GetTempPath(), "spokes-docs-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                foreach (var block in file)
                {
                    List<string[]> commands;
                    try { commands = Commands(block); }
                    catch (FormatException) { continue; } // reported by the other test
                    var printed = new StringBuilder();
                    bool ok = true;
                    foreach (var c in commands.Where(IsSpokes))
                    {
                        var sw = Stopwatch.StartNew();
                        var (code, output, err) = RunSpokes(folder, c[1..]);
                        ran.Add($"{block.File}:{block.Line} {sw.Elapsed.TotalSeconds:0.0} s: {string.Join(' ', c)}");
                        printed.Append(output);
                        if (code != 0)
                        {
                            failures.Add($"{block.File}:{block.Line}: '{string.Join(' ', c)}' exited {code}: {Tail(err)}");
                            ok = false;
                            break;
                        }
                    }
                    if (ok && block.Output is { } expected && Mismatch(expected, printed.ToString()) is { } line)
                        failures.Add($"{block.File}:{block.Line}: the output block below it shows a line the commands do not print (in order): '{line}'");
                }
            }
            finally { Directory.Delete(folder, recursive: true); }
        });
        foreach (var r in ran.OrderBy(r => r)) log.WriteLine(r);
        Assert.True(failures.IsEmpty, string.Join("\n", failures.OrderBy(f => f)));
    }

    [Fact]
    public void The_block_reader_finds_commands_outputs_and_markers_as_documented()
    {
        // The reader itself, on a made-up page: the rules above, so that a reader bug cannot hide every block.
        var page = string.Join('\n',
            "text", "```sh", "spokes run --seed 2   # a comment", "spokes query out \"SELECT 1", "  AS x\" \\", "  --csv", "```", "",
            "```text", "scenario default", "…", "```", "<!-- illustrative: a server -->", "```sh", "spokes serve", "```", "```yaml", "a: 1", "```",
            "<!-- long: a minute -->", "```sh", "spokes optimize", "```");
        var blocks = Read("page.md", page).ToList();
        Assert.Equal(["sh", "text", "sh", "yaml", "sh"], blocks.Select(b => b.Info));
        Assert.Equal("a minute", blocks[4].Long);
        Assert.Null(blocks[4].Illustrative);
        Assert.Null(blocks[0].Long);
        Assert.Equal(["scenario default", "…"], blocks[0].Output!);
        var commands = Commands(blocks[0]);
        Assert.Equal([["spokes", "run", "--seed", "2"], ["spokes", "query", "out", "SELECT 1\n  AS x", "--csv"]], commands);
        Assert.Null(blocks[0].Illustrative);
        Assert.Equal("a server", blocks[2].Illustrative);
        Assert.Null(blocks[2].Output);
        Assert.Null(Mismatch(["scenario default", "...", "1000 experiments in 0.5 s on 2 threads"], "x\nscenario default\ny\n1000 experiments in 12.25 s on 16 threads\n"));
        Assert.Equal("scenario", Mismatch(["seed 2", "scenario"], "scenario\nseed 2\n"));
    }

    private static bool IsSpokes(string[] command) => command.Length > 0 && command[0] is "spokes" or "./spokes";

    /// <summary>The first expected line not printed in order, or null when every one is.</summary>
    internal static string? Mismatch(string[] expected, string printed)
    {
        var lines = printed.Split('\n').Select(Mask).ToArray();
        int at = 0;
        foreach (var e in expected)
        {
            var t = e.Trim();
            if (t.Length == 0 || t.StartsWith("...", StringComparison.Ordinal) || t.StartsWith('…')) continue;
            var want = Mask(e);
            while (at < lines.Length && lines[at] != want) at++;
            if (at == lines.Length) return e;
            at++;
        }
        return null;
    }

    /// <summary>Durations and thread counts, which depend on the machine, replaced by placeholders.</summary>
    private static string Mask(string line) =>
        Regex.Replace(Regex.Replace(line.TrimEnd('\r', ' '), @"\d+(\.\d+)?\s?(µs|ms|s)\b", "<time>"), @"on \d+ threads?", "on <n> threads");

    private static IEnumerable<Block> Blocks()
    {
        var files = new[] { Path.Combine(Cli.Root, "README.md") }
            .Concat(Directory.GetFiles(Path.Combine(Cli.Root, "docs"), "*.md").OrderBy(f => f, StringComparer.Ordinal));
        foreach (var f in files)
            foreach (var b in Read(Path.GetRelativePath(Cli.Root, f), File.ReadAllText(f)))
                yield return b;
    }

    /// <summary>The fenced blocks of a page, each with its marker (the line before the fence) and its output block.</summary>
    internal static IEnumerable<Block> Read(string file, string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var raw = new List<(int Line, string Info, string[] Body, int End)>();
        for (int i = 0; i < lines.Length; i++)
        {
            var m = Regex.Match(lines[i], @"^\s*```\s*([\w-]*)\s*$");
            if (!m.Success) continue;
            int j = i + 1;
            while (j < lines.Length && !Regex.IsMatch(lines[j], @"^\s*```\s*$")) j++;
            raw.Add((i + 1, m.Groups[1].Value, lines[(i + 1)..Math.Min(j, lines.Length)], j));
            i = j;
        }
        for (int k = 0; k < raw.Count; k++)
        {
            var (line, info, body, end) = raw[k];
            string? marker = null, slow = null;
            if (line >= 2)
            {
                var before = lines[line - 2].Trim();
                if (before.StartsWith(Marker, StringComparison.Ordinal) && before.EndsWith("-->", StringComparison.Ordinal))
                    marker = before[Marker.Length..^3].Trim();
                if (before.StartsWith(LongMarker, StringComparison.Ordinal) && before.EndsWith("-->", StringComparison.Ordinal))
                    slow = before[LongMarker.Length..^3].Trim();
            }
            string[]? output = null;
            if (ShellFences.Contains(info) && k + 1 < raw.Count && raw[k + 1].Info == "text"
                && lines[(end + 1)..(raw[k + 1].Line - 1)].All(l => l.Trim().Length == 0))
                output = raw[k + 1].Body;
            yield return new Block(file, line, info, body, marker, output, slow);
        }
    }

    /// <summary>
    /// The commands of a shell block, split into words as the shell does for the forms the docs use: single and double
    /// quotes (a quoted newline stays in the word), backslash-newline continues the line, `#` after a blank starts a
    /// comment. Anything else (pipes, redirections, variables, globs) is not read specially, and so will not run.
    /// </summary>
    internal static List<string[]> Commands(Block block)
    {
        var text = string.Join('\n', block.Body);
        var commands = new List<string[]>();
        var words = new List<string>();
        var word = new StringBuilder();
        bool inWord = false;
        char quote = '\0';
        void EndWord() { if (inWord) words.Add(word.ToString()); word.Clear(); inWord = false; }
        void EndCommand() { EndWord(); if (words.Count > 0) commands.Add([.. words]); words.Clear(); }
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
                else if (quote == '"' && c == '\\' && i + 1 < text.Length && text[i + 1] is '"' or '\\' or '$') word.Append(text[++i]);
                else word.Append(c);
                continue;
            }
            switch (c)
            {
                case '\'' or '"': quote = c; inWord = true; break;
                case '\\' when i + 1 < text.Length && text[i + 1] == '\n': i++; EndWord(); break;
                case '\\' when i + 1 < text.Length: word.Append(text[++i]); inWord = true; break;
                case '#' when !inWord:
                    while (i + 1 < text.Length && text[i + 1] != '\n') i++;
                    break;
                case '\n': EndCommand(); break;
                case ' ' or '\t': EndWord(); break;
                default: word.Append(c); inWord = true; break;
            }
        }
        if (quote != '\0') throw new FormatException($"an unclosed {quote} quote");
        EndCommand();
        return commands;
    }

    /// <summary>
    /// Runs the program in <paramref name="folder"/>. A command that has not ended after ten minutes is killed and
    /// reported (a server or a prompt in a block that is not marked illustrative would otherwise hang the suite); this
    /// is a guard against hangs, not a timing check.
    /// </summary>
    private static (int Code, string Out, string Err) RunSpokes(string folder, string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false, WorkingDirectory = folder,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "spokes.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        p.StandardInput.Close();
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
            return (-1, output.Result, "still running after 10 minutes (a server? mark its block illustrative)");
        }
        return (p.ExitCode, output.Result, err.Result);
    }

    private static string Tail(string err)
    {
        var lines = err.TrimEnd().Split('\n');
        return string.Join(" | ", lines.TakeLast(3));
    }
}
