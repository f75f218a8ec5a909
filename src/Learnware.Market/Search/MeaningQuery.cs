namespace Learnware.Market.Search;

/// <summary>The search text's sentence vector and the candidates' (their name and description), by candidate id.</summary>
/// <param name="Query">Unit-length vector of the search text.</param>
/// <param name="Candidates">Unit-length vector of each candidate that has one, by id.</param>
public sealed record MeaningQuery(float[] Query, IReadOnlyDictionary<string, float[]> Candidates);
