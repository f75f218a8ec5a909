using Learnware.Specifications;

namespace Learnware.Market.Search;

/// <summary>
/// The statistical stage of the search: rank candidates by MMD² to the user's RKME, look for a mixture of them that
/// fits better than any one, and convert distances to scores.
/// </summary>
/// <remarks>
/// Works on whatever candidate list it is given: all semantic matches, or the few hundred nearest by an approximate
/// index. Scores are relative to that list (see <see cref="ScoreConversion"/>).
/// </remarks>
public static class StatisticalSearcher
{
    /// <summary>
    /// Searches <paramref name="candidates"/> for the user's RKME. Only candidates with an RKME of the user's
    /// island (kind and point shape) take part. Scores come from the kind's search distance (the image transform
    /// for images); the reported distances stay MMD². Returns at most <paramref name="top"/> single results, best first, and a mixture of at
    /// most <paramref name="maxMixture"/> learnwares drawn from the nearest maxMixture² when one fits better. Its
    /// <see cref="SearchResult.Total"/> is the number of single results that pass the score filter, whatever the top.
    /// </summary>
    public static SearchResult Search(IStatSpecification user, IReadOnlyList<SearchCandidate> candidates,
        int top = SearchQuery.DefaultTop, int maxMixture = SearchQuery.DefaultMaxMixture,
        MixtureMethod method = MixtureMethod.Greedy)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMixture, 1);
        if (!Enum.IsDefined(method))
            throw new ArgumentOutOfRangeException(nameof(method), method, "unknown mixture method");

        var ranking = SingleRanking.Compute(user, candidates);
        if (ranking.Count == 0)
            return SearchResult.Empty;

        var mixture = FindMixture(user, ranking, maxMixture, method);
        var scores = ScoreConversion.Rank(ranking.Distances.Select(user.SearchDistance).ToArray(),
            mixture is null ? null : user.SearchDistance(mixture.Mmd2));
        int kept = Math.Min(scores.Single.Count, top);
        var single = new SingleResult[kept];
        for (int i = 0; i < kept; i++)
        {
            var candidate = ranking.Candidates[i];
            single[i] = new SingleResult(candidate.Id, candidate.Name, scores.Single[i], ranking.Distances[i]);
        }
        MixtureResult? mixtureResult = mixture is not null && scores.Mixture is double mixtureScore
            ? new MixtureResult(mixture.Members.Select(m => ranking.Candidates[m].Id).ToArray(), mixture.Weights,
                mixtureScore, mixture.Mmd2)
            : null;
        // Every kept single can be shown, a page at a time, by asking for a larger top; the filtered ones never.
        return new SearchResult(single, mixtureResult) { Total = scores.Single.Count };
    }

    /// <summary>The mixture, or null when the nearest learnware already matches exactly or no second one helps.</summary>
    private static MixtureFit? FindMixture(IStatSpecification user, SingleRanking ranking, int maxMixture,
        MixtureMethod method)
    {
        if (!(ranking.Distances[0] > 0) || maxMixture < 2)
            return null;
        int count = (int)Math.Min(ranking.Count, (long)maxMixture * maxMixture);
        var gram = ranking.MixtureGram(user, count);
        var fit = method == MixtureMethod.Auto
            ? AutoMixture.Search(gram, maxMixture)
            : GreedyMixture.Search(gram, maxMixture);
        return fit.Members.Length >= 2 && double.IsFinite(fit.Mmd2) ? fit : null;
    }
}
