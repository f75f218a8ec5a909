namespace Learnware.Market.Search;

/// <summary>
/// Mixture search in one solve: weigh all candidates at once, keep the heaviest until they hold
/// <see cref="WeightCutoff"/> of the weight, and re-solve the weights of those.
/// </summary>
internal static class AutoMixture
{
    /// <summary>Share of the total weight the kept candidates must hold.</summary>
    public const double WeightCutoff = 0.98;

    /// <summary>The mixture of at most <paramref name="maxMembers"/> candidates, heaviest first.</summary>
    /// <remarks>
    /// The reference keeps a candidate only while the running sum including it stays ≤ 0.98, which leaves out the
    /// candidate that crosses the cutoff: with two exact components of weight 0.7 and 0.3 (sum 1) it keeps only the
    /// first, and an exact solver, which puts true zeros elsewhere, then never reports a mixture. Here a candidate
    /// is kept while the weight held before it is below the cutoff, so only a tail of at most 2% is cut.
    /// </remarks>
    public static MixtureFit Search(MixtureGram gram, int maxMembers)
    {
        int m = gram.Count;
        var all = new int[m];
        for (int i = 0; i < m; i++)
            all[i] = i;
        var weights = new double[m];
        gram.Solve(all, weights);

        // Stable order by weight, heaviest first, so ties keep the ranking's order.
        var order = all.OrderByDescending(i => weights[i]).ToArray();
        int taken = 0;
        double held = 0;
        while (taken < m && held < WeightCutoff && weights[order[taken]] > 0)
            held += weights[order[taken++]];

        if (taken <= 1)
        {
            var single = new[] { order[0] };
            var one = new double[1];
            return new MixtureFit(single, one, gram.Solve(single, one));
        }
        var members = order[..Math.Min(taken, maxMembers)];
        var memberWeights = new double[members.Length];
        double mmd = gram.Solve(members, memberWeights);
        return new MixtureFit(members, memberWeights, mmd);
    }
}
