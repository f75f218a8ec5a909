using Learnware.Specifications.Semantic;

namespace Learnware.Packaging;

/// <summary>A semantic specification that cannot be packed, with every rule it breaks.</summary>
public sealed class SemanticSpecificationInvalidException(IReadOnlyList<SemanticViolation> violations)
    : Exception($"not a valid semantic specification: {string.Join("; ", violations)}")
{
    /// <summary>Each broken rule.</summary>
    public IReadOnlyList<SemanticViolation> Violations { get; } = violations;
}
