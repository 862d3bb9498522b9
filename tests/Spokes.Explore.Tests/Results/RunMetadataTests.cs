using System.Text.Json;
using Spokes.Explore.Evaluation;
using Spokes.Explore.Experiments;
using Spokes.Explore.Results;
using Spokes.Scenarios;

namespace Spokes.Explore.Tests.Results;

/// <summary>metadata.json records what was sampled, not only what the model would accept.</summary>
public class RunMetadataTests
{
    [Fact]
    public void The_sampled_range_is_recorded_beside_the_valid_range()
    {
        var settings = ExperimentSettings.From(ScenarioLoader.Parse("""
            end: 2018
            experiments:
              sampler: mc
              n: 4
              uncertainties:
                - {name: publicSupport, distribution: uniform, min: 0.4, max: 0.95}
                - {name: threatTalkWeight}
            """, "m.yaml"));
        var matrix = new ExperimentMatrix(settings.Design, [[0.1, 0.2], [0.9, 0.8]]);
        var dir = Directory.CreateTempSubdirectory("spokes-meta-").FullName;
        RunMetadata.Write(dir, settings, matrix, 1, TimeSpan.FromSeconds(1));
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, RunMetadata.File)));
        var support = doc.RootElement.GetProperty("uncertainties")[0];
        Assert.Equal(0.4, support.GetProperty("min").GetDouble(), 12);
        Assert.Equal(0.95, support.GetProperty("max").GetDouble(), 12);
        Assert.Equal(0, support.GetProperty("validMin").GetDouble());
        Assert.Equal(1, support.GetProperty("validMax").GetDouble());
        var talk = doc.RootElement.GetProperty("uncertainties")[1];
        Assert.Equal(0.5, talk.GetProperty("min").GetDouble(), 12); // its documented range, sampled whole
        Assert.Equal(4, talk.GetProperty("max").GetDouble(), 12);
    }
}
