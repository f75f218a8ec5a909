namespace Learnware.Market.Search;

/// <summary>Outcome of <see cref="ScoreConversion.Rank"/>.</summary>
/// <param name="Single">Scores of the single results kept, a prefix of the ranking.</param>
/// <param name="Mixture">The mixture's score, or null when there was no mixture or it was dropped.</param>
public sealed record RankedScores(IReadOnlyList<double> Single, double? Mixture);
