using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Learnware.Market.Index;

/// <summary>
/// Packed storage of sketches: one contiguous float array of fixed-width rows and the id of each row. Not
/// thread-safe; <see cref="SketchIndex"/> guards it.
/// </summary>
/// <remarks>
/// Removing a row moves the last row into its place, so rows stay packed and a scan never meets a hole.
/// </remarks>
internal sealed class SketchRows
{
    // Rows per scan chunk: with 256 features, 4096 rows are 4 MB, large enough to amortise scheduling and small
    // enough that two cores finish within one chunk of each other.
    private const int ChunkRows = 4096;
    private const int MinimumCapacity = 64;

    private readonly Dictionary<string, int> _rowOf = new(StringComparer.Ordinal);
    private readonly int _width;
    private float[] _sketches;
    private string[] _ids;

    public SketchRows(int width, int capacity)
    {
        _width = width;
        if (capacity > MaxRows)
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, $"at most {MaxRows} rows of {width} features fit");
        _sketches = new float[(long)capacity * width];
        _ids = new string[capacity];
    }

    public int Count { get; private set; }

    public int MaxRows => Array.MaxLength / _width;

    public ReadOnlySpan<string> Ids => _ids.AsSpan(0, Count);

    public bool Contains(string id) => _rowOf.ContainsKey(id);

    public bool TryCopy(string id, Span<float> destination)
    {
        if (!_rowOf.TryGetValue(id, out int row))
            return false;
        Row(row).CopyTo(destination);
        return true;
    }

    public void Add(string id, ReadOnlySpan<float> sketch)
    {
        EnsureCapacity(Count + 1);
        sketch.CopyTo(Row(Count));
        _ids[Count] = id;
        _rowOf[id] = Count;
        Count++;
    }

    public bool Remove(string id)
    {
        if (!_rowOf.Remove(id, out int row))
            return false;
        int last = Count - 1;
        if (row != last)
        {
            Row(last).CopyTo(Row(row));
            _ids[row] = _ids[last];
            _rowOf[_ids[row]] = row;
        }
        _ids[last] = null!;
        Count = last;
        return true;
    }

    public void EnsureCapacity(int rows)
    {
        if (rows <= _ids.Length)
            return;
        if (rows > MaxRows)
            throw new InvalidOperationException($"the index is full: at most {MaxRows} rows of {_width} features fit");
        // Growth by half, not doubling: at a million rows of 256 features one doubling alone would ask for 2 GB more.
        int capacity = (int)Math.Clamp(Math.Max((long)_ids.Length * 3 / 2, rows), MinimumCapacity, MaxRows);
        var sketches = GC.AllocateUninitializedArray<float>(capacity * _width);
        _sketches.AsSpan(0, Count * _width).CopyTo(sketches);
        Array.Resize(ref _ids, capacity);
        _sketches = sketches;
    }

    /// <summary>
    /// The <paramref name="count"/> rows nearest to <paramref name="query"/>, nearest first as (distance, row): fixed
    /// chunks scanned in parallel, one bounded heap per worker, merged at the end.
    /// </summary>
    public (double Key, int Item)[] Nearest(float[] query, int count)
    {
        var sketches = _sketches;
        int rows = Count, width = _width;
        int chunks = (rows + ChunkRows - 1) / ChunkRows;
        var merged = new BoundedHeap(count);
        if (chunks <= 1)
        {
            ScanRows(sketches, query, width, 0, rows, merged);
            return merged.ToSortedArray();
        }
        var gate = new object();
        Parallel.For(0, chunks,
            () => new BoundedHeap(count),
            (chunk, _, heap) =>
            {
                int start = chunk * ChunkRows;
                ScanRows(sketches, query, width, start, Math.Min(rows, start + ChunkRows), heap);
                return heap;
            },
            heap =>
            {
                lock (gate)
                    merged.OfferAll(heap);
            });
        return merged.ToSortedArray();
    }

    private static void ScanRows(float[] sketches, float[] query, int width, int start, int end, BoundedHeap heap)
    {
        ref float rows = ref MemoryMarshal.GetArrayDataReference(sketches);
        ref float q = ref MemoryMarshal.GetArrayDataReference(query);
        double bound = heap.Bound;
        for (int row = start; row < end; row++)
        {
            float distance = SketchDistance.Squared(ref Unsafe.Add(ref rows, (nint)row * width), ref q, width);
            if (distance <= bound)
            {
                heap.Offer(distance, row);
                bound = heap.Bound;
            }
        }
    }

    public string IdAt(int row) => _ids[row];

    private Span<float> Row(int row) => _sketches.AsSpan(row * _width, _width);
}
