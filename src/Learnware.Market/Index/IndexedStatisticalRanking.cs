using Learnware.Specifications;

namespace Learnware.Market.Index;

/// <summary>
/// Statistical search within one island through its <see cref="SketchIndex"/>: the sketch scan proposes the
/// candidates, exact MMD² ranks them.
/// </summary>
/// <remarks>
/// The result is exact among the candidates, so the only error is a true neighbour whose sketch distance fell
/// outside the best <see cref="IndexedRankingOptions.RerankCount"/>. Small islands, users whose gamma is not the
/// island's and learnwares the index could not sketch are all compared exactly.
/// </remarks>
public sealed class IndexedStatisticalRanking
{
    private readonly Func<string, RkmeTableSpecification?> _fetch;

    /// <summary>
    /// A ranking over <paramref name="index"/>; <paramref name="fetch"/> returns a learnware's specification by id
    /// (called from several threads; null if the learnware has gone since the index was read).
    /// </summary>
    public IndexedStatisticalRanking(SketchIndex index, Func<string, RkmeTableSpecification?> fetch,
        IndexedRankingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(fetch);
        Options = options ?? new IndexedRankingOptions();
        Options.Validate();
        Index = index;
        _fetch = fetch;
    }

    /// <summary>The island's index.</summary>
    public SketchIndex Index { get; }

    /// <summary>The settings.</summary>
    public IndexedRankingOptions Options { get; }

    /// <summary>True if a query by <paramref name="user"/> would go through the sketches rather than compare every learnware.</summary>
    public bool UsesSketches(RkmeTableSpecification user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Index.Count >= Options.ExactThreshold && Index.Map.CanSketch(user);
    }

    /// <summary>The <paramref name="count"/> learnwares of smallest exact MMD² to <paramref name="user"/>, ascending.</summary>
    public RankedLearnware[] Rank(RkmeTableSpecification user, int count)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (user.Dimension != Index.Map.Dimension)
            throw new ArgumentException(
                $"a user specification of dimension {user.Dimension} cannot search an island of dimension {Index.Map.Dimension}",
                nameof(user));
        if (!UsesSketches(user))
            return ExactStatisticalRanking.Rank(user, Index.Ids(), _fetch, count);

        var hits = Index.Query(Index.Map.Sketch(user), Options.RerankCount(count));
        var candidates = new List<string>(hits.Length);
        foreach (var hit in hits)
            candidates.Add(hit.Id);
        // Read after the scan, so a learnware replaced in between by one of another gamma may be in both lists.
        var exactOnly = Index.ExactOnlyIds();
        if (exactOnly.Length > 0)
        {
            var seen = new HashSet<string>(candidates, StringComparer.Ordinal);
            candidates.AddRange(exactOnly.Where(seen.Add));
        }
        return ExactStatisticalRanking.Rank(user, candidates, _fetch, count);
    }
}
