namespace Learnware.Market.Search;

/// <summary>The outcome of a search: single learnwares best first, and at most one mixture.</summary>
/// <param name="Single">Single learnwares, best first.</param>
/// <param name="Mixture">The mixture, or null when none was found or it was no better than the best single one.</param>
public sealed record SearchResult(IReadOnlyList<SingleResult> Single, MixtureResult? Mixture)
{
    /// <summary>No results.</summary>
    public static SearchResult Empty { get; } = new([], null);
}
