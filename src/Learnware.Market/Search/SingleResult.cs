namespace Learnware.Market.Search;

/// <summary>One learnware in the ranking.</summary>
/// <param name="Id">Market id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Score">Score in [0, 1] (see docs/search.md); null for a semantic-only search.</param>
/// <param name="Mmd2">MMD² between the learnware's RKME and the user's; null for a semantic-only search.</param>
public sealed record SingleResult(string Id, string Name, double? Score, double? Mmd2);
