namespace Spokes.Explore.Validation;

/// <summary>What the data say about one parameter, judged from its posterior against its prior.</summary>
public enum Identification
{
    /// <summary>The posterior is much narrower than the prior.</summary>
    Identified,

    /// <summary>The posterior is narrower than the prior, but not by much.</summary>
    WeaklyIdentified,

    /// <summary>The posterior is about as wide as the prior: the data say little.</summary>
    NotIdentified,

    /// <summary>The draws pile up at a bound of the range: the range, not the data, sets the value.</summary>
    AtBound,
}

/// <summary>
/// The thresholds of the verdict. They are choices of this project (assumptions, not taken from a publication):
/// a uniform prior puts 2% of its mass within 2% of each bound, so <see cref="AtBoundShare"/> = 0.10 flags five
/// times that at one bound; posterior sd under <see cref="IdentifiedRatio"/> = 0.3 of the prior sd means the data
/// removed most of the prior spread; above <see cref="NotIdentifiedRatio"/> = 0.7 little was learnt. Plausible
/// ranges: 0.05–0.25, 0.2–0.5 and 0.6–0.9. (Garrett &amp; Zeger 2000, Biometrics 56(4), judge weak identification by
/// prior–posterior overlap instead; the sd ratio is the simpler reading of the same comparison.)
/// </summary>
public sealed record IdentificationThresholds
{
    public static IdentificationThresholds Default { get; } = new();

    /// <summary>Share of the range, at each end, that counts as "at the bound".</summary>
    public double BoundBand { get; init; } = 0.02;

    /// <summary>Share of draws within <see cref="BoundBand"/> of one bound from which a parameter is at that bound.</summary>
    public double AtBoundShare { get; init; } = 0.10;

    /// <summary>Posterior sd / prior sd below which a parameter is identified.</summary>
    public double IdentifiedRatio { get; init; } = 0.3;

    /// <summary>Posterior sd / prior sd from which a parameter is not identified.</summary>
    public double NotIdentifiedRatio { get; init; } = 0.7;
}
