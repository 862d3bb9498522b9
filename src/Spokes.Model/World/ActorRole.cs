namespace Spokes.Model.World;

/// <summary>The part an actor plays in the hub-and-spokes system.</summary>
public enum ActorRole
{
    /// <summary>The United States: the centre every bilateral alliance runs through.</summary>
    Hub,
    /// <summary>An ally or partner tied to the hub (Japan, South Korea, …).</summary>
    Spoke,
    /// <summary>An adversary whose build-up the spokes face (China, North Korea).</summary>
    Threat,
}
