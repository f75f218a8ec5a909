namespace Learnware.Market.Search;

/// <summary>A weighted set of learnwares whose RKMEs together approximate the user's data.</summary>
/// <param name="Ids">Member ids, in the order the method chose them.</param>
/// <param name="Weights">Mixture weights, aligned with <paramref name="Ids"/>; they sum to 1.</param>
/// <param name="Score">Score on the same scale as the single results.</param>
/// <param name="Mmd2">MMD² between the weighted mixture of the members' RKMEs and the user's RKME.</param>
public sealed record MixtureResult(IReadOnlyList<string> Ids, IReadOnlyList<double> Weights, double Score, double Mmd2);
