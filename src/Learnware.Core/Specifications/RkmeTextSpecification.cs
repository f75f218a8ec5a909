using System.Globalization;
using Learnware.Numerics;

namespace Learnware.Specifications;

/// <summary>
/// The RKME of a text corpus: a table RKME over the texts' sentence embeddings, tagged with the encoder that made
/// them and the languages detected in the texts.
/// </summary>
/// <remarks>
/// Embeddings of different encoders live in unrelated spaces (even at the same dimension), so two specifications
/// are only compared when their encoders are the same.
/// </remarks>
public sealed class RkmeTextSpecification : IStatSpecification
{
    /// <summary>The type tag stored in the JSON file, shared with the reference package.</summary>
    public const string TypeName = "RKMETextSpecification";

    /// <summary>
    /// The encoder of a specification that does not name one: the reference package writes no "encoder" key and
    /// always embeds with this multilingual model.
    /// </summary>
    public const string ReferenceEncoder = "paraphrase-multilingual-MiniLM-L12-v2";

    /// <summary>Creates a text specification from the RKME of the embeddings.</summary>
    public RkmeTextSpecification(RkmeTableSpecification embeddings, string encoder, IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        ArgumentException.ThrowIfNullOrWhiteSpace(encoder);
        ArgumentNullException.ThrowIfNull(languages);
        Embeddings = embeddings;
        Encoder = encoder;
        Languages = [.. languages];
    }

    /// <summary>The RKME of the sentence embeddings.</summary>
    public RkmeTableSpecification Embeddings { get; }

    /// <summary>The sentence encoder that embedded the texts.</summary>
    public string Encoder { get; }

    /// <summary>Language codes detected in the texts (ISO 639-1, e.g. "en"); empty when none was recognised.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Number of texts the specification was made from.</summary>
    public int NumPoints => Embeddings.NumPoints;

    /// <inheritdoc />
    string IStatSpecification.TypeName => TypeName;

    /// <inheritdoc />
    public string DataType => "Text";

    /// <inheritdoc />
    public IReadOnlyList<int> PointShape => [Embeddings.Dimension];

    /// <inheritdoc />
    public int PointSize => Embeddings.Dimension;

    /// <inheritdoc />
    public int Count => Embeddings.Count;

    /// <inheritdoc />
    public ReadOnlySpan<double> Weights => Embeddings.Weights;

    /// <inheritdoc />
    public double InnerProduct(IStatSpecification other) => InnerProduct(RequireText(other));

    /// <summary>True for text specifications of the same encoder and dimension: others are never compared.</summary>
    public bool SharesIslandWith(IStatSpecification other) =>
        other is RkmeTextSpecification text && text.Encoder == Encoder && text.PointSize == PointSize;

    /// <inheritdoc />
    public bool SharesKernelWith(IStatSpecification other) =>
        other is RkmeTextSpecification text && text.Encoder == Encoder && text.Embeddings.Gamma == Embeddings.Gamma;

    /// <inheritdoc />
    public double SearchDistance(double mmd2) => mmd2;

    /// <inheritdoc />
    public double[] Herd(int count, Random random) => Embeddings.Herd(count, random);

    /// <inheritdoc />
    /// <remarks>Text models served by a specification take the sentence embeddings, which are the points.</remarks>
    public DenseMatrix ToPoints(DenseMatrix modelInputs, IReadOnlyList<int> sampleShape) =>
        ((IStatSpecification)Embeddings).ToPoints(modelInputs, sampleShape);

    /// <inheritdoc />
    public IStatSpecification Empirical(DenseMatrix points) =>
        new RkmeTextSpecification((RkmeTableSpecification)((IStatSpecification)Embeddings).Empirical(points), Encoder, Languages);

    /// <inheritdoc />
    /// <remarks>
    /// Herded rows are near the corpus's embeddings; the unanticipated rows are random directions on the unit sphere,
    /// where every sentence embedding lies, rather than the standard normal rows a table gets.
    /// </remarks>
    public DenseMatrix SampleModelInputs(IReadOnlyList<int> sampleShape, int herded, int random, Random rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        var rows = ((IStatSpecification)Embeddings).SampleModelInputs(sampleShape, herded, random, rng);
        for (int i = herded; i < rows.Rows; i++)
        {
            var row = rows.Row(i);
            double norm = Math.Sqrt(System.Numerics.Tensors.TensorPrimitives.SumOfSquares<double>(row));
            System.Numerics.Tensors.TensorPrimitives.Divide(row, norm > 0 ? norm : 1, row);
        }
        return rows;
    }

    /// <inheritdoc />
    public string? InputMismatch(IReadOnlyList<int> sampleShape)
    {
        ArgumentNullException.ThrowIfNull(sampleShape);
        int size = sampleShape.Aggregate(1, (a, b) => a * b);
        return size == PointSize ? null
            : $"the text specification holds {PointSize}-d sentence embeddings ({Encoder}), the model takes {size} values per sample";
    }

    /// <inheritdoc />
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Count} points x {PointSize}-d {Encoder} sentence embeddings of {NumPoints} texts, gamma {Embeddings.Gamma}, languages [{string.Join(", ", Languages)}]");

    /// <inheritdoc />
    public string ToJson() => RkmeTextJson.Serialize(this);

    /// <summary>&lt;this, other&gt; in the RKHS of this specification's kernel.</summary>
    /// <exception cref="SpecificationException">The two were embedded by different encoders.</exception>
    public double InnerProduct(RkmeTextSpecification other)
    {
        RequireSameEncoder(other);
        return Embeddings.InnerProduct(other.Embeddings);
    }

    /// <summary>MMD² between the two embeddings, as for tables.</summary>
    /// <exception cref="SpecificationException">The two were embedded by different encoders.</exception>
    public double SquaredDistance(RkmeTextSpecification other)
    {
        RequireSameEncoder(other);
        return Embeddings.SquaredDistance(other.Embeddings);
    }

    private RkmeTextSpecification RequireText(IStatSpecification other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other as RkmeTextSpecification ?? throw new ArgumentException($"a {TypeName} cannot be compared with a {other.TypeName}");
    }

    /// <summary>Throws unless <paramref name="other"/> was embedded by the same encoder as this specification.</summary>
    public void RequireSameEncoder(RkmeTextSpecification other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!string.Equals(Encoder, other.Encoder, StringComparison.Ordinal))
            throw new SpecificationException(
                $"text specifications from different sentence encoders cannot be compared: \"{Encoder}\" and \"{other.Encoder}\" embed into unrelated spaces; make both with the same encoder");
    }
}
