using Learnware.Specifications;

namespace Learnware.Market.Index;

/// <summary>
/// The sketches of one island's learnwares (see <see cref="RandomFeatureMap"/>), scanned in parallel with SIMD
/// distances to find the learnwares whose sketch is nearest a user's.
/// </summary>
/// <remarks>
/// Queries share a read lock and may run concurrently; writers take the write lock, and compute sketches before
/// taking it so that they hold it only for the copy. A specification of the island's dimension but another gamma
/// cannot be sketched with the island's features; the index keeps its id so that a ranking compares it exactly.
/// </remarks>
public sealed class SketchIndex : IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly HashSet<string> _exactOnly = new(StringComparer.Ordinal);
    private readonly SketchRows _rows;

    /// <summary>An empty index over the features of <paramref name="map"/>, with room for <paramref name="capacity"/> sketches.</summary>
    public SketchIndex(RandomFeatureMap map, int capacity = 0)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Map = map;
        _rows = new SketchRows(map.FeatureCount, capacity);
    }

    /// <summary>The island's random features.</summary>
    public RandomFeatureMap Map { get; }

    /// <summary>Learnwares in the island, sketched or not.</summary>
    public int Count => Read(() => _rows.Count + _exactOnly.Count);

    /// <summary>Learnwares held as sketches.</summary>
    public int SketchedCount => Read(() => _rows.Count);

    /// <summary>Bytes of sketch rows in use (D floats per sketched learnware).</summary>
    public long SketchBytes => (long)SketchedCount * Map.FeatureCount * sizeof(float);

    /// <summary>
    /// Adds a learnware. Returns true if it was sketched, false if its gamma differs from the island's and it is kept
    /// for exact comparison only.
    /// </summary>
    /// <exception cref="ArgumentException">The id is already present, or the dimension is not the island's.</exception>
    public bool Add(string id, RkmeTableSpecification specification)
    {
        ArgumentNullException.ThrowIfNull(id);
        var sketch = SketchOrNull(specification);
        Write(() =>
        {
            if (ContainsUnlocked(id))
                throw new ArgumentException($"learnware '{id}' is already in the index", nameof(id));
            Insert(id, sketch);
        });
        return sketch is not null;
    }

    /// <summary>Adds many learnwares, sketching them in parallel; nothing is added if any id is already present.</summary>
    /// <exception cref="ArgumentException">An id is repeated or already present, or a dimension is not the island's.</exception>
    public void AddRange(IReadOnlyList<KeyValuePair<string, RkmeTableSpecification>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var (id, specification) in entries)
        {
            ArgumentNullException.ThrowIfNull(id, nameof(entries));
            RequireDimension(specification);
        }
        var sketches = new float[entries.Count][];
        Parallel.For(0, entries.Count, i =>
        {
            var specification = entries[i].Value;
            sketches[i] = Map.CanSketch(specification) ? Map.Sketch(specification) : [];
        });
        Write(() =>
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in entries)
                if (!seen.Add(entry.Key) || ContainsUnlocked(entry.Key))
                    throw new ArgumentException($"learnware '{entry.Key}' is already in the index", nameof(entries));
            _rows.EnsureCapacity(_rows.Count + entries.Count);
            for (int i = 0; i < entries.Count; i++)
                Insert(entries[i].Key, sketches[i].Length == 0 ? null : sketches[i]);
        });
    }

    /// <summary>Replaces a learnware's specification. Returns true if the new one was sketched.</summary>
    /// <exception cref="KeyNotFoundException">The id is not in the index.</exception>
    public bool Replace(string id, RkmeTableSpecification specification)
    {
        ArgumentNullException.ThrowIfNull(id);
        var sketch = SketchOrNull(specification);
        Write(() =>
        {
            if (!RemoveUnlocked(id))
                throw new KeyNotFoundException($"learnware '{id}' is not in the index");
            Insert(id, sketch);
        });
        return sketch is not null;
    }

    /// <summary>Removes a learnware; false if it was not there.</summary>
    public bool Remove(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        bool removed = false;
        Write(() => removed = RemoveUnlocked(id));
        return removed;
    }

    /// <summary>True if the learnware is in the index, sketched or not.</summary>
    public bool Contains(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Read(() => ContainsUnlocked(id));
    }

    /// <summary>Copies a learnware's sketch into <paramref name="destination"/>; false if it has none.</summary>
    public bool TryCopySketch(string id, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (destination.Length < Map.FeatureCount)
            throw new ArgumentException($"the destination needs {Map.FeatureCount} floats", nameof(destination));
        _lock.EnterReadLock();
        try
        {
            return _rows.TryCopy(id, destination);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Every id in the index: the sketched ones in row order, then the exact-only ones.</summary>
    public string[] Ids() => Read(() => (string[])[.. _rows.Ids, .. _exactOnly]);

    /// <summary>Ids of learnwares whose gamma differs from the island's: they must be compared exactly.</summary>
    public string[] ExactOnlyIds() => Read(() => _exactOnly.ToArray());

    /// <summary>
    /// The <paramref name="count"/> sketched learnwares nearest to <paramref name="sketch"/> by squared L2 distance,
    /// nearest first (ties in row order); fewer if the index holds fewer.
    /// </summary>
    public SketchHit[] Query(ReadOnlySpan<float> sketch, int count)
    {
        if (sketch.Length != Map.FeatureCount)
            throw new ArgumentException(
                $"a sketch of this island has {Map.FeatureCount} features, got {sketch.Length}", nameof(sketch));
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var query = sketch.ToArray();
        _lock.EnterReadLock();
        try
        {
            if (_rows.Count == 0)
                return [];
            var nearest = _rows.Nearest(query, Math.Min(count, _rows.Count));
            var hits = new SketchHit[nearest.Length];
            for (int i = 0; i < nearest.Length; i++)
                hits[i] = new SketchHit(_rows.IdAt(nearest[i].Item), (float)nearest[i].Key);
            return hits;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _lock.Dispose();

    private float[]? SketchOrNull(RkmeTableSpecification specification)
    {
        RequireDimension(specification);
        return Map.CanSketch(specification) ? Map.Sketch(specification) : null;
    }

    private void RequireDimension(RkmeTableSpecification specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        if (specification.Dimension != Map.Dimension)
            throw new ArgumentException(
                $"a specification of dimension {specification.Dimension} does not belong to an island of dimension {Map.Dimension}");
    }

    private bool ContainsUnlocked(string id) => _rows.Contains(id) || _exactOnly.Contains(id);

    private void Insert(string id, float[]? sketch)
    {
        if (sketch is null)
            _exactOnly.Add(id);
        else
            _rows.Add(id, sketch);
    }

    private bool RemoveUnlocked(string id) => _exactOnly.Remove(id) || _rows.Remove(id);

    private T Read<T>(Func<T> read)
    {
        _lock.EnterReadLock();
        try
        {
            return read();
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private void Write(Action write)
    {
        _lock.EnterWriteLock();
        try
        {
            write();
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }
}
