namespace Learnware.Market.Index;

/// <summary>Settings of <see cref="IndexedStatisticalRanking"/>.</summary>
public sealed record IndexedRankingOptions
{
    /// <summary>Below this many learnwares in the island the ranking is exact: a scan saves nothing there.</summary>
    public int ExactThreshold { get; init; } = 5_000;

    /// <summary>Fewest candidates taken from the sketch scan for the exact rerank.</summary>
    public int MinimumRerank { get; init; } = 200;

    /// <summary>Candidates per requested result; the rerank takes max(MinimumRerank, RerankPerResult · count).</summary>
    public int RerankPerResult { get; init; } = 20;

    /// <summary>How many sketch candidates are reranked exactly for a request of <paramref name="count"/> results.</summary>
    public int RerankCount(int count) => (int)Math.Min(int.MaxValue, Math.Max(MinimumRerank, (long)RerankPerResult * count));

    /// <summary>Throws if a setting is out of range, naming it.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ExactThreshold, nameof(ExactThreshold));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinimumRerank, 1, nameof(MinimumRerank));
        ArgumentOutOfRangeException.ThrowIfLessThan(RerankPerResult, 1, nameof(RerankPerResult));
    }
}
