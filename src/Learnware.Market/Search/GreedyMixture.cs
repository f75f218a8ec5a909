namespace Learnware.Market.Search;

/// <summary>
/// Greedy mixture search: add the candidate that gives the lowest mixture MMD², as long as each addition brings the
/// MMD² down to at most <see cref="DecayRate"/> times its previous value.
/// </summary>
internal static class GreedyMixture
{
    /// <summary>An addition must cut the mixture MMD² by at least 5%.</summary>
    public const double DecayRate = 0.95;

    /// <summary>The mixture of at most <paramref name="maxMembers"/> candidates; the first is the nearest single one.</summary>
    public static MixtureFit Search(MixtureGram gram, int maxMembers)
    {
        int steps = Math.Min(maxMembers, gram.Count);
        var members = new int[steps];
        var used = new bool[gram.Count];
        double[] trial = new double[steps], bestWeights = new double[steps], accepted = new double[steps];
        int size = 0;
        double mmd = double.NaN;
        for (int k = 0; k < steps; k++)
        {
            int best = -1;
            double bestScore = double.PositiveInfinity;
            for (int candidate = 0; candidate < gram.Count; candidate++)
            {
                if (used[candidate])
                    continue;
                members[k] = candidate;
                double score = gram.Solve(members.AsSpan(0, k + 1), trial);
                if (best < 0 || score < bestScore)
                {
                    best = candidate;
                    bestScore = score;
                    trial.AsSpan(0, k + 1).CopyTo(bestWeights);
                }
            }
            if (best < 0 || (k > 0 && !(bestScore <= DecayRate * mmd)))
                break;
            members[k] = best;
            used[best] = true;
            size = k + 1;
            mmd = bestScore;
            bestWeights.AsSpan(0, size).CopyTo(accepted);
        }
        return new MixtureFit(members[..size], accepted[..size], mmd);
    }
}
