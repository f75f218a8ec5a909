namespace Learnware.Specifications.Semantic;

/// <summary>One thing wrong with a semantic specification: where (a JSON path such as <c>$.Task.Values</c>) and why.</summary>
public sealed record SemanticViolation(string Path, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message}";
}
