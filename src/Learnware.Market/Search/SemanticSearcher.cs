using Learnware.Specifications.Semantic;

namespace Learnware.Market.Search;

/// <summary>The semantic stage of the search: the tag rules, then the text rule.</summary>
public static class SemanticSearcher
{
    /// <summary>
    /// The candidates that carry the user's tags and, when <paramref name="text"/> is not blank, match it (see
    /// <see cref="TextFilter"/>). Without tags or text every candidate matches, in input order. With
    /// <paramref name="meaning"/> and no learnware containing the text, the candidates that mean what the text says
    /// (see <see cref="MeaningFilter"/>) follow the fuzzy matches, most similar first: a text found literally keeps
    /// its exact matches alone, as without meaning.
    /// </summary>
    public static IReadOnlyList<SearchCandidate> Search(SemanticSpecification? user, string? text,
        IReadOnlyList<SearchCandidate> candidates, MeaningQuery? meaning = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        IReadOnlyList<SearchCandidate> tagged = user is null
            ? candidates
            : candidates.Where(c => SemanticTagFilter.Matches(user, c.Semantic)).ToList();
        if (tagged.Count == 0 || string.IsNullOrWhiteSpace(text))
            return tagged;
        var matched = TextFilter.Apply(text.Trim(), tagged, out bool bySubstring);
        if (meaning is null || bySubstring)
            return matched;
        var seen = matched.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return [.. matched, .. MeaningFilter.Apply(meaning, tagged).Where(c => !seen.Contains(c.Id))];
    }
}
