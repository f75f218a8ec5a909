namespace Learnware.Reuse;

/// <summary>NSGA-II's fast non-dominated sorting and crowding distance.</summary>
internal static class ParetoRanking
{
    /// <summary>Splits the candidates into fronts (setting each one's rank and crowding distance), best front first.</summary>
    public static List<List<Candidate>> Sort(IReadOnlyList<Candidate> candidates)
    {
        int n = candidates.Count;
        var dominated = new List<int>[n];
        var dominatedBy = new int[n];
        var fronts = new List<List<Candidate>>();
        var current = new List<int>();
        for (int p = 0; p < n; p++)
        {
            dominated[p] = [];
            for (int q = 0; q < n; q++)
            {
                if (candidates[p].Dominates(candidates[q])) dominated[p].Add(q);
                else if (candidates[q].Dominates(candidates[p])) dominatedBy[p]++;
            }
            if (dominatedBy[p] == 0) current.Add(p);
        }
        for (int rank = 0; current.Count > 0; rank++)
        {
            var front = current.Select(i => candidates[i]).ToList();
            foreach (var c in front) c.Rank = rank;
            AssignCrowding(front);
            fronts.Add(front);
            var next = new List<int>();
            foreach (int p in current)
                foreach (int q in dominated[p])
                    if (--dominatedBy[q] == 0) next.Add(q);
            current = next;
        }
        return fronts;
    }

    /// <summary>Sum over objectives of the normalised gap between each candidate's neighbours in the front.</summary>
    private static void AssignCrowding(List<Candidate> front)
    {
        foreach (var c in front) c.Crowding = 0;
        int objectives = front[0].Objectives.Length;
        for (int k = 0; k < objectives; k++)
        {
            var sorted = front.OrderBy(c => c.Objectives[k]).ToList();
            double low = sorted[0].Objectives[k], high = sorted[^1].Objectives[k];
            sorted[0].Crowding = sorted[^1].Crowding = double.PositiveInfinity;
            if (!(high > low)) continue;
            for (int i = 1; i < sorted.Count - 1; i++)
                sorted[i].Crowding += (sorted[i + 1].Objectives[k] - sorted[i - 1].Objectives[k]) / (high - low);
        }
    }
}
