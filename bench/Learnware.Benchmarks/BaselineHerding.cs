using System.Numerics.Tensors;
using Learnware.Numerics;
using Learnware.Specifications;

namespace Learnware.Benchmarks;

/// <summary>
/// Herding as it was before the column-chunked rewrite, kept as the in-process baseline: the same candidate draws
/// and greedy rule, but a full <see cref="RbfKernel.Matrix"/> call (which transposes the whole candidate pool) for
/// every point of the mean and every pick.
/// </summary>
internal static class BaselineHerding
{
    public static double[] Sample(RkmeTableSpecification spec, int count, Random random)
    {
        int d = spec.Dimension, k = spec.Count, candidates = 100 * count;
        var weights = new double[k];
        TensorPrimitives.Max(spec.Weights, 0.0, weights);
        if (!(TensorPrimitives.Sum(weights) > 0))
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
                target[j] += 0.25 * StandardNormal.Sample(random);
        }

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
}
