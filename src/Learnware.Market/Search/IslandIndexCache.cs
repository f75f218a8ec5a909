using Learnware.Market.Index;
using Learnware.Specifications;

namespace Learnware.Market.Search;

/// <summary>
/// Sketch indexes of large islands, kept while their learnwares are unchanged: an island is rebuilt when its
/// stamp (which learnwares, which versions) differs from the one it was built for.
/// </summary>
internal sealed class IslandIndexCache : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(int Dimension, double Gamma), (string Stamp, SketchIndex Index)> _islands = [];

    public SketchIndex Get(int dimension, double gamma, string stamp, IReadOnlyList<SearchCandidate> island)
    {
        lock (_gate)
        {
            if (_islands.TryGetValue((dimension, gamma), out var cached) && cached.Stamp == stamp)
                return cached.Index;
            cached.Index?.Dispose();
            var index = new SketchIndex(new RandomFeatureMap(dimension, gamma), island.Count);
            index.AddRange(island.Where(c => c.Spec is RkmeTableSpecification)
                .Select(c => new KeyValuePair<string, RkmeTableSpecification>(c.Id, (RkmeTableSpecification)c.Spec!)).ToArray());
            _islands[(dimension, gamma)] = (stamp, index);
            return index;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var (_, index) in _islands.Values)
                index.Dispose();
            _islands.Clear();
        }
    }
}
