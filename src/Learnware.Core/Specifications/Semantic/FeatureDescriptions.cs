namespace Learnware.Specifications.Semantic;

/// <summary>The <c>Input</c> or <c>Output</c> entry: a dimension and optional texts for some of its indices.</summary>
/// <param name="Dimension">Number of features (input) or of outputs (classes for classification).</param>
/// <param name="Descriptions">Text per index; keys are meant to lie in [0, Dimension) (the validator checks).</param>
public sealed record FeatureDescriptions(int Dimension, IReadOnlyDictionary<int, string> Descriptions)
{
    /// <summary>The text for index i, or "Unknown Feature" where none was given (as the reference does).</summary>
    public string this[int index] => Descriptions.TryGetValue(index, out var text) ? text : "Unknown Feature";
}
