namespace Learnware.Client;

/// <summary>Single results best first, the best weighted mixture when the search had a specification, and how many matched.</summary>
public sealed record SearchResponse(IReadOnlyList<SearchHit> Single, SearchMixture? Mixture, int Total);

/// <summary>One learnware found: its score (higher is better) and, for a specification search, the MMD² to the user's data.</summary>
public sealed record SearchHit(string Id, string Name, double? Score, double? Mmd2);

/// <summary>A weighted mixture of learnwares whose specifications together match the user's data.</summary>
public sealed record SearchMixture(IReadOnlyList<string> Ids, IReadOnlyList<double> Weights, double Score, double Mmd2);
