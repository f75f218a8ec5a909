using System.Globalization;
using Learnware.Images;
using Learnware.Protocol.Data;
using Learnware.Protocol.Mixtures;
using Learnware.Protocol.Modalities;
using Learnware.Reuse;

namespace Learnware.Protocol.Images;

/// <summary>
/// The image part of the protocol on Fashion-MNIST, as the reference runs it on CIFAR-10: every learnware is trained on
/// 4 classes in shares 0.4/0.4/0.1/0.1, every user holds 6 classes in shares 0.3/0.3/0.1/0.1/0.1/0.1. Learnwares train
/// on the first two thirds of the training images read, users' labelled pools come from the last third, and users'
/// test images from the test file, so that no image is both trained on by a learnware and predicted by a user.
/// </summary>
public sealed class FashionMnistModality(PublicDatasets datasets) : IModalityProtocol
{
    /// <summary>Fashion-MNIST's classes, in label order.</summary>
    public static readonly IReadOnlyList<string> ClassNames =
        ["T-shirt", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"];

    private const int Seed = 1, Side = 28;
    private static readonly double[] LearnwareShares = [0.4, 0.4, 0.1, 0.1], UserShares = [0.3, 0.3, 0.1, 0.1, 0.1, 0.1];

    /// <summary>The quick mode: 10 learnwares on 500 images each, 10 users of 200 test images, 2 with labelled curves.</summary>
    public static ImageProtocolSizes Quick { get; } = new(10, 500, 15000, 2000,
        new ProtocolScale(true, 10, 200, [100, 400], 2, 15000, LabelledUsers: 2));

    /// <summary>The published run: 50 learnwares on 1,000 images each, 100 users of 500 test images, 4 with labelled curves.</summary>
    public static ImageProtocolSizes Full { get; } = new(50, 1000, 60000, 10000,
        new ProtocolScale(false, 100, 500, [100, 400, 1600], 2, 60000, LabelledUsers: 4));

    /// <inheritdoc />
    public string Modality => ProtocolModalities.Images;

    /// <inheritdoc />
    public IReadOnlyList<ProtocolScenario> Scenarios(ProtocolScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        var sizes = scale.Quick ? Quick : Full;
        var train = Read("train", sizes.TrainImages);
        var test = Read("t10k", sizes.TestImages);
        int learnwareRows = 2 * train.Rows / 3;
        var learnwarePart = train.Select([.. Enumerable.Range(0, learnwareRows)]);
        var userPart = train.Select([.. Enumerable.Range(learnwareRows, train.Rows - learnwareRows)]);

        var random = new Random(Seed);
        var byClass = ClassMixtureScenario.RowsByClass(learnwarePart, ClassNames.Count);
        var sourceMixtures = Enumerable.Range(0, sizes.Learnwares).Select(_ => ClassMixture.Random(ClassNames.Count, LearnwareShares, random)).ToArray();
        var sources = sourceMixtures.Select((m, i) => ClassMixtureScenario.Source(
            string.Create(CultureInfo.InvariantCulture, $"#{i + 1} {m.ShortName(ClassNames)}"), learnwarePart, byClass, m, sizes.ImagesPerLearnware, random)).ToArray();
        var userMixtures = Enumerable.Range(0, sizes.Scale.UsersPerScenario).Select(_ => ClassMixture.Random(ClassNames.Count, UserShares, random)).ToArray();
        var own = sizes.Scale;
        return
        [
            new ProtocolScenario("fashion-mnist",
                string.Create(CultureInfo.InvariantCulture,
                    $"Fashion-MNIST (dataset-fashion-mnist): 28×28 greyscale images of 10 clothing classes. Each learnware is a maximum-entropy classifier (ML.NET, L-BFGS, min-max scaled pixels) of {sizes.ImagesPerLearnware:N0} training images of 4 classes in shares 0.4/0.4/0.1/0.1 (named by its two main classes, the others in brackets), exported to ONNX behind a Reshape to [N, 1, 28, 28] and packed with its image RKME (K = 50)."),
                ProtocolMetric.Accuracy, ClassNames.Count, sources,
                new ImageLearnwareTrainer(1, Side, Side, ClassNames),
                seed => ClassMixtureScenario.Users(test, userPart, userMixtures, sourceMixtures, own.UserTestRows, 2 * own.LabelledSizes.Max(),
                    ClassNames, ClassNames.Count, seed, own.LabelledUsers),
                own, ProtocolAugmentation.Shortened,
                string.Create(CultureInfo.InvariantCulture,
                    $"Users: {own.UsersPerScenario}, each with {own.UserTestRows:N0} test images of 6 classes in shares 0.3/0.3/0.1/0.1/0.1/0.1 (from the test file) and its own specification of them (`learnware spec image` defaults); the first {own.LabelledUsers} also draw labelled images (from training images no learnware saw) for the curves, {own.Repeats} repeats per size. A user counts as identified when its top-1 learnware's two main classes share as many classes with the user's two main classes as the best-matching learnware in the market; oracle routing sends each image to the learnware with the largest share of its true class.")),
        ];
    }

    private LabelledTable Read(string part, int limit)
    {
        string images = datasets.FashionMnistFile($"{part}-images-idx3-ubyte.gz"), labels = datasets.FashionMnistFile($"{part}-labels-idx1-ubyte.gz");
        if (!File.Exists(images) || !File.Exists(labels))
            throw new DatasetException($"{images}: not found (scripts/install-prereqs.sh installs dataset-fashion-mnist)");
        var set = IdxFile.ReadImages(images, limit);
        var classes = IdxFile.ReadLabels(labels, limit);
        return new LabelledTable(set.ToMatrix(), [.. classes.Select(c => (double)c)]);
    }
}
