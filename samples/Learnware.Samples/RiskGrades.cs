namespace Learnware.Samples;

/// <summary>
/// Turns risk scores into grades 0 (low), 1 (medium) and 2 (high) at cut points fitted on a lender's own applicants.
/// </summary>
/// <remarks>
/// Each lender grades relative to its own pool (the riskiest quarter is "high"), so models of different lenders
/// disagree on the same applicant: picking the model whose data looks like yours matters.
/// </remarks>
internal sealed record RiskGrades(double LowCut, double HighCut)
{
    /// <summary>Share of applicants graded low risk, and of those graded low or medium.</summary>
    private const double LowShare = 0.45, LowOrMediumShare = 0.75;

    public static RiskGrades Fit(IReadOnlyList<double> scores)
    {
        var sorted = scores.Order().ToArray();
        return new RiskGrades(sorted[(int)(LowShare * (sorted.Length - 1))], sorted[(int)(LowOrMediumShare * (sorted.Length - 1))]);
    }

    public int Grade(double score) => score <= LowCut ? 0 : score <= HighCut ? 1 : 2;
}
