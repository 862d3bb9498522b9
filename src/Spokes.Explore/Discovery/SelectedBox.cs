namespace Spokes.Explore.Discovery;

/// <summary>A box chosen from a trajectory, with the quasi-p value of each of its restrictions. Immutable.</summary>
public sealed class SelectedBox
{
    internal SelectedBox(PrimBox box, IReadOnlyList<QuasiPValue> quasiP)
    {
        Box = box;
        QuasiP = quasiP;
    }

    public PrimBox Box { get; }

    /// <summary>One entry per restricted side of a real dimension and per restricted categorical dimension, in table order.</summary>
    public IReadOnlyList<QuasiPValue> QuasiP { get; }

    /// <summary>The quasi-p values of one dimension (empty when it is not restricted).</summary>
    public IReadOnlyList<QuasiPValue> QuasiPFor(string dimension) => QuasiP.Where(q => q.Dimension == dimension).ToArray();
}
