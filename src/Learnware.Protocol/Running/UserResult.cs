namespace Learnware.Protocol.Running;

/// <summary>One user's unlabelled figures, each in the scenario's metric.</summary>
/// <param name="User">The user's name.</param>
/// <param name="Sources">The sources the user's rows come from, with their shares.</param>
/// <param name="MeanInMarket">The average over the market's learnwares of each one's score on the user's rows.</param>
/// <param name="BestInMarket">The best single learnware's score.</param>
/// <param name="Top1Reuse">The score of the search's top-ranked learnware.</param>
/// <param name="JobSelector">The job selector's score over the search's mixture.</param>
/// <param name="AverageEnsemble">The average ensemble's score over the same mixture.</param>
/// <param name="OracleRouting">The score of routing every row to the learnware of its own source (the job selector's ceiling).</param>
/// <param name="Top1Source">The source the top-ranked learnware was trained on.</param>
/// <param name="Identified">True when that is the user's dominant source.</param>
/// <param name="Mixture">The sources of the mixture's learnwares.</param>
public sealed record UserResult(string User, string Sources, double MeanInMarket, double BestInMarket, double Top1Reuse,
    double JobSelector, double AverageEnsemble, double OracleRouting, string Top1Source, bool Identified, string Mixture);
