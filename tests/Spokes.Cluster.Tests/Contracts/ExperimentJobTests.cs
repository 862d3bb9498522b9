using System.Net;
using Spokes.Cluster.Contracts;
using Spokes.Cluster.Evaluation;
using Spokes.Cluster.Hosting;
using Spokes.Explore.Experiments;
using Spokes.Scenarios;

namespace Spokes.Cluster.Tests.Contracts;

public sealed class ExperimentJobTests
{
    [Fact]
    public void The_rebuilt_matrix_equals_the_local_one()
    {
        using var temp = new TempDirectory();
        var (file, settings, matrix) = Designs.Load(temp.Path);
        var rebuilt = ExperimentJob.From(file, settings).Matrix();
        Assert.Equal(matrix.ExperimentCount, rebuilt.ExperimentCount);
        Assert.Equal(matrix.Design.Scenario.Name, rebuilt.Design.Scenario.Name);
        Assert.Equal(matrix.Inputs, rebuilt.Inputs);
        Assert.Equal(BlockComputation.InputsHash(matrix, 0, 400), BlockComputation.InputsHash(rebuilt, 0, 400));
    }

    [Fact]
    public void Command_line_overrides_travel_with_the_job()
    {
        using var temp = new TempDirectory();
        var (file, settings, _) = Designs.Load(temp.Path);
        var overridden = settings with { Sampler = SamplerKind.MonteCarlo, N = 30, Seed = 9, Design = settings.Design with { Seed = 9 } };
        var job = ExperimentJob.From(file, overridden);
        var rebuilt = job.Settings();
        Assert.Equal((SamplerKind.MonteCarlo, 30, 9, 9), (rebuilt.Sampler, rebuilt.N, rebuilt.Seed, rebuilt.Design.Seed));
        Assert.Equal(new ExperimentMatrix(overridden.Design, UnitSample.Draw(overridden)).Inputs, job.Matrix().Inputs);
        Assert.NotEqual(job.Fingerprint(), ExperimentJob.From(file, settings).Fingerprint());
    }

    [Fact]
    public void No_file_means_the_built_in_scenario()
    {
        var settings = ExperimentSettings.From(ScenarioDefinition.Default) with { N = 5 };
        var job = ExperimentJob.From(null, settings);
        Assert.Null(job.ScenarioText);
        Assert.Equal(new ExperimentMatrix(settings.Design, UnitSample.Draw(settings)).Inputs, job.Matrix().Inputs);
    }

    [Fact]
    public void A_bad_sampler_name_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new ExperimentJob { Sampler = "nope" }.Settings());
        Assert.Throws<ArgumentException>(() => new ExperimentJob { Sampler = "42" }.Settings());
    }

    [Theory]
    [InlineData("localhost:30000", "127.0.0.1", 30000)]
    [InlineData("10.0.0.7:30001", "10.0.0.7", 30001)]
    [InlineData("[::1]:30002", "::1", 30002)]
    public void Endpoints_parse(string text, string address, int port) =>
        Assert.Equal(new IPEndPoint(IPAddress.Parse(address), port), SiloHost.ParseEndpoint(text));

    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:")]
    [InlineData("localhost:0")]
    [InlineData("localhost:70000")]
    [InlineData(":30000")]
    public void Bad_endpoints_are_refused(string text) => Assert.Throws<FormatException>(() => SiloHost.ParseEndpoint(text));
}
