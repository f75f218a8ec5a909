using Learnware.Specifications;

namespace Learnware.Tests.Specifications;

public class HerdingTests
{
    [Theory]
    [InlineData(12, 3, 0.1)]
    [InlineData(25, 7, 0.5)]
    public void Herding_PicksWhatTheGreedyDefinitionPicks(int count, int d, double gamma)
    {
        var data = SyntheticData.Gaussian(40, SyntheticData.Centre(d, 1), 1, seed: count);
        var weights = Enumerable.Range(0, 40).Select(i => i % 5 == 0 ? -0.01 : 1.0 + i % 3).ToArray();
        var spec = new RkmeTableSpecification(data.Data, d, weights, gamma, 40);

        var fast = spec.Herd(count, new Random(7));
        var naive = NaiveHerding(spec, count, new Random(7));

        Assert.Equal(naive.Length, fast.Length);
        for (int i = 0; i < naive.Length; i++)
            Assert.Equal(naive[i], fast[i], 12);
    }

    [Fact]
    public void Herding_OfOneSample_TakesTheCandidateWithTheLargestMean()
    {
        var spec = new RkmeTableSpecification([0, 0, 10, 10], 2, [1, 0], 0.1, 2);
        var sample = spec.Herd(1, new Random(3));
        // Every candidate comes from the only point with weight, with noise of sd 0.25.
        Assert.InRange(Math.Sqrt(sample[0] * sample[0] + sample[1] * sample[1]), 0, 0.3);
    }

    /// <summary>
    /// The definition, written out scalar: the same candidate draws, then argmax over candidates of
    /// (t+1)·Σ_j β_j k(z_j, c) − Σ_{s picked} k(s, c) with the kernel taken from the difference vector.
    /// </summary>
    private static double[] NaiveHerding(RkmeTableSpecification spec, int count, Random random)
    {
        int k = spec.Count, d = spec.Dimension, n = 100 * count;
        var beta = spec.Weights.ToArray().Select(w => Math.Max(w, 0)).ToArray();
        double total = beta.Sum();
        beta = beta.Select(w => w / total).ToArray();
        var cumulative = new double[k];
        double running = 0;
        for (int i = 0; i < k; i++) cumulative[i] = running += beta[i];
        var candidates = new double[n][];
        for (int c = 0; c < n; c++)
        {
            int source = Array.BinarySearch(cumulative, random.NextDouble() * running);
            source = Math.Min(source < 0 ? ~source : source, k - 1);
            candidates[c] = spec.Point(source).ToArray().Select(v => v + 0.25 * SyntheticData.Normal(random)).ToArray();
        }
        double Kernel(ReadOnlySpan<double> a, double[] b)
        {
            double s = 0;
            for (int j = 0; j < d; j++) s += (a[j] - b[j]) * (a[j] - b[j]);
            return Math.Exp(-spec.Gamma * s);
        }
        var mean = candidates.Select(c => Enumerable.Range(0, k).Sum(i => beta[i] * Kernel(spec.Point(i), c))).ToArray();
        var picked = new List<double[]>();
        for (int t = 0; t < count; t++)
        {
            int best = 0;
            double bestScore = double.NegativeInfinity;
            for (int c = 0; c < n; c++)
            {
                double score = (t + 1) * mean[c] - picked.Sum(s => Kernel(s, candidates[c]));
                if (score > bestScore) { bestScore = score; best = c; }
            }
            picked.Add(candidates[best]);
        }
        return picked.SelectMany(p => p).ToArray();
    }
}
