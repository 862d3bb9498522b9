using Orleans.TestingHost;
using Spokes.Cluster.Hosting;

namespace Spokes.Cluster.Tests;

/// <summary>Two silos and a client in this process (started once for the test class), plus the local reference run.</summary>
public sealed class TwoSiloCluster : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private InProcessTestCluster? _cluster;

    public InProcessTestCluster Cluster => _cluster ?? throw new InvalidOperationException("not started");
    internal string File { get; private set; } = "";
    internal Spokes.Explore.Experiments.ExperimentSettings Settings { get; private set; } = null!;
    internal Spokes.Explore.Experiments.ExperimentMatrix Matrix { get; private set; } = null!;
    internal string LocalResults => _temp.Sub("local");
    internal string NewOutput() => _temp.Sub("run-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        (File, Settings, Matrix) = Designs.Load(_temp.Path);
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) => silo.AddSpokesCluster());
        _cluster = builder.Build();
        var deploy = _cluster.DeployAsync();
        Designs.RunLocal(Settings, Matrix, LocalResults); // meanwhile
        await deploy;
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null) await _cluster.DisposeAsync();
        _temp.Dispose();
    }
}
