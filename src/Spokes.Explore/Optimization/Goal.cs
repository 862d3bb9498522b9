namespace Spokes.Explore.Optimization;

/// <summary>Whether smaller or larger values of an outcome are better.</summary>
public enum Goal
{
    Minimise,
    Maximise,
}
