namespace Spokes.Explore.Distributions;

/// <summary>Maps a unit-cube design to parameter values: column j goes through parameter j's quantile function.</summary>
public static class DesignMapping
{
    /// <summary>
    /// x_ij = Q_j(u_ij) for every row i and parameter j; the design itself is left unchanged.
    /// </summary>
    /// <exception cref="ArgumentNullException">design, parameters or one of their entries is null.</exception>
    /// <exception cref="ArgumentException">A row's length differs from the number of parameters, or a coordinate lies outside [0, 1].</exception>
    public static double[][] ToValues(this double[][] design, IReadOnlyList<IParameterDistribution> parameters)
    {
        Require.NotNull(design, nameof(design));
        Require.NotNull(parameters, nameof(parameters));
        for (int j = 0; j < parameters.Count; j++)
            Require.NotNull(parameters[j], nameof(parameters));
        var values = new double[design.Length][];
        for (int i = 0; i < design.Length; i++)
        {
            var row = Require.NotNull(design[i], nameof(design));
            if (row.Length != parameters.Count)
                throw new ArgumentException($"row {i} has {row.Length} coordinates for {parameters.Count} parameters", nameof(design));
            var mapped = new double[row.Length];
            for (int j = 0; j < row.Length; j++)
            {
                if (!(row[j] >= 0 && row[j] <= 1))
                    throw new ArgumentException($"coordinate ({i}, {j}) = {row[j]} lies outside [0, 1]", nameof(design));
                mapped[j] = parameters[j].Quantile(row[j]);
            }
            values[i] = mapped;
        }
        return values;
    }
}
