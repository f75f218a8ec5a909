namespace Learnware.Specifications.Semantic;

/// <summary>
/// What a learnware is for, in the reference JSON layout
/// (<c>{"Data": {"Type": "Class", "Values": ["Table"]}, "Name": {"Type": "String", "Values": "..."}, ...}</c>).
/// </summary>
/// <remarks>
/// Tag lists hold the values as given, so that a user's partial description (for search) and a learnware's full one
/// share a type; <see cref="SemanticValidator"/> says whether a specification is complete and well formed.
/// </remarks>
public sealed record SemanticSpecification
{
    /// <summary>Data type (one of <see cref="SemanticVocabulary.Data"/>).</summary>
    public IReadOnlyList<string> Data { get; init; } = [];

    /// <summary>Task (one of <see cref="SemanticVocabulary.Task"/>).</summary>
    public IReadOnlyList<string> Task { get; init; } = [];

    /// <summary>Training library (one of <see cref="SemanticVocabulary.Library"/>).</summary>
    public IReadOnlyList<string> Library { get; init; } = [];

    /// <summary>Scenarios (any of <see cref="SemanticVocabulary.Scenario"/>).</summary>
    public IReadOnlyList<string> Scenario { get; init; } = [];

    /// <summary>Licence (one of <see cref="SemanticVocabulary.License"/>).</summary>
    public IReadOnlyList<string> License { get; init; } = [];

    /// <summary>Short name.</summary>
    public string Name { get; init; } = "";

    /// <summary>What the model does, on what data.</summary>
    public string Description { get; init; } = "";

    /// <summary>Input features; required for tables.</summary>
    public FeatureDescriptions? Input { get; init; }

    /// <summary>Outputs; required for classification and regression.</summary>
    public FeatureDescriptions? Output { get; init; }

    /// <summary>The single data type, or null when not exactly one is given.</summary>
    public string? DataType => Data.Count == 1 ? Data[0] : null;

    /// <summary>The single task, or null when not exactly one is given.</summary>
    public string? TaskType => Task.Count == 1 ? Task[0] : null;
}
