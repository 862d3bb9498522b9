namespace Spokes.Explore.Discovery;

/// <summary>How the rows are resampled for a stability check.</summary>
public enum ResampleMethod
{
    /// <summary>n rows drawn with replacement (Efron's bootstrap).</summary>
    Bootstrap,

    /// <summary>⌊fraction·n⌋ rows drawn without replacement (EMA Workbench's <c>resample</c>, fraction ½).</summary>
    Subsample,
}
