using Learnware.Numerics;
using Learnware.Protocol.Data;
using Learnware.Protocol.Modalities;
using Learnware.Protocol.Training;
using Learnware.Reuse;
using Learnware.Specifications;
using Learnware.Text;

namespace Learnware.Protocol.Text;

/// <summary>
/// Trains text learnwares as an uploader would with the dock's encoder: each row of a table is a text's sentence
/// embedding (all-MiniLM-L6-v2, unit length); a maximum-entropy classifier (ML.NET, L-BFGS) on the min-max scaled embeddings, exported
/// to ONNX; the text RKME of the training texts as <c>learnware spec text</c> makes it (every default); packed as
/// <c>learnware pack</c> does, which declares the encoder the model takes. The users' own models are the same
/// classifier on their labelled texts' embeddings.
/// </summary>
/// <param name="languages">The languages of the corpus, as the language detection of <c>spec text</c> finds them.</param>
/// <param name="classNames">The scenario's class names, for the learnwares' descriptions.</param>
public sealed class TextLearnwareTrainer(IReadOnlyList<string> languages, IReadOnlyList<string> classNames) : ILearnwareTrainer
{
    private static readonly MaximumEntropyClassifier Classifier = new(200);

    /// <inheritdoc />
    public byte[] TrainPackage(SourceTask source, int classCount, int seed)
    {
        ArgumentNullException.ThrowIfNull(source);
        var train = source.Train;
        var (model, present) = Classifier.Fit(train, seed);
        return PackageBuilder.Pack(model.ToOnnx(), UserSpecification(train.Features), "Text", source.Name,
            $"Maximum-entropy classifier of {train.Rows} fortunes ({string.Join(", ", present.Select(c => classNames[c]))}) on their sentence embeddings",
            classCount, present);
    }

    /// <inheritdoc />
    public IReuser TrainUserModel(LabelledTable labelled, int classCount, int seed) =>
        Classifier.UserModel(labelled, classCount, seed);

    /// <inheritdoc />
    public IStatSpecification UserSpecification(DenseMatrix rows) =>
        // What `learnware spec text` makes of the texts whose embeddings these are, with its defaults.
        new RkmeTextSpecification(RkmeTableSpecification.FromData(rows, TextSpecifications.DefaultOptions), SentenceEncoder.ModelName, languages);
}
