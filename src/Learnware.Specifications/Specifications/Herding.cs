using System.Numerics.Tensors;
using Learnware.Numerics;

namespace Learnware.Specifications;

/// <summary>Kernel herding: deterministic-greedy samples whose empirical embedding tracks an RKME.</summary>
/// <remarks>
/// As in the reference: 100·T candidates are drawn from the points in proportion to their (clipped, normalised)
/// weights plus N(0, 0.25²) noise; then T times the candidate maximising (t+1)·μ(c) − Σ_{s picked} k(s, c) is taken,
/// where μ(c) = Σ_j β_j k(z_j, c). The specification itself is never changed (the reference clips its weights in
/// place). The candidates are stored one coordinate after another (d columns of N values) with their norms computed
/// once, so each pick is a single pass over them in cache-sized chunks: dot products with the picked point, the
/// kernel, the penalty update and the argmax for the next pick, with no allocation.
/// </remarks>
public static class Herding
{
    private const int CandidatesPerSample = 100;
    private const double NoiseStandardDeviation = 0.25;

    // Candidates per chunk: the chunk's d columns and scratch stay in the first-level caches.
    private const int Chunk = 256;

    /// <summary>T samples (T×d, row-major) that follow the embedding of <paramref name="spec"/>.</summary>
    public static double[] Sample(RkmeTableSpecification spec, int count, Random random)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        int d = spec.Dimension, n = CandidatesPerSample * count;
        var weights = ClippedWeights(spec.Weights);
        var columns = DrawCandidates(spec, weights, n, random);
        var norms = new double[n];
        for (int j = 0; j < d; j++)
        {
            var column = columns.AsSpan(j * n, n);
            TensorPrimitives.MultiplyAdd(column, column, norms, norms);
        }

        var mean = new double[n];
        var scratch = new double[Chunk];
        for (int start = 0; start < n; start += Chunk)
        {
            int length = Math.Min(Chunk, n - start);
            var target = mean.AsSpan(start, length);
            for (int i = 0; i < spec.Count; i++)
            {
                if (weights[i] == 0)
                    continue;
                var kernel = scratch.AsSpan(0, length);
                KernelChunk(spec.Point(i), columns, n, start, norms.AsSpan(start, length), spec.Gamma, kernel);
                TensorPrimitives.MultiplyAdd(kernel, weights[i], target, target);
            }
        }

        var penalty = new double[n];
        var samples = new double[count * d];
        int pick = TensorPrimitives.IndexOfMax(mean);
        for (int t = 0; t < count; t++)
        {
            var chosen = samples.AsSpan(t * d, d);
            for (int j = 0; j < d; j++)
                chosen[j] = columns[j * n + pick];
            if (t + 1 < count)
                pick = AddPenaltyAndPickNext(chosen, columns, norms, mean, penalty, scratch, t + 2, spec.Gamma);
        }
        return samples;
    }

    /// <summary>
    /// Adds k(chosen, c) to every candidate's penalty and returns argmax_c (factor·μ(c) − penalty(c)), the first
    /// such c on ties.
    /// </summary>
    private static int AddPenaltyAndPickNext(ReadOnlySpan<double> chosen, double[] columns, double[] norms,
        double[] mean, double[] penalty, double[] scratch, double factor, double gamma)
    {
        int n = norms.Length, best = 0;
        double bestScore = double.NegativeInfinity;
        for (int start = 0; start < n; start += Chunk)
        {
            int length = Math.Min(Chunk, n - start);
            var kernel = scratch.AsSpan(0, length);
            var penaltyChunk = penalty.AsSpan(start, length);
            KernelChunk(chosen, columns, n, start, norms.AsSpan(start, length), gamma, kernel);
            TensorPrimitives.Add(penaltyChunk, kernel, penaltyChunk);
            // The kernel values are no longer needed, so the scratch now takes the scores.
            TensorPrimitives.Multiply(mean.AsSpan(start, length), factor, kernel);
            TensorPrimitives.Subtract(kernel, penaltyChunk, kernel);
            int local = TensorPrimitives.IndexOfMax(kernel);
            if (kernel[local] > bestScore)
            {
                bestScore = kernel[local];
                best = start + local;
            }
        }
        return best;
    }

    /// <summary>dest[c] = exp(−γ·max(0, ‖p‖² − 2 p·x_c + ‖x_c‖²)) for the candidates of one chunk.</summary>
    private static void KernelChunk(ReadOnlySpan<double> point, double[] columns, int n, int start,
        ReadOnlySpan<double> norms, double gamma, Span<double> dest)
    {
        int length = dest.Length;
        TensorPrimitives.Add(norms, TensorPrimitives.SumOfSquares(point), dest);
        for (int j = 0; j < point.Length; j++)
            TensorPrimitives.MultiplyAdd(columns.AsSpan(j * n + start, length), -2 * point[j], dest, dest);
        TensorPrimitives.Max(dest, 0.0, dest);
        TensorPrimitives.Multiply(dest, -gamma, dest);
        TensorPrimitives.Exp(dest, dest);
    }

    /// <summary>Negative weights set to zero, then scaled to sum to one (uniform if none is positive).</summary>
    private static double[] ClippedWeights(ReadOnlySpan<double> source)
    {
        var weights = new double[source.Length];
        TensorPrimitives.Max(source, 0.0, weights);
        if (!(TensorPrimitives.Sum(weights) > 0))
            Array.Fill(weights, 1.0);
        TensorPrimitives.Divide(weights, TensorPrimitives.Sum(weights), weights);
        return weights;
    }

    /// <summary>n candidates z_i + N(0, 0.25² I), i drawn by weight, stored as d columns of n values.</summary>
    private static double[] DrawCandidates(RkmeTableSpecification spec, double[] weights, int n, Random random)
    {
        int k = spec.Count, d = spec.Dimension;
        var cumulative = new double[k];
        double running = 0;
        for (int i = 0; i < k; i++) cumulative[i] = running += weights[i];
        var columns = new double[n * d];
        for (int c = 0; c < n; c++)
        {
            int source = Array.BinarySearch(cumulative, random.NextDouble() * running);
            source = Math.Min(source < 0 ? ~source : source, k - 1);
            var point = spec.Point(source);
            for (int j = 0; j < d; j++)
                columns[j * n + c] = point[j] + NoiseStandardDeviation * StandardNormal.Sample(random);
        }
        return columns;
    }
}
