using System.Diagnostics;

namespace Spokes.Cli.Tests;

/// <summary>
/// Issue 19, "crashes and stalls on small inputs" and "silent acceptance": each case from the issue through the CLI.
/// Each bad input must end in one line on standard error and exit code 2: no stack trace, no .NET type name.
/// </summary>
public class HostileInputTests
{
    private static (int Code, string Out, string Err) Spokes(params string[] args) => Cli.Run(args);

    private static string TempDir() => Directory.CreateTempSubdirectory("spokes-hostile-").FullName;

    private static string TempFile(string name, string text)
    {
        var path = Path.Combine(TempDir(), name);
        File.WriteAllText(path, text);
        return path;
    }

    private static void AssertOneLineError(int code, string err, string expected)
    {
        Assert.Equal(2, code);
        Assert.StartsWith("error: ", err);
        Assert.Contains(expected, err);
        Assert.Single(err.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("   at ", err);
        Assert.DoesNotContain("System.", err);
    }

    /// <summary>In a child process: a stack overflow cannot be caught, and must not take the test host with it.</summary>
    private static (int Code, string Err) RunProcess(params string[] args)
    {
        using var p = Cli.StartProcess(args);
        var err = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, err.Result);
    }

    [Fact]
    public void Recursive_yaml_alias_used_as_a_key_exits_2_in_run_bargain_and_parameter_files()
    {
        const string recursive = "a: &k [1, *k]\n? *k\n: 1\n";
        var scenario = TempFile("r.yaml", recursive);
        var (code, err) = RunProcess("run", scenario);
        AssertOneLineError(code, err, "r.yaml:1:11: the alias '*k' lies inside the node it names");

        var bargaining = TempFile("r.yaml", recursive);
        (code, err) = RunProcess("bargain", bargaining);
        AssertOneLineError(code, err, "recursive structures are not allowed");

        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "p.yaml"), recursive);
        File.WriteAllText(Path.Combine(dir, "s.yaml"), "name: s\nparameterFile: p.yaml\n");
        var r = Spokes("run", Path.Combine(dir, "s.yaml"));
        AssertOneLineError(r.Code, r.Err, "p.yaml:1:11");
    }

    [Fact]
    public void Alias_hash_bomb_exits_2()
    {
        var text = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n"
                   + string.Concat(Enumerable.Range(1, 9).Select(i => $"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]\n"))
                   + "? *l9\n: 1\n";
        var r = Spokes("explore", TempFile("bomb.yaml", text), "--out", Path.Combine(TempDir(), "o"));
        AssertOneLineError(r.Code, r.Err, "aliases expand to more than 100000 nodes");
    }

    [Fact]
    public void Run_dev_zero_is_refused_at_the_size_limit()
    {
        if (!File.Exists("/dev/zero")) return; // POSIX only
        var r = Spokes("run", "/dev/zero");
        AssertOneLineError(r.Code, r.Err, "/dev/zero: scenario file is larger than 1048576 bytes, the limit");
    }

    [Fact]
    public async Task Run_from_an_endless_pipe_is_refused_at_the_size_limit()
    {
        if (!OperatingSystem.IsLinux()) return; // needs mkfifo
        var fifo = Path.Combine(TempDir(), "pipe.yaml");
        Process.Start("mkfifo", [fifo]).WaitForExit();
        // What `spokes run <(yes 'description: x')` does: a pipe that never ends.
        var writer = Task.Run(() =>
        {
            try
            {
                using var w = new FileStream(fifo, FileMode.Open, FileAccess.Write);
                var line = "description: x\n"u8.ToArray();
                while (true) w.Write(line);
            }
            catch (IOException) { }
        });
        var r = Spokes("run", fifo);
        AssertOneLineError(r.Code, r.Err, "scenario file is larger than 1048576 bytes");
        await writer.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Ties_csv_linked_to_dev_zero_is_refused()
    {
        if (!File.Exists("/dev/zero")) return; // POSIX only
        var dir = TempDir();
        foreach (var f in new[] { "actors.csv", "baseline.csv" }) File.Copy(Path.Combine(Cli.Root, "data", f), Path.Combine(dir, f));
        File.CreateSymbolicLink(Path.Combine(dir, "ties.csv"), "/dev/zero");
        var scenario = Path.Combine(dir, "s.yaml");
        File.WriteAllText(scenario, "name: s\ndata: .\n");
        var r = Spokes("run", scenario);
        AssertOneLineError(r.Code, r.Err, "data file is larger than");
    }

    [Fact]
    public void Discover_threshold_nan_or_infinity_exits_2()
    {
        var csv = TempFile("d.csv", "a,y\n0.1,1\n0.2,2\n0.3,3\n");
        foreach (var t in new[] { "NaN", "Infinity", "-Infinity" })
        {
            var r = Spokes("discover", csv, "--outcome", "y", "--threshold", t);
            AssertOneLineError(r.Code, r.Err, "--threshold: field 'threshold'");
        }
    }

    [Fact]
    public void Explore_n_3000000000_exits_2_without_a_type_name()
    {
        var r = Spokes("explore", "--n", "3000000000", "--out", Path.Combine(TempDir(), "o"));
        AssertOneLineError(r.Code, r.Err, "--n: field 'n': 3000000000 is outside 1..10000000");
        r = Spokes("explore", "--n", "lots");
        AssertOneLineError(r.Code, r.Err, "--n: 'lots' is not a whole number");
    }

    [Fact]
    public void Explore_seed_minus_1_is_refused_like_in_the_yaml()
    {
        var r = Spokes("explore", "--seed", "-1", "--out", Path.Combine(TempDir(), "o"));
        AssertOneLineError(r.Code, r.Err, "--seed: field 'seed': -1 is outside 0..2147483647");
        r = Spokes("run", "--seed", "-1");
        AssertOneLineError(r.Code, r.Err, "-1 is outside 0..2147483647");
    }

    [Fact]
    public void Run_out_with_a_gdp_of_1e308_exits_2_and_writes_nothing()
    {
        var dir = TempDir();
        foreach (var f in new[] { "actors.csv", "baseline.csv", "ties.csv" }) File.Copy(Path.Combine(Cli.Root, "data", f), Path.Combine(dir, f));
        var path = Path.Combine(dir, "baseline.csv");
        File.WriteAllLines(path, File.ReadAllLines(path).Select(l =>
        {
            if (!l.StartsWith("JPN,2016,gdp_usd_bn,", StringComparison.Ordinal)) return l;
            var c = l.Split(',');
            c[3] = c[4] = c[5] = "1e308";
            return string.Join(',', c);
        }));
        var scenario = Path.Combine(dir, "s.yaml");
        File.WriteAllText(scenario, "name: s\ndata: .\n");
        var output = Path.Combine(dir, "out");
        var r = Spokes("run", scenario, "--out", output);
        AssertOneLineError(r.Code, r.Err, "gdp_usd_bn of JPN is 1E+308");
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Bargain_with_many_actors_is_refused_before_the_cubic_work()
    {
        var rows = string.Concat(Enumerable.Range(0, 300).Select(i => $"A{i},1,{i % 17},50\n"));
        var r = Spokes("bargain", TempFile("many.csv", "actor,capability,position,salience\n" + rows));
        AssertOneLineError(r.Code, r.Err, "300 actors × 10 rounds would take minutes");
        r = Spokes("bargain", TempFile("huge.csv", "actor,capability,position,salience\n" + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"A{i},1,{i},50\n"))));
        AssertOneLineError(r.Code, r.Err, "more than 500 actors");
    }

    [Fact]
    public void Sensitivity_with_huge_n_and_bootstrap_is_refused_at_once()
    {
        var r = Spokes("sensitivity", "--model", "ishigami", "--n", "800000", "--bootstrap", "10000");
        AssertOneLineError(r.Code, r.Err, "the limit is 5e8 (lower --bootstrap or --n)");
    }

    [Fact]
    public void Discover_on_a_large_table_is_refused_by_its_cost()
    {
        var rows = string.Concat(Enumerable.Range(0, 250_000).Select(i => $"{i % 97},{i % 89},{i % 2}\n"));
        var r = Spokes("discover", TempFile("big.csv", "a,b,y\n" + rows), "--outcome", "y");
        AssertOneLineError(r.Code, r.Err, "250000 rows × 2 inputs × 21 searches × 1 boxes");
        Assert.Contains("lower --resample or --boxes", r.Err);
    }

    [Fact]
    public void Ansi_escape_in_a_name_is_refused_and_never_echoed_raw()
    {
        var r = Spokes("run", TempFile("esc.yaml", "name: \"\\e[31mred\"\n"));
        AssertOneLineError(r.Code, r.Err, "control or invisible character U+001B");
        Assert.DoesNotContain("\u001b", r.Err);
        r = Spokes("run", Path.Combine(TempDir(), "\u001b[2Jx.yaml"));
        Assert.Equal(2, r.Code);
        Assert.DoesNotContain("\u001b", r.Err);
        Assert.Contains("\\u{001B}[2Jx.yaml", r.Err);
    }

    [Fact]
    public void Bom_never_appears_inside_an_error_message()
    {
        var path = Path.Combine(TempDir(), "bom.yaml");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "nmae: x\n"u8]);
        var r = Spokes("run", path);
        AssertOneLineError(r.Code, r.Err, "bom.yaml:1:1: field 'nmae': unknown key");
        Assert.DoesNotContain("\uFEFF", r.Err);
    }

    [Fact]
    public void Second_yaml_document_exits_2()
    {
        var r = Spokes("run", TempFile("two.yaml", "name: one\n---\nname: two\n"));
        AssertOneLineError(r.Code, r.Err, "two.yaml:2:1: a second YAML document");
    }

    [Fact]
    public void Public_support_for_years_outside_the_run_exits_2()
    {
        var r = Spokes("run", TempFile("ps.yaml", "name: ps\nend: 2030\npublicSupport: {2016: 0.8, 2031: 0.5}\n"));
        AssertOneLineError(r.Code, r.Err, "field 'publicSupport': 2031 is outside the run 2016–2030");
    }

    [Theory]
    [InlineData("http://[::]:0", "every network interface")]
    [InlineData("http://0.0.0.0:0", "every network interface")]
    [InlineData("http://locahost:5398", "Kestrel binds the host name 'locahost' to every network interface")]
    [InlineData("http://10.11.12.13:5398", "10.11.12.13 is not a loopback address")]
    public void Serve_refuses_non_loopback_binds_without_public(string url, string why)
    {
        var r = Spokes("serve", "--urls", url);
        AssertOneLineError(r.Code, r.Err, why);
        Assert.Contains("--public", r.Err);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void Serve_https_and_an_unreachable_public_ip_exit_2_without_a_stack_trace()
    {
        var r = Spokes("serve", "--urls", "https://127.0.0.1:0");
        AssertOneLineError(r.Code, r.Err, "https needs a server certificate");
        // 192.0.2.0/24 is TEST-NET-1 (RFC 5737): no interface has it, so binding fails.
        r = Spokes("serve", "--public", "--urls", "http://192.0.2.1:0");
        AssertOneLineError(r.Code, r.Err, "cannot listen on http://192.0.2.1:0");
    }

    [Fact]
    public void Serve_banner_prints_the_real_bound_address()
    {
        using var p = Cli.StartProcess("serve", "--urls", "http://127.0.0.1:0");
        try
        {
            var line = p.StandardOutput.ReadLine();
            Assert.Matches(@"^spokes dashboard on http://127\.0\.0\.1:[1-9][0-9]* \(Ctrl\+C to stop\)$", line);
        }
        finally
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
        }
    }

    [Fact]
    public void Primary_silo_dying_mid_run_is_one_line_not_a_stack_trace()
    {
        // What the client gets about 85 s after the primary silo dies (issue 19), once the evaluator's retries are spent.
        // (Its constructor is not public: made through reflection, as Orleans makes it.)
        var rejected = (Exception)Activator.CreateInstance(typeof(Orleans.Runtime.OrleansMessageRejectionException),
            System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public, null,
            ["Forwarding failed: tried to forward message for 2 times after \"Target silo is unavailable\""], null)!;
        var e = ClusterCommands.ClusterFailure(rejected);
        Assert.NotNull(e);
        Assert.Equal("--cluster: field 'cluster': the cluster stopped answering (OrleansMessageRejectionException: Forwarding failed: tried to forward message for 2 times after \"Target silo is unavailable\"); the finished blocks are kept: restart the silos and run again with --resume", e.Message);
        Assert.NotNull(ClusterCommands.ClusterFailure(new TimeoutException("no answer within 60 s")));
        Assert.Contains("rebuilt different inputs", ClusterCommands.ClusterFailure(new Spokes.Cluster.Evaluation.ClusterMismatchException("silo x rebuilt different inputs"))!.Message);
        Assert.Null(ClusterCommands.ClusterFailure(new OutOfMemoryException()));
    }
}
