using System.Buffers;
using System.Numerics.Tensors;

namespace Learnware.Numerics;

/// <summary>
/// k-means with k-means++ seeding and Lloyd iterations, used to place the initial reduced-set points of an RKME.
/// </summary>
/// <remarks>
/// Seeding draws each new centre with probability proportional to the squared distance to the nearest centre so
/// far (Arthur and Vassilvitskii, 2007), so duplicate seeds cannot happen while distinct rows remain. A cluster that
/// empties during Lloyd iterations is re-seeded at the point farthest from its centre, rather than left at the
/// origin. All sums are taken per fixed chunk and merged in order, so a seed gives the same centres on any machine.
/// </remarks>
public static class KMeansPlusPlus
{
    private const int BlockRows = 256;

    /// <summary>Returns k centroids (k×d, row-major) of the rows of x (of a uniform sample of them for large x).</summary>
    public static double[] Fit(DenseMatrix x, int k, Random random, int maxIterations = 100, double tolerance = 1e-4)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, x.Rows);
        // Seeding and Lloyd both work on the sample: the start only has to be good, the RKME steps that follow read
        // every row, and a Lloyd pass over all rows would cost as much as one of those steps.
        x = SeedingSample(x, k, random);
        var centroids = Seed(x, k, random);
        var rowNorms = new double[x.Rows];
        RbfKernel.SquaredNorms(x.Data, x.Rows, x.Columns, rowNorms);
        var next = new double[centroids.Length];
        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            double shift = LloydStep(x, rowNorms, centroids, k, next);
            (centroids, next) = (next, centroids);
            if (shift <= tolerance)
                break;
        }
        return centroids;
    }

    /// <summary>
    /// The rows k-means works on: all of x when small, else a uniform sample of max(50k, 4096) rows. Seeding makes
    /// k sequential passes, so on large tables it would cost more than all the RKME steps together.
    /// </summary>
    internal static DenseMatrix SeedingSample(DenseMatrix x, int k, Random random)
    {
        int size = Math.Max(50 * k, 4096);
        if (x.Rows <= size)
            return x;
        var indices = Enumerable.Range(0, x.Rows).ToArray();
        int d = x.Columns;
        var sample = new double[size * d];
        for (int i = 0; i < size; i++)
        {
            int pick = random.Next(i, indices.Length);
            (indices[i], indices[pick]) = (indices[pick], indices[i]);
            x.Row(indices[i]).CopyTo(sample.AsSpan(i * d, d));
        }
        return new DenseMatrix(sample, size, d);
    }

    /// <summary>k-means++ seeding: k distinct rows of x (while x has k distinct rows).</summary>
    internal static double[] Seed(DenseMatrix x, int k, Random random)
    {
        int n = x.Rows, d = x.Columns;
        var centroids = new double[k * d];
        var nearest = new double[n];
        x.Row(random.Next(n)).CopyTo(centroids.AsSpan(0, d));
        var chunks = FixedChunks.For(n);
        var chunkTotals = new double[chunks.Count];
        nearest.AsSpan().Fill(double.PositiveInfinity);
        for (int c = 1; c < k; c++)
        {
            var centre = centroids.AsMemory((c - 1) * d, d);
            chunks.Run((chunk, start, end) => chunkTotals[chunk] = UpdateNearest(x, centre.Span, nearest, start, end));
            double sum = 0;
            foreach (double t in chunkTotals) sum += t;
            int pick = sum > 0 ? SampleProportional(nearest, sum, random) : random.Next(n);
            x.Row(pick).CopyTo(centroids.AsSpan(c * d, d));
        }
        return centroids;
    }

    /// <summary>Lowers each row's squared distance to its nearest centre by the new centre; returns their sum.</summary>
    private static double UpdateNearest(DenseMatrix x, ReadOnlySpan<double> centre, double[] nearest, int start, int end)
    {
        double total = 0;
        for (int i = start; i < end; i++)
        {
            double dist = SquaredDistance(x.Row(i), centre);
            if (dist < nearest[i]) nearest[i] = dist;
            total += nearest[i];
        }
        return total;
    }

    private static int SampleProportional(double[] weights, double total, Random random)
    {
        double target = random.NextDouble() * total, running = 0;
        int last = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            if (weights[i] <= 0) continue;
            running += weights[i];
            last = i;
            if (running > target) return i;
        }
        return last;
    }

    private static double SquaredDistance(ReadOnlySpan<double> a, ReadOnlySpan<double> b) => VectorMath.SquaredDistance(a, b);

    /// <summary>One Lloyd iteration from centroids into next; returns the total squared shift of the centres.</summary>
    private static double LloydStep(DenseMatrix x, double[] rowNorms, double[] centroids, int k, double[] next)
    {
        int d = x.Columns;
        var chunks = FixedChunks.For(x.Rows);
        var transposed = new double[d * k];
        Gemm.Transpose(centroids, k, d, transposed);
        var centroidNorms = new double[k];
        RbfKernel.SquaredNorms(centroids, k, d, centroidNorms);
        var sums = new double[chunks.Count][];
        var counts = new long[chunks.Count][];
        var farthest = new (int Row, double Distance)[chunks.Count];
        chunks.Run((chunk, start, end) =>
            farthest[chunk] = AssignChunk(x, rowNorms, transposed, centroidNorms, k, start, end,
                sums[chunk] = new double[k * d], counts[chunk] = new long[k]));

        Array.Clear(next);
        var totalCounts = new long[k];
        for (int chunk = 0; chunk < chunks.Count; chunk++)
        {
            TensorPrimitives.Add(next, sums[chunk], next);
            for (int j = 0; j < k; j++) totalCounts[j] += counts[chunk][j];
        }
        var reseeds = farthest.Where(f => f.Row >= 0).OrderByDescending(f => f.Distance).Select(f => f.Row).ToArray();
        int reseedIndex = 0;
        double shift = 0;
        for (int j = 0; j < k; j++)
        {
            var centre = next.AsSpan(j * d, d);
            if (totalCounts[j] > 0)
                TensorPrimitives.Divide(centre, totalCounts[j], centre);
            else if (reseedIndex < reseeds.Length)
                x.Row(reseeds[reseedIndex++]).CopyTo(centre);
            else
                centroids.AsSpan(j * d, d).CopyTo(centre);
            shift += SquaredDistance(centre, centroids.AsSpan(j * d, d));
        }
        return shift;
    }

    /// <summary>Assigns rows [start, end) to their nearest centroid, adding them to the chunk's sums and counts.</summary>
    private static (int Row, double Distance) AssignChunk(DenseMatrix x, double[] rowNorms, double[] transposed,
        double[] centroidNorms, int k, int start, int end, double[] sum, long[] count)
    {
        int d = x.Columns;
        var far = (Row: -1, Distance: -1.0);
        var dots = ArrayPool<double>.Shared.Rent(BlockRows * k);
        try
        {
            for (int block = start; block < end; block += BlockRows)
            {
                int rows = Math.Min(BlockRows, end - block);
                var blockDots = dots.AsSpan(0, rows * k);
                blockDots.Clear();
                Gemm.MultiplyAdd(x.Data.AsSpan(block * d, rows * d), transposed, blockDots, rows, d, k);
                for (int r = 0; r < rows; r++)
                {
                    var (best, value) = VectorMath.NearestCentre(blockDots.Slice(r * k, k), centroidNorms);
                    double distance = value + rowNorms[block + r];
                    if (distance > far.Distance) far = (block + r, distance);
                    count[best]++;
                    VectorMath.AddTo(sum.AsSpan(best * d, d), x.Row(block + r));
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(dots);
        }
        return far;
    }
}
