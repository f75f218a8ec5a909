using System.Collections.Concurrent;
using Learnware.Market.Storage;
using Learnware.Specifications;
using Learnware.Specifications.Semantic;

namespace Learnware.Market.Search;

/// <summary>
/// Search candidates parsed once per learnware version: a version is immutable, so its semantic and statistical
/// specifications never need parsing again. Versions no longer served are dropped as the listings show them gone.
/// </summary>
internal sealed class CandidateCache
{
    private readonly ConcurrentDictionary<(string Id, int Version), (int Dimension, SearchCandidate Candidate)> _parsed = new();

    /// <summary>
    /// The candidates of <paramref name="served"/>, parsing only versions not seen before. <paramref name="dimension"/>
    /// is the dimension the listing was restricted to, or null for the whole market; cached versions of that scope
    /// missing from the listing are forgotten.
    /// </summary>
    public SearchCandidate[] Get(IReadOnlyList<StoredLearnware> served, int? dimension)
    {
        var candidates = new SearchCandidate[served.Count];
        var current = new HashSet<(string, int)>(served.Count);
        for (var i = 0; i < served.Count; i++)
        {
            var stored = served[i];
            current.Add((stored.Id, stored.Version));
            candidates[i] = _parsed.GetOrAdd((stored.Id, stored.Version), static (_, s) => (s.SpecDimension, Parse(s)), stored).Candidate;
        }

        foreach (var key in _parsed.Keys)
        {
            if (!current.Contains(key) && (dimension is null || _parsed.TryGetValue(key, out var entry) && entry.Dimension == dimension))
                _parsed.TryRemove(key, out _);
        }

        return candidates;
    }

    private static SearchCandidate Parse(StoredLearnware stored) => new(
        stored.Id,
        stored.Name,
        SemanticJson.Parse(stored.SemanticJson),
        StatSpecificationJson.IsKnown(stored.SpecType) ? StatSpecificationJson.Parse(stored.SpecJson) : null);
}
