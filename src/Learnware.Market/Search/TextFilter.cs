namespace Learnware.Market.Search;

/// <summary>The text rule of the semantic search: substring first, fuzzy partial ratio only when nothing matches.</summary>
public static class TextFilter
{
    /// <summary>Smallest <see cref="PartialRatio"/> (0–100) that lets a learnware through the fuzzy stage.</summary>
    public const double MinFuzzyScore = 75.0;

    /// <summary>
    /// The candidates whose name or description contains <paramref name="text"/> (case-insensitive), in input order;
    /// if there are none, those whose best partial ratio against name or description is at least
    /// <see cref="MinFuzzyScore"/>, best first.
    /// </summary>
    public static IReadOnlyList<SearchCandidate> Apply(string text, IReadOnlyList<SearchCandidate> candidates) =>
        Apply(text, candidates, out _);

    /// <inheritdoc cref="Apply(string, IReadOnlyList{SearchCandidate})"/>
    /// <param name="text">The search text.</param>
    /// <param name="candidates">The candidates, in market order.</param>
    /// <param name="bySubstring">True when the matches are the substring stage's (the fuzzy stage did not run).</param>
    public static IReadOnlyList<SearchCandidate> Apply(string text, IReadOnlyList<SearchCandidate> candidates, out bool bySubstring)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        ArgumentNullException.ThrowIfNull(candidates);
        string query = text.ToLowerInvariant();
        var names = new string[candidates.Count];
        var descriptions = new string[candidates.Count];
        var exact = new List<SearchCandidate>();
        for (int i = 0; i < candidates.Count; i++)
        {
            names[i] = NameOf(candidates[i]).ToLowerInvariant();
            descriptions[i] = candidates[i].Semantic.Description.ToLowerInvariant();
            if (names[i].Contains(query, StringComparison.Ordinal) || descriptions[i].Contains(query, StringComparison.Ordinal))
                exact.Add(candidates[i]);
        }
        bySubstring = exact.Count > 0;
        if (bySubstring)
            return exact;

        var fuzzy = new List<(SearchCandidate Candidate, double Score)>();
        var pattern = new BitParallelLcs(query);
        for (int i = 0; i < candidates.Count; i++)
        {
            double score = Math.Max(PartialRatio.Compute(query, names[i], pattern),
                PartialRatio.Compute(query, descriptions[i], pattern));
            if (score >= MinFuzzyScore)
                fuzzy.Add((candidates[i], score));
        }
        // Stable, so equal scores keep the market's order, as Python's sorted does.
        return fuzzy.OrderByDescending(m => m.Score).Select(m => m.Candidate).ToList();
    }

    // The semantic Name is what the reference matches; the display name stands in when a specification has none.
    private static string NameOf(SearchCandidate candidate) =>
        string.IsNullOrEmpty(candidate.Semantic.Name) ? candidate.Name : candidate.Semantic.Name;
}
