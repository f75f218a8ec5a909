namespace Learnware.Market.Search;

/// <summary>
/// The market search: the semantic stage narrows the candidates, then, when the user gives an RKME, the
/// statistical stage ranks what is left.
/// </summary>
public sealed class LearnwareSearcher
{
    /// <summary>
    /// Searches <paramref name="candidates"/>. Without a user RKME the result holds the semantic matches (at most
    /// <see cref="SearchQuery.Top"/>) with no scores and no mixture. <paramref name="meaning"/> adds the matches by
    /// meaning to the text rule's.
    /// </summary>
    public SearchResult Search(SearchQuery query, IReadOnlyList<SearchCandidate> candidates, MeaningQuery? meaning = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Top, 1, nameof(query.Top));
        ArgumentOutOfRangeException.ThrowIfLessThan(query.MaxMixture, 1, nameof(query.MaxMixture));

        var matches = SemanticSearcher.Search(query.Semantic, query.SearchText, candidates, meaning);
        if (matches.Count == 0)
            return SearchResult.Empty;
        if (query.Spec is null)
        {
            var single = matches.Take(query.Top).Select(c => new SingleResult(c.Id, c.Name, null, null)).ToArray();
            return new SearchResult(single, null) { Total = matches.Count };
        }
        return StatisticalSearcher.Search(query.Spec, matches, query.Top, query.MaxMixture, query.Method);
    }
}
