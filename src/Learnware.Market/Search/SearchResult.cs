namespace Learnware.Market.Search;

/// <summary>The outcome of a search: single learnwares best first, and at most one mixture.</summary>
/// <param name="Single">Single learnwares, best first.</param>
/// <param name="Mixture">The mixture, or null when none was found or it was no better than the best single one.</param>
public sealed record SearchResult(IReadOnlyList<SingleResult> Single, MixtureResult? Mixture)
{
    /// <summary>How many learnwares matched the query's semantic and text filters, before the ranking kept the top ones.</summary>
    public int Total { get; init; }

    /// <summary>No results.</summary>
    public static SearchResult Empty { get; } = new([], null);
}
