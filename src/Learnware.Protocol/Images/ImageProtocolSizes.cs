using Learnware.Protocol.Modalities;

namespace Learnware.Protocol.Images;

/// <summary>How large the image part of the protocol runs.</summary>
/// <param name="Learnwares">Learnwares in the market.</param>
/// <param name="ImagesPerLearnware">Training images of each learnware.</param>
/// <param name="TrainImages">Images read from the training file (two thirds for learnwares, a third for users' labels).</param>
/// <param name="TestImages">Images read from the test file, which users' test images come from.</param>
/// <param name="Scale">Users, test images, labelled sizes and repeats.</param>
public sealed record ImageProtocolSizes(int Learnwares, int ImagesPerLearnware, int TrainImages, int TestImages, ProtocolScale Scale);
