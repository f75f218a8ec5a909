using Learnware.Specifications;
using Learnware.Specifications.Semantic;

namespace Learnware.Market.Search;

/// <summary>What a user is looking for: any of a partial semantic specification, a text and an RKME of their data.</summary>
public sealed record SearchQuery
{
    /// <summary>Default number of single results.</summary>
    public const int DefaultTop = 10;

    /// <summary>Default cap on the mixture size (the reference's max_search_num).</summary>
    public const int DefaultMaxMixture = 5;

    /// <summary>Required tags; an empty list or value means "any". Its Name is the search text unless
    /// <see cref="Text"/> is given; its Description is not used, as in the reference.</summary>
    public SemanticSpecification? Semantic { get; init; }

    /// <summary>Free text matched against learnware names and descriptions; overrides <c>Semantic.Name</c>.</summary>
    public string? Text { get; init; }

    /// <summary>The user's RKME of any kind; without it the search is semantic only and returns no scores. Only
    /// learnwares of its island (same kind and point shape) rank statistically.</summary>
    public IStatSpecification? Spec { get; init; }

    /// <summary>Most single results to return.</summary>
    public int Top { get; init; } = DefaultTop;

    /// <summary>Most learnwares in the mixture; the mixture draws on the nearest MaxMixture² learnwares.</summary>
    public int MaxMixture { get; init; } = DefaultMaxMixture;

    /// <summary>Mixture search method.</summary>
    public MixtureMethod Method { get; init; } = MixtureMethod.Greedy;

    /// <summary>The text the semantic stage matches: <see cref="Text"/>, else the user specification's Name; null
    /// when both are blank.</summary>
    public string? SearchText =>
        !string.IsNullOrWhiteSpace(Text) ? Text.Trim()
        : !string.IsNullOrWhiteSpace(Semantic?.Name) ? Semantic.Name.Trim()
        : null;
}
