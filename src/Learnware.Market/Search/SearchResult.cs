namespace Learnware.Market.Search;

/// <summary>The outcome of a search: single learnwares best first, and at most one mixture.</summary>
/// <param name="Single">Single learnwares, best first.</param>
/// <param name="Mixture">The mixture, or null when none was found or it was no better than the best single one.</param>
public sealed record SearchResult(IReadOnlyList<SingleResult> Single, MixtureResult? Mixture)
{
    /// <summary>
    /// How many single results the query has before the top ones are kept, so that paging through them with a larger top
    /// shows them all: without a user specification the learnwares that match the semantic and text filters; with one,
    /// those of the matches that rank against it and pass the score filter (on a large island, as estimated from the
    /// shortlist: when the filter keeps all of it, every match counts).
    /// </summary>
    public int Total { get; init; }

    /// <summary>No results.</summary>
    public static SearchResult Empty { get; } = new([], null);
}
