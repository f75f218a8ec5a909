using Learnware.Numerics;
using Learnware.Tables;

namespace Learnware.Specifications;

/// <summary>
/// A reduced kernel mean embedding of a table: K weighted points whose RBF kernel mean matches that of the data.
/// </summary>
/// <remarks>
/// Immutable. Distances follow the reference package exactly: <c>&lt;P,Q&gt;</c> uses P's gamma, and
/// MMD²(P, Q) = &lt;P,P&gt; − 2&lt;P,Q&gt; + &lt;Q,Q&gt; with the last term in Q's gamma, so that specifications
/// written by either implementation compare equal.
/// </remarks>
public sealed class RkmeTableSpecification : IStatSpecification
{
    /// <summary>The type tag stored in the JSON file, shared with the reference package.</summary>
    public const string TypeName = "RKMETableSpecification";

    private readonly double[] _points;
    private readonly double[] _weights;

    /// <summary>Creates a specification from K points (K×d, row-major) and their K weights.</summary>
    public RkmeTableSpecification(double[] points, int dimension, double[] weights, double gamma, int numPoints)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        if (weights.Length == 0)
            throw new ArgumentException("a specification needs at least one point", nameof(weights));
        if (points.Length != (long)weights.Length * dimension)
            throw new ArgumentException(
                $"{weights.Length} weights need {weights.Length}x{dimension} point values, got {points.Length}", nameof(points));
        if (!(gamma > 0) || !double.IsFinite(gamma))
            throw new ArgumentOutOfRangeException(nameof(gamma), gamma, "gamma must be a positive finite number");
        ArgumentOutOfRangeException.ThrowIfNegative(numPoints);
        _points = points;
        _weights = weights;
        Dimension = dimension;
        Gamma = gamma;
        NumPoints = numPoints;
    }

    /// <summary>The reduced-set points z, K×d row-major.</summary>
    public ReadOnlySpan<double> Points => _points;

    /// <summary>The weights β of the points.</summary>
    public ReadOnlySpan<double> Weights => _weights;

    /// <summary>Number of reduced-set points K.</summary>
    public int Count => _weights.Length;

    /// <summary>Feature dimension d.</summary>
    public int Dimension { get; }

    /// <summary>RBF bandwidth.</summary>
    public double Gamma { get; }

    /// <summary>Number of rows of the data the specification was made from.</summary>
    public int NumPoints { get; }

    /// <summary>Point i.</summary>
    public ReadOnlySpan<double> Point(int i) => _points.AsSpan(i * Dimension, Dimension);

    /// <summary>&lt;this, other&gt; in the RKHS of this specification's kernel.</summary>
    public double InnerProduct(RkmeTableSpecification other)
    {
        ArgumentNullException.ThrowIfNull(other);
        RequireSameDimension(other);
        return RbfKernel.WeightedSum(_points, _weights, other._points, other._weights, Dimension, Gamma);
    }

    /// <summary>MMD² between the two embeddings, as the reference computes it (can be slightly negative by rounding).</summary>
    /// <exception cref="SpecificationException">The distance is not a finite number (specifications made outside the
    /// value rule of <see cref="RkmeJson"/>), so it cannot rank anything.</exception>
    public double SquaredDistance(RkmeTableSpecification other)
    {
        ArgumentNullException.ThrowIfNull(other);
        double distance = InnerProduct(this) - 2 * InnerProduct(other) + other.InnerProduct(other);
        return double.IsFinite(distance)
            ? distance
            : throw new SpecificationException($"the distance between the specifications is {distance}: their values or weights are too extreme to compare");
    }

    /// <summary>Draws <paramref name="count"/> points that follow this embedding (see <see cref="Herding"/>).</summary>
    public double[] Herd(int count, Random random) => Herding.Sample(this, count, random);

    /// <inheritdoc />
    string IStatSpecification.TypeName => TypeName;

    /// <inheritdoc />
    public string DataType => "Table";

    /// <inheritdoc />
    public IReadOnlyList<int> PointShape => [Dimension];

    /// <inheritdoc />
    public int PointSize => Dimension;

    /// <inheritdoc />
    public double InnerProduct(IStatSpecification other) => InnerProduct(RequireTable(other));

    /// <inheritdoc />
    public bool SharesKernelWith(IStatSpecification other) => other is RkmeTableSpecification table && table.Gamma == Gamma;

    /// <inheritdoc />
    public double SearchDistance(double mmd2) => mmd2;

    /// <inheritdoc />
    public DenseMatrix ToPoints(DenseMatrix modelInputs, IReadOnlyList<int> sampleShape)
    {
        ArgumentNullException.ThrowIfNull(modelInputs);
        if (modelInputs.Columns != Dimension)
            throw new ArgumentException($"the specification has {Dimension} features, the data has {modelInputs.Columns}", nameof(modelInputs));
        return MissingValues.Fill(modelInputs);
    }

    /// <inheritdoc />
    public IStatSpecification Empirical(DenseMatrix points)
    {
        ArgumentNullException.ThrowIfNull(points);
        int n = points.Rows;
        return new RkmeTableSpecification(points.Data, points.Columns, Enumerable.Repeat(1.0 / n, n).ToArray(), Gamma, n);
    }

    /// <inheritdoc />
    /// <remarks>The unanticipated rows are standard normal, as the reference's checker draws them.</remarks>
    public DenseMatrix SampleModelInputs(IReadOnlyList<int> sampleShape, int herded, int random, Random rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        int d = Dimension;
        var rows = new double[(herded + random) * d];
        if (herded > 0)
            Herd(herded, rng).CopyTo(rows, 0);
        for (int i = herded * d; i < rows.Length; i++)
            rows[i] = StandardNormal.Sample(rng);
        return new DenseMatrix(rows, herded + random, d);
    }

    /// <inheritdoc />
    public string? InputMismatch(IReadOnlyList<int> sampleShape)
    {
        ArgumentNullException.ThrowIfNull(sampleShape);
        int size = sampleShape.Aggregate(1, (a, b) => a * b);
        return size == Dimension ? null : $"the statistical specification has dimension {Dimension}, the model takes {size} features";
    }

    /// <inheritdoc />
    public string Describe() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Count} points x {Dimension} features, gamma {Gamma}");

    /// <inheritdoc />
    public string ToJson() => RkmeJson.Serialize(this);

    /// <summary>Generates the specification of a table (n×d) with the given options.</summary>
    public static RkmeTableSpecification FromData(DenseMatrix data, RkmeOptions? options = null) =>
        RkmeTableBuilder.Build(data, options ?? new RkmeOptions());

    /// <summary>
    /// Generates the specification of a table read from CSV: missing cells take their column's mean (an error names
    /// a column with no value at all), then <see cref="FromData"/>. <c>learnware spec table</c> and the browser both
    /// come here, so the same file, options and seed give the same specification.
    /// </summary>
    public static RkmeTableSpecification FromTable(NumericTable table, RkmeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        return FromData(MissingValues.Fill(table.Values, table.ColumnNames), options);
    }

    private RkmeTableSpecification RequireTable(IStatSpecification other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other as RkmeTableSpecification ?? throw new ArgumentException(
            $"a {TypeName} cannot be compared with a {other.TypeName}");
    }

    private void RequireSameDimension(RkmeTableSpecification other)
    {
        if (other.Dimension != Dimension)
            throw new ArgumentException(
                $"specifications of different dimensions cannot be compared ({Dimension} vs {other.Dimension})");
    }
}
