using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using Learnware.Numerics;

namespace Learnware.Specifications;

/// <summary>Kernel herding: deterministic-greedy samples whose empirical embedding tracks an RKME.</summary>
/// <remarks>
/// As in the reference: 100·T candidates are drawn from the points in proportion to their (clipped, normalised)
/// weights plus N(0, 0.25²) noise; then T times the candidate maximising (t+1)·μ(c) − Σ_{s picked} k(s, c) is taken,
/// where μ(c) = Σ_j β_j k(z_j, c). The penalty sums are updated with one kernel row per pick (O(T·N·d) in all) and
/// the specification itself is never changed (the reference clips its weights in place).
/// </remarks>
public static class Herding
{
    private const int CandidatesPerSample = 100;
    private const double NoiseStandardDeviation = 0.25;

    /// <summary>T samples (T×d, row-major) that follow the embedding of <paramref name="spec"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double[] Sample(RkmeTableSpecification spec, int count, Random random)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        int d = spec.Dimension, k = spec.Count, candidates = CandidatesPerSample * count;
        var weights = new double[k];
        TensorPrimitives.Max(spec.Weights, 0.0, weights);
        double total = TensorPrimitives.Sum(weights);
        if (!(total > 0))
            Array.Fill(weights, 1.0);
        TensorPrimitives.Divide(weights, TensorPrimitives.Sum(weights), weights);

        var cumulative = new double[k];
        double running = 0;
        for (int i = 0; i < k; i++) cumulative[i] = running += weights[i];
        var pool = new double[candidates * d];
        for (int c = 0; c < candidates; c++)
        {
            int source = Array.BinarySearch(cumulative, random.NextDouble() * running);
            source = Math.Min(source < 0 ? ~source : source, k - 1);
            var target = pool.AsSpan(c * d, d);
            spec.Point(source).CopyTo(target);
            for (int j = 0; j < d; j++)
                target[j] += NoiseStandardDeviation * Gaussian(random);
        }

        // μ(c) for every candidate, in blocks of points to bound memory.
        var mean = new double[candidates];
        var row = new double[candidates];
        for (int i = 0; i < k; i++)
        {
            RbfKernel.Matrix(spec.Point(i), 1, pool, candidates, d, spec.Gamma, row);
            TensorPrimitives.MultiplyAdd(row, weights[i], mean, mean);
        }

        var penalty = new double[candidates];
        var score = new double[candidates];
        var samples = new double[count * d];
        for (int t = 0; t < count; t++)
        {
            TensorPrimitives.Multiply(mean, t + 1, score);
            TensorPrimitives.Subtract(score, penalty, score);
            int pick = TensorPrimitives.IndexOfMax(score);
            var chosen = pool.AsSpan(pick * d, d);
            chosen.CopyTo(samples.AsSpan(t * d, d));
            RbfKernel.Matrix(chosen, 1, pool, candidates, d, spec.Gamma, row);
            TensorPrimitives.Add(penalty, row, penalty);
        }
        return samples;
    }

    private static double Gaussian(Random random)
    {
        // Box–Muller; 1 − U keeps the logarithm finite.
        double u1 = 1.0 - random.NextDouble(), u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
