using System.Security.Cryptography;
using Spokes.Model.Outputs;
using Spokes.Model.Parameters;
using Spokes.Model.Simulation;

namespace Spokes.Scenarios.Tests;

/// <summary>
/// The scalar path's contract pinned bit for bit: the SHA-256 of every recorded value (all years, rows and variables,
/// as IEEE-754 bits) of a few runs that between them take every branch of the yearly step (status quo, threats and
/// troop cuts, withdrawal into nuclear hedging, a history run following observed budgets and governments, and
/// parameters far from their defaults). Refactoring for speed (shared threat terms, the generic mechanisms that also
/// run in SIMD lanes) must leave these hashes unchanged. A deliberate change to the model or its data changes them:
/// then check the change is meant, and paste the new hashes this test prints.
/// </summary>
public class GoldenTrajectoryTests
{
    private static readonly (string Name, string Hash)[] Pinned =
    [
        ("default, seed 1",
            "5f615cda3750a81c4491bcb324b643425258b7282edc6734531d46e5f15feeba"),
        ("commit-and-cooperate, seed 1",
            "6a46957201621b242a7e498559980d4514d5c76537e8fb63c63254211d735152"),
        ("threaten-and-act, seed 7",
            "c612e1913ce1403e5367a8aee1c59463d453addc64fe4f0e5c131a48089aca67"),
        ("withdraw, seed 1",
            "005a6280213de19aac75d478eeecc4f29611f28ff3cef46bcdb889def11d6086"),
        ("history-2017-2024, seed 1",
            "3698814b3459545812881c991bfa17a21e1bbb658152113cae4b5b2b1f494b75"),
        ("korea-troop-cut, off-default parameters, seed 3",
            "38becd913f454717a5b6dd734c05f259dd585883c015cf8b87ef198f9dd4f585"),
    ];

    private static ScenarioPlan File(string name) =>
        ScenarioPlan.Build(ScenarioLoader.Load(Path.Combine(RepoRoot.Path, "scenarios", name + ".yaml")));

    private static Trajectory Run(string name)
    {
        switch (name)
        {
            case "default, seed 1": return ScenarioPlan.Build(ScenarioDefinition.Default).CreateSimulation().Run(1);
            case "commit-and-cooperate, seed 1": return File("commit-and-cooperate").CreateSimulation().Run(1);
            case "threaten-and-act, seed 7": return File("threaten-and-act").CreateSimulation().Run(7);
            case "withdraw, seed 1": return File("withdraw").CreateSimulation().Run(1);
            case "history-2017-2024, seed 1": return File("history-2017-2024").CreateSimulation().Run(1);
            case "korea-troop-cut, off-default parameters, seed 3":
            {
                // Every parameter moved to a fixed, irregular point of its range (golden-ratio steps), so branches the
                // defaults never reach (nuclear climbing, complementarity, strong reactions) are pinned too.
                var plan = File("korea-troop-cut");
                var p = plan.Parameters;
                foreach (var info in ParameterCatalog.All)
                {
                    double u = ((int)info.Id + 1) * 0.6180339887498949 % 1.0;
                    p = p.With(info.Id, info.Min + (0.15 + 0.7 * u) * (info.Max - info.Min));
                }
                var sim = new AllianceSimulation(plan.Baseline, p, plan.Levers, plan.Exogenous, plan.Definition.EndYear, plan.Negotiation);
                return sim.Run(3);
            }
            default: throw new ArgumentException(name);
        }
    }

    public static string Hash(Trajectory t)
    {
        var bytes = new List<byte>();
        var variables = Enum.GetValues<Variable>();
        for (int y = t.StartYear; y <= t.EndYear; y++)
            for (int r = 0; r < t.RowIds.Count; r++)
                foreach (var v in variables) bytes.AddRange(BitConverter.GetBytes(BitConverter.DoubleToInt64Bits(t[y, r, v])));
        return Convert.ToHexStringLower(SHA256.HashData(bytes.ToArray()));
    }

    [Fact]
    public void The_scalar_runs_are_bit_for_bit_the_pinned_ones()
    {
        var actual = Pinned.Select(c => (c.Name, Hash: Hash(Run(c.Name)))).ToArray();
        var wrong = actual.Zip(Pinned).Where(x => x.First.Hash != x.Second.Hash).Select(x => x.First.Name).ToList();
        Assert.True(wrong.Count == 0,
            $"trajectories changed: {string.Join(", ", wrong)}. If the model change is meant, pin:\n"
            + string.Join("\n", actual.Select(a => $"        (\"{a.Name}\", \"{a.Hash}\"),")));
    }
}
