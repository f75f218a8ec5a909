namespace Learnware.Packaging;

/// <summary>What a packaged model does; written in the manifest as <c>classifier</c>, <c>regressor</c> or <c>feature_extractor</c>.</summary>
public enum ModelKind
{
    /// <summary>Predicts a class per sample.</summary>
    Classifier,

    /// <summary>Predicts one or more real values per sample.</summary>
    Regressor,

    /// <summary>Maps each sample to a feature vector.</summary>
    FeatureExtractor,
}
