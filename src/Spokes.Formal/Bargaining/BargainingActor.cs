namespace Spokes.Formal.Bargaining;

/// <summary>
/// One stakeholder in the expected-utility bargaining model (Bueno de Mesquita 1994; Scholz, Calbert &amp; Smith
/// 2011): its capability c ≥ 0 (relative influence on the issue), its preferred position x on the issue scale and
/// its salience s ∈ [0, 1] (how much the issue matters to it; files give it on BDM's 0–100 scale). Immutable.
/// </summary>
public sealed record BargainingActor
{
    /// <exception cref="ArgumentException">empty name, capability negative or not finite, position not finite,
    /// salience outside [0, 1].</exception>
    public BargainingActor(string name, double capability, double position, double salience)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("an actor needs a name", nameof(name));
        if (!double.IsFinite(capability) || capability < 0)
            throw new ArgumentOutOfRangeException(nameof(capability), capability, "capability must be finite and ≥ 0");
        if (!double.IsFinite(position)) throw new ArgumentOutOfRangeException(nameof(position), position, "position must be finite");
        if (!(salience >= 0 && salience <= 1))
            throw new ArgumentOutOfRangeException(nameof(salience), salience, "salience must lie in [0, 1]");
        Name = name;
        Capability = capability;
        Position = position;
        Salience = salience;
    }

    public string Name { get; }

    /// <summary>c_i: relative capability (only ratios matter).</summary>
    public double Capability { get; }

    /// <summary>x_i: the position the actor holds at the start.</summary>
    public double Position { get; }

    /// <summary>s_i ∈ [0, 1]: salience; also read by the model as the probability that the actor resists a challenge.</summary>
    public double Salience { get; }

    /// <summary>c_i·s_i: the actor's weight in votes and in the weighted mean.</summary>
    public double Weight => Capability * Salience;
}
