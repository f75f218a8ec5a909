namespace Learnware.Specifications.Semantic;

/// <summary>The allowed values of the semantic specification's tag keys, as in the reference package.</summary>
public static class SemanticVocabulary
{
    /// <summary>Kinds of data a learnware takes.</summary>
    public static readonly IReadOnlyList<string> Data = ["Table", "Image", "Text"];

    /// <summary>Tasks a learnware solves.</summary>
    public static readonly IReadOnlyList<string> Task =
        ["Classification", "Regression", "Feature Extraction", "Segmentation", "Object Detection", "Others"];

    /// <summary>Libraries the model was trained with.</summary>
    public static readonly IReadOnlyList<string> Library = ["Scikit-learn", "PyTorch", "TensorFlow", "Others"];

    /// <summary>Application scenarios (a learnware may name several).</summary>
    public static readonly IReadOnlyList<string> Scenario =
    [
        "Business", "Financial", "Health", "Politics", "Computer", "Internet", "Traffic", "Nature", "Fashion",
        "Industry", "Agriculture", "Education", "Entertainment", "Architecture", "Others",
    ];

    /// <summary>Licences.</summary>
    public static readonly IReadOnlyList<string> License =
    [
        "MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "GPL-2.0", "GPL-3.0", "LGPL-2.1", "LGPL-3.0", "AGPL-3.0",
        "ECL-2.0", "AFL-3.0", "CC-BY-4.0", "CC-BY-SA-4.0", "Others",
    ];

    /// <summary>Name length bounds, in characters.</summary>
    public const int MinNameLength = 5, MaxNameLength = 50;

    /// <summary>Description length bounds, in characters.</summary>
    public const int MinDescriptionLength = 10, MaxDescriptionLength = 10_000;
}
