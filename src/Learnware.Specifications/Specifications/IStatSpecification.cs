using Learnware.Numerics;

namespace Learnware.Specifications;

/// <summary>
/// A statistical specification of any kind (table, image, text): a reduced kernel mean embedding of a learnware's
/// data, K weighted points in the kind's own point space.
/// </summary>
/// <remarks>
/// Two specifications can be compared only when they share an island: the same <see cref="TypeName"/> and the same
/// <see cref="PointShape"/>. The search, the checker and the reusers work through this interface, so a new kind is
/// a new implementation plus a line in <c>StatSpecificationJson</c>, which reads every kind.
/// </remarks>
public interface IStatSpecification
{
    /// <summary>The JSON <c>type</c> tag shared with the reference package, e.g. <c>RKMETableSpecification</c>.</summary>
    string TypeName { get; }

    /// <summary>The semantic data type the kind serves (<c>Table</c>, <c>Image</c>, <c>Text</c>).</summary>
    string DataType { get; }

    /// <summary>The shape of one reduced-set point: [d] for tables, [C, 32, 32] for images.</summary>
    IReadOnlyList<int> PointShape { get; }

    /// <summary>Values per point (the product of <see cref="PointShape"/>); with the type it names the search island.</summary>
    int PointSize { get; }

    /// <summary>Number of reduced-set points K.</summary>
    int Count { get; }

    /// <summary>The weights β of the points.</summary>
    ReadOnlySpan<double> Weights { get; }

    /// <summary>&lt;this, other&gt; in this specification's kernel; throws <see cref="ArgumentException"/> across islands.</summary>
    double InnerProduct(IStatSpecification other);

    /// <summary>MMD² between the two embeddings: &lt;P,P&gt; − 2&lt;P,Q&gt; + &lt;Q,Q&gt;, each in its left operand's kernel.</summary>
    double SquaredDistance(IStatSpecification other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return InnerProduct(this) - 2 * InnerProduct(other) + other.InnerProduct(other);
    }

    /// <summary>True when the two can be compared: the same kind and the same point shape.</summary>
    bool SharesIslandWith(IStatSpecification other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return TypeName == other.TypeName && PointShape.SequenceEqual(other.PointShape);
    }

    /// <summary>True when &lt;this, other&gt; equals &lt;other, this&gt; (both use one kernel), so one product serves both.</summary>
    bool SharesKernelWith(IStatSpecification other);

    /// <summary>The distance the search scores: MMD² itself for tables, the reference's transform of it for images.</summary>
    double SearchDistance(double mmd2);

    /// <summary>Draws <paramref name="count"/> points (count × <see cref="PointSize"/>, row-major) that follow this embedding.</summary>
    double[] Herd(int count, Random random);

    /// <summary>
    /// Maps rows of model input (each of <paramref name="sampleShape"/>, the model's per-sample input shape) into
    /// this kind's point space, where they can be compared with the points; the row count is kept.
    /// </summary>
    DenseMatrix ToPoints(DenseMatrix modelInputs, IReadOnlyList<int> sampleShape);

    /// <summary>The specification of the given points (already in point space), each with weight 1/n, in this kernel.</summary>
    IStatSpecification Empirical(DenseMatrix points);

    /// <summary>
    /// Model inputs for the checker: <paramref name="herded"/> rows herded from this embedding and
    /// <paramref name="random"/> rows the owner did not anticipate, each shaped as <paramref name="sampleShape"/>.
    /// </summary>
    DenseMatrix SampleModelInputs(IReadOnlyList<int> sampleShape, int herded, int random, Random rng);

    /// <summary>Why a model taking <paramref name="sampleShape"/> per sample cannot serve this specification, or null when it can.</summary>
    string? InputMismatch(IReadOnlyList<int> sampleShape);

    /// <summary>A one-line description for reports: points, shape and kernel.</summary>
    string Describe();

    /// <summary>The JSON text in the reference package's layout for this kind.</summary>
    string ToJson();
}
