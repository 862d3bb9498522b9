using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Spokes.Cli.Tests;

/// <summary>
/// Three `spokes silo` processes on loopback, one killed (SIGKILL) mid-run: the clustered exploration completes and
/// its result files equal a local run's, byte for byte.
/// </summary>
public class ClusterProcessTests
{

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        int port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    private static Process Start(params string[] args) => Cli.StartProcess(args);

    private static void WaitForLine(Process p, string text, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        var read = p.StandardOutput.ReadLineAsync();
        while (watch.Elapsed < timeout)
        {
            if (read.Wait(TimeSpan.FromMilliseconds(200)))
            {
                if (read.Result is null) throw new InvalidOperationException("silo exited: " + p.StandardError.ReadToEnd());
                if (read.Result.Contains(text)) return;
                read = p.StandardOutput.ReadLineAsync();
            }
        }
        throw new TimeoutException($"no '{text}' within {timeout}");
    }

    [Fact]
    public void A_run_on_three_silos_survives_losing_one_and_equals_the_local_run()
    {
        var dir = Directory.CreateTempSubdirectory("spokes-cluster-").FullName;
        var scenario = Path.Combine(dir, "design.yaml");
        File.WriteAllText(scenario, """
            name: cluster
            end: 2030
            experiments:
              sampler: lhs
              n: 12000
              seed: 5
              uncertainties:
                - {name: threatTalkWeight}
                - {name: publicSupport, distribution: uniform, min: 0.3, max: 0.95}
              policies: [threaten, commit-and-cooperate]
              outcomes:
                - {name: cpd, variable: capability_per_us_dollar}
            """);
        int[] silo = [FreePort(), FreePort(), FreePort()], gateway = [FreePort(), FreePort(), FreePort()];
        var silos = new List<Process>();
        try
        {
            silos.Add(Start("silo", "--port", $"{silo[0]}", "--gateway", $"{gateway[0]}"));
            WaitForLine(silos[0], "spokes silo on", TimeSpan.FromSeconds(60));
            for (int i = 1; i < 3; i++) silos.Add(Start("silo", "--port", $"{silo[i]}", "--gateway", $"{gateway[i]}", "--primary", $"127.0.0.1:{silo[0]}"));
            for (int i = 1; i < 3; i++) WaitForLine(silos[i], "spokes silo on", TimeSpan.FromSeconds(60));

            var clustered = Path.Combine(dir, "cluster");
            var hosts = string.Join(',', gateway.Select(g => $"127.0.0.1:{g}"));
            using var client = Start("explore", scenario, "--out", clustered, "--cluster", hosts);
            Thread.Sleep(1500);
            silos[2].Kill(entireProcessTree: true);
            var output = client.StandardOutput.ReadToEnd();
            client.WaitForExit();
            Assert.True(client.ExitCode == 0, output + client.StandardError.ReadToEnd());

            var local = Path.Combine(dir, "local");
            using (var run = Start("explore", scenario, "--out", local))
            {
                run.StandardOutput.ReadToEnd();
                run.WaitForExit();
                Assert.Equal(0, run.ExitCode);
            }
            foreach (var f in new[] { "experiments.parquet", "outcomes.parquet" })
                Assert.Equal(File.ReadAllBytes(Path.Combine(local, f)), File.ReadAllBytes(Path.Combine(clustered, f)));
        }
        finally
        {
            foreach (var p in silos)
            {
                if (!p.HasExited) p.Kill(entireProcessTree: true);
                p.Dispose();
            }
        }
    }
}
