namespace Learnware.Market.Index;

/// <summary>
/// The <c>capacity</c> smallest (key, item) pairs seen so far, as a max-heap so that the worst kept pair is the one
/// to beat. Ties on the key go to the smaller item, which makes the kept set independent of the order of offers.
/// </summary>
internal sealed class BoundedHeap
{
    private readonly double[] _keys;
    private readonly int[] _items;

    public BoundedHeap(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _keys = new double[capacity];
        _items = new int[capacity];
    }

    public int Count { get; private set; }

    public int Capacity => _keys.Length;

    /// <summary>The key an offer must beat once the heap is full; +∞ until then.</summary>
    public double Bound => Count < _keys.Length ? double.PositiveInfinity : _keys[0];

    public void Offer(double key, int item)
    {
        if (Count < _keys.Length)
        {
            int i = Count++;
            while (i > 0)
            {
                int parent = (i - 1) / 2;
                if (!Worse(key, item, _keys[parent], _items[parent]))
                    break;
                _keys[i] = _keys[parent];
                _items[i] = _items[parent];
                i = parent;
            }
            _keys[i] = key;
            _items[i] = item;
            return;
        }
        if (!Worse(_keys[0], _items[0], key, item))
            return;
        SiftDown(key, item);
    }

    public void OfferAll(BoundedHeap other)
    {
        for (int i = 0; i < other.Count; i++)
            Offer(other._keys[i], other._items[i]);
    }

    /// <summary>The kept pairs, best (smallest key) first.</summary>
    public (double Key, int Item)[] ToSortedArray()
    {
        var result = new (double Key, int Item)[Count];
        for (int i = 0; i < Count; i++)
            result[i] = (_keys[i], _items[i]);
        Array.Sort(result, static (x, y) => x.Key != y.Key ? x.Key.CompareTo(y.Key) : x.Item.CompareTo(y.Item));
        return result;
    }

    private static bool Worse(double keyA, int itemA, double keyB, int itemB) =>
        keyA > keyB || (keyA == keyB && itemA > itemB);

    private void SiftDown(double key, int item)
    {
        int count = Count, i = 0;
        while (true)
        {
            int child = 2 * i + 1;
            if (child >= count)
                break;
            if (child + 1 < count && Worse(_keys[child + 1], _items[child + 1], _keys[child], _items[child]))
                child++;
            if (!Worse(_keys[child], _items[child], key, item))
                break;
            _keys[i] = _keys[child];
            _items[i] = _items[child];
            i = child;
        }
        _keys[i] = key;
        _items[i] = item;
    }
}
