using Learnware.Specifications.Semantic;

namespace Learnware.Market.Search;

/// <summary>The semantic stage of the search: the tag rules, then the text rule.</summary>
public static class SemanticSearcher
{
    /// <summary>
    /// The candidates that carry the user's tags and, when <paramref name="text"/> is not blank, match it (see
    /// <see cref="TextFilter"/>). Without tags or text every candidate matches, in input order.
    /// </summary>
    public static IReadOnlyList<SearchCandidate> Search(SemanticSpecification? user, string? text,
        IReadOnlyList<SearchCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        IReadOnlyList<SearchCandidate> tagged = user is null
            ? candidates
            : candidates.Where(c => SemanticTagFilter.Matches(user, c.Semantic)).ToList();
        if (tagged.Count == 0 || string.IsNullOrWhiteSpace(text))
            return tagged;
        return TextFilter.Apply(text.Trim(), tagged);
    }
}
