using Spokes.Explore.Evaluation;
using Spokes.Explore.Experiments;

namespace Spokes.Explore.Results;

/// <summary>Streaming mean, standard deviation, minimum and maximum of each scalar outcome per policy (Welford).</summary>
public sealed class SummarySink(IResultSink? next = null) : IResultSink
{
    public sealed class Stats
    {
        public long Count { get; private set; }
        public double Mean { get; private set; }
        public double Min { get; private set; } = double.PositiveInfinity;
        public double Max { get; private set; } = double.NegativeInfinity;
        private double _m2;
        public double StandardDeviation => Count > 1 ? Math.Sqrt(_m2 / (Count - 1)) : 0;

        public void Add(double x)
        {
            Count++;
            double delta = x - Mean;
            Mean += delta / Count;
            _m2 += delta * (x - Mean);
            Min = Math.Min(Min, x);
            Max = Math.Max(Max, x);
        }
    }

    private Stats[,]? _stats;

    /// <summary>[policy, outcome].</summary>
    public Stats[,] Results => _stats ?? new Stats[0, 0];

    public void WriteBlock(ExperimentMatrix matrix, long first, int count, double[] scalars, double[] series)
    {
        int ns = matrix.Design.ScalarOutcomeCount;
        if (_stats is null)
        {
            _stats = new Stats[matrix.PolicyCount, ns];
            for (int p = 0; p < matrix.PolicyCount; p++)
                for (int o = 0; o < ns; o++) _stats[p, o] = new Stats();
        }
        for (int i = 0; i < count; i++)
        {
            int p = matrix.Locate(first + i).Policy;
            for (int o = 0; o < ns; o++) _stats[p, o].Add(scalars[i * ns + o]);
        }
        next?.WriteBlock(matrix, first, count, scalars, series);
    }
}
