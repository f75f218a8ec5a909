using System.Buffers;
using System.Numerics.Tensors;
using Learnware.Specifications;

namespace Learnware.Market.Index;

/// <summary>
/// Random Fourier features of the RBF kernel k(x, y) = exp(−γ‖x − y‖²): φ(x) = sqrt(2/D) cos(Wx + b) with W (D×d)
/// drawn from N(0, 2γ) and b uniform on [0, 2π), so that φ(x)·φ(y) estimates k(x, y). The sketch of a specification
/// is its kernel mean embedding in feature space, s = Σ_i β_i φ(z_i), and ‖s_P − s_Q‖² estimates MMD²(P, Q) with an
/// error of order 1/sqrt(D).
/// </summary>
/// <remarks>
/// One map serves one island (specification type, dimension and gamma). The same dimension, gamma, feature count and
/// seed give the same features, so the seed is all an island needs to store to re-create its map.
/// </remarks>
public sealed class RandomFeatureMap
{
    /// <summary>Default number of random features D.</summary>
    public const int DefaultFeatureCount = 256;

    // Points projected at a time: bounds the scratch buffer for specifications with very many points.
    private const int BlockPoints = 128;

    // Wᵀ, d×D row-major: row k holds the k-th input coordinate's weights of every feature, so that the projection of
    // one point is d vector multiply-adds of length D.
    private readonly double[] _weightsTransposed;
    private readonly double[] _phases;
    private readonly double _scale;

    /// <summary>Draws the features for points of <paramref name="dimension"/> coordinates and bandwidth <paramref name="gamma"/>.</summary>
    public RandomFeatureMap(int dimension, double gamma, int featureCount = DefaultFeatureCount, ulong seed = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(featureCount, 1);
        if (!(gamma > 0) || !double.IsFinite(gamma))
            throw new ArgumentOutOfRangeException(nameof(gamma), gamma, "gamma must be a positive finite number");
        if ((long)dimension * featureCount > Array.MaxLength)
            throw new ArgumentOutOfRangeException(nameof(featureCount), featureCount, "too many features for this dimension");
        Dimension = dimension;
        Gamma = gamma;
        FeatureCount = featureCount;
        Seed = seed;
        _scale = Math.Sqrt(2.0 / featureCount);

        // Drawn in W's natural order (feature by feature) so the stream's meaning does not depend on the layout.
        var random = new SplitMix64(seed);
        double sigma = Math.Sqrt(2 * gamma);
        _weightsTransposed = new double[dimension * featureCount];
        for (int f = 0; f < featureCount; f++)
            for (int k = 0; k < dimension; k++)
                _weightsTransposed[k * featureCount + f] = sigma * random.NextGaussian();
        _phases = new double[featureCount];
        for (int f = 0; f < featureCount; f++)
            _phases[f] = 2 * Math.PI * random.NextDouble();
    }

    /// <summary>Input dimension d.</summary>
    public int Dimension { get; }

    /// <summary>RBF bandwidth γ the features approximate.</summary>
    public double Gamma { get; }

    /// <summary>Number of random features D, the length of a sketch.</summary>
    public int FeatureCount { get; }

    /// <summary>Seed the features were drawn from.</summary>
    public ulong Seed { get; }

    /// <summary>True when the specification belongs to this map's island: same dimension and exactly the same gamma.</summary>
    public bool CanSketch(RkmeTableSpecification specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        return specification.Dimension == Dimension && specification.Gamma == Gamma;
    }

    /// <summary>The sketch Σ_i β_i φ(z_i) of a specification, D floats.</summary>
    public float[] Sketch(RkmeTableSpecification specification)
    {
        var sketch = new float[FeatureCount];
        Sketch(specification, sketch);
        return sketch;
    }

    /// <summary>Writes the sketch of a specification into <paramref name="destination"/> (D floats).</summary>
    public void Sketch(RkmeTableSpecification specification, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(specification);
        if (!CanSketch(specification))
            throw new ArgumentException(
                $"a specification of dimension {specification.Dimension} and gamma {specification.Gamma} is outside this " +
                $"map's island (dimension {Dimension}, gamma {Gamma})", nameof(specification));
        if (destination.Length < FeatureCount)
            throw new ArgumentException($"the destination needs {FeatureCount} floats", nameof(destination));

        int count = specification.Count, size = FeatureCount;
        int block = Math.Min(count, BlockPoints);
        var pool = ArrayPool<double>.Shared;
        double[] projections = pool.Rent(block * size), sum = pool.Rent(size);
        try
        {
            var total = sum.AsSpan(0, size);
            total.Clear();
            var points = specification.Points;
            var weights = specification.Weights;
            for (int start = 0; start < count; start += block)
            {
                int rows = Math.Min(block, count - start);
                var angles = projections.AsSpan(0, rows * size);
                Project(points.Slice(start * Dimension, rows * Dimension), rows, angles);
                TensorPrimitives.Cos(angles, angles);
                for (int i = 0; i < rows; i++)
                    TensorPrimitives.MultiplyAdd(angles.Slice(i * size, size), weights[start + i], total, total);
            }
            for (int f = 0; f < size; f++)
                destination[f] = (float)(total[f] * _scale);
        }
        finally
        {
            pool.Return(projections);
            pool.Return(sum);
        }
    }

    /// <summary>dest = Z·Wᵀ + b for the K×d points Z: one K×d by d×D product, vectorised along D.</summary>
    private void Project(ReadOnlySpan<double> points, int count, Span<double> dest)
    {
        int size = FeatureCount, d = Dimension;
        var weights = _weightsTransposed.AsSpan();
        for (int i = 0; i < count; i++)
        {
            var row = dest.Slice(i * size, size);
            _phases.AsSpan().CopyTo(row);
            var point = points.Slice(i * d, d);
            for (int k = 0; k < d; k++)
                TensorPrimitives.MultiplyAdd(weights.Slice(k * size, size), point[k], row, row);
        }
    }
}
