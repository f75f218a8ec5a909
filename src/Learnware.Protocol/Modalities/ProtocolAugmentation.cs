using Learnware.Reuse;

namespace Learnware.Protocol.Modalities;

/// <summary>Feature augmentation's settings in the protocol's image and text parts.</summary>
public static class ProtocolAugmentation
{
    /// <summary>
    /// On hundreds of columns (784 pixels, 384 embedding values) the default grid of ten C with five folds fits 51
    /// logistic regressions per curve point; four C a decade apart with three folds fit 13 and choose among the same
    /// range of penalties.
    /// </summary>
    public static FeatureAugmentOptions Shortened { get; } = new() { Cs = [0.01, 0.1, 1, 10], Folds = 3, MaximumIterations = 100 };
}
