using System.Collections.Concurrent;
using Learnware.Market.Index;
using Learnware.Specifications;

namespace Learnware.Market.Search;

/// <summary>
/// Sketch indexes of large islands, kept for the market's lifetime and brought up to date on each search by adding,
/// replacing and removing only the learnwares that changed, never by rebuilding. An index is never disposed while the
/// market is open, so a search still reading one is never left with a disposed index.
/// </summary>
internal sealed class IslandIndexCache : IDisposable
{
    private readonly ConcurrentDictionary<(int Dimension, double Gamma), Island> _islands = new();

    /// <summary>The island's index, updated to hold exactly <paramref name="served"/> (the island's candidates).</summary>
    public Island Get(int dimension, double gamma, IReadOnlyList<SearchCandidate> served)
    {
        var island = _islands.GetOrAdd((dimension, gamma), static key => new Island(new SketchIndex(new RandomFeatureMap(key.Dimension, key.Gamma))));
        island.Update(served);
        return island;
    }

    public void Dispose()
    {
        foreach (var island in _islands.Values)
            island.Index.Dispose();
        _islands.Clear();
    }

    /// <summary>One island's index and the candidate it holds for each learnware.</summary>
    internal sealed class Island(SketchIndex index)
    {
        private readonly Lock _updates = new();
        private readonly ConcurrentDictionary<string, SearchCandidate> _members = new(StringComparer.Ordinal);

        public SketchIndex Index { get; } = index;

        /// <summary>The specification the island holds for <paramref name="id"/>, or null once it has gone.</summary>
        public RkmeTableSpecification? Specification(string id) => _members.GetValueOrDefault(id)?.Spec as RkmeTableSpecification;

        public void Update(IReadOnlyList<SearchCandidate> served)
        {
            // Updates run one at a time; searches keep querying meanwhile under the index's own read lock.
            lock (_updates)
            {
                var wanted = new Dictionary<string, SearchCandidate>(StringComparer.Ordinal);
                foreach (var candidate in served)
                {
                    if (candidate.Spec is RkmeTableSpecification)
                        wanted[candidate.Id] = candidate;
                }

                foreach (var (id, _) in _members)
                {
                    if (!wanted.ContainsKey(id))
                    {
                        Index.Remove(id);
                        _members.TryRemove(id, out _);
                    }
                }

                var added = new List<KeyValuePair<string, RkmeTableSpecification>>();
                foreach (var (id, candidate) in wanted)
                {
                    if (!_members.TryGetValue(id, out var held))
                        added.Add(new(id, (RkmeTableSpecification)candidate.Spec!));
                    else if (!ReferenceEquals(held, candidate))
                        Index.Replace(id, (RkmeTableSpecification)candidate.Spec!);
                    _members[id] = candidate;
                }

                if (added.Count > 0)
                    Index.AddRange(added);
            }
        }
    }
}
