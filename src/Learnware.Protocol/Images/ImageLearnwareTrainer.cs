using Learnware.Numerics;
using Learnware.Protocol.Data;
using Learnware.Protocol.Modalities;
using Learnware.Protocol.Training;
using Learnware.Reuse;
using Learnware.Specifications;
using Learnware.Specifications.Images;

namespace Learnware.Protocol.Images;

/// <summary>
/// Trains image learnwares as an uploader on ML.NET would: pixels scaled to [0, 1] (min-max over the training images)
/// and a maximum-entropy classifier (L-BFGS), exported to ONNX and put behind a Reshape so that the model takes
/// [N, C, H, W]; the uploader's image RKME (every default of <c>learnware spec image</c>) of the training images; packed
/// as <c>learnware pack</c> does. Each row of a table is one image, channel-major. The users' own models are the same
/// classifier on their labelled images.
/// </summary>
/// <param name="channels">Channels of an image.</param>
/// <param name="height">Height of an image.</param>
/// <param name="width">Width of an image.</param>
/// <param name="classNames">The scenario's class names, for the learnwares' descriptions.</param>
public sealed class ImageLearnwareTrainer(int channels, int height, int width, IReadOnlyList<string> classNames) : ILearnwareTrainer
{
    // L-BFGS stops after 100 iterations at the latest: on a few thousand images the accuracy has settled well before.
    private static readonly MaximumEntropyClassifier Classifier = new(100);

    /// <inheritdoc />
    public byte[] TrainPackage(SourceTask source, int classCount, int seed)
    {
        ArgumentNullException.ThrowIfNull(source);
        var train = source.Train;
        var (model, present) = Classifier.Fit(train, seed);
        var onnx = ImageInputOnnx.BehindReshape(model.ToOnnx(), channels, height, width);
        string classes = string.Join(", ", present.Select(c => classNames[c]));
        // The uploader's specification is the one a user makes: `learnware spec image` with its defaults.
        return PackageBuilder.Pack(onnx, UserSpecification(train.Features), "Image", source.Name,
            $"Maximum-entropy classifier of {train.Rows} images of {classes}", classCount, present);
    }

    /// <inheritdoc />
    public IReuser TrainUserModel(LabelledTable labelled, int classCount, int seed) =>
        Classifier.UserModel(labelled, classCount, seed);

    /// <inheritdoc />
    public IStatSpecification UserSpecification(DenseMatrix rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var pixels = new float[rows.Data.Length];
        System.Numerics.Tensors.TensorPrimitives.ConvertTruncating<double, float>(rows.Data, pixels);
        // What `learnware spec image` runs with its defaults (K = 50, seed 0).
        return RkmeImageSpecification.FromImages(pixels, rows.Rows, channels, height, width, new RkmeImageOptions());
    }
}
