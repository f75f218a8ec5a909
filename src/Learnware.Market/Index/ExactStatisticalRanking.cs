using Learnware.Specifications;

namespace Learnware.Market.Index;

/// <summary>Ranks learnwares by exact MMD² to a user's specification, in parallel over the candidates.</summary>
public static class ExactStatisticalRanking
{
    private const int ChunkSize = 64;

    /// <summary>
    /// The <paramref name="count"/> candidates of smallest MMD²(user, candidate), ascending (ties by ordinal id).
    /// <paramref name="fetch"/> is called from several threads; a null from it means the learnware has gone and it
    /// is skipped.
    /// </summary>
    /// <remarks>
    /// MMD² is <c>user.SquaredDistance(candidate)</c> bit for bit, with the user's own term computed once.
    /// </remarks>
    public static RankedLearnware[] Rank(RkmeTableSpecification user, IReadOnlyList<string> candidates,
        Func<string, RkmeTableSpecification?> fetch, int count)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(fetch);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (candidates.Count == 0)
            return [];
        double self = user.InnerProduct(user);
        int chunks = (candidates.Count + ChunkSize - 1) / ChunkSize;
        var merged = new BoundedHeap(Math.Min(count, candidates.Count));
        var gate = new object();
        Parallel.For(0, chunks,
            () => new BoundedHeap(merged.Capacity),
            (chunk, _, heap) =>
            {
                int end = Math.Min(candidates.Count, (chunk + 1) * ChunkSize);
                for (int i = chunk * ChunkSize; i < end; i++)
                {
                    var candidate = fetch(candidates[i]);
                    if (candidate is not null)
                        heap.Offer(self - 2 * user.InnerProduct(candidate) + candidate.InnerProduct(candidate), i);
                }
                return heap;
            },
            heap =>
            {
                lock (gate)
                    merged.OfferAll(heap);
            });
        var best = merged.ToSortedArray();
        var ranked = new RankedLearnware[best.Length];
        for (int i = 0; i < best.Length; i++)
            ranked[i] = new RankedLearnware(candidates[best[i].Item], best[i].Key);
        Array.Sort(ranked, static (a, b) => a.Mmd2 != b.Mmd2 ? a.Mmd2.CompareTo(b.Mmd2) : string.CompareOrdinal(a.Id, b.Id));
        return ranked;
    }
}
