namespace Spokes.Explore.Tests.Validation;

internal static class Approx
{
    /// <summary>Asserts equal lengths and every element within <paramref name="tolerance"/>.</summary>
    public static void Equal(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++) Assert.Equal(expected[i], actual[i], tolerance);
    }
}
