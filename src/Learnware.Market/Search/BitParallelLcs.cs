using System.Numerics;

namespace Learnware.Market.Search;

/// <summary>
/// Length of the longest common subsequence between a fixed pattern and any text, in O(⌈m/64⌉·n) word operations
/// (Hyyrö's bit-parallel form of the Allison–Dix recurrence).
/// </summary>
/// <remarks>
/// Bit i of the row vector V is 0 when pattern position i ends a match counted in the LCS so far. For each text
/// character with match mask M: X = V &amp; M, V = (V + X) | (V &amp; ~X), the addition carrying across words. The LCS
/// is the number of zero bits. Bits above the pattern never see a match, so they stay 1 and need no masking.
/// </remarks>
internal sealed class BitParallelLcs
{
    private const int DirectTableSize = 256;

    private readonly int _words;
    private readonly ulong[] _direct;                   // masks of chars below 256, _words per char
    private readonly bool[] _present = new bool[DirectTableSize];
    private readonly Dictionary<char, ulong[]>? _other; // masks of the rest
    private readonly ulong[] _row;

    public BitParallelLcs(ReadOnlySpan<char> pattern)
    {
        PatternLength = pattern.Length;
        _words = Math.Max(1, (pattern.Length + 63) / 64);
        _direct = new ulong[DirectTableSize * _words];
        _row = new ulong[_words];
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            ulong bit = 1UL << (i & 63);
            if (c < DirectTableSize)
            {
                _direct[c * _words + (i >> 6)] |= bit;
                _present[c] = true;
            }
            else
            {
                _other ??= [];
                if (!_other.TryGetValue(c, out var mask))
                    _other[c] = mask = new ulong[_words];
                mask[i >> 6] |= bit;
            }
        }
    }

    /// <summary>Length of the pattern.</summary>
    public int PatternLength { get; }

    /// <summary>True if <paramref name="c"/> occurs in the pattern.</summary>
    public bool Contains(char c) => !Mask(c).IsEmpty;

    /// <summary>LCS(pattern, <paramref name="text"/>).</summary>
    public int Length(ReadOnlySpan<char> text)
    {
        var row = _row.AsSpan();
        row.Fill(ulong.MaxValue);
        foreach (char c in text)
        {
            var mask = Mask(c);
            if (mask.IsEmpty)
                continue; // X = 0 leaves V unchanged
            ulong carry = 0;
            for (int w = 0; w < row.Length; w++)
            {
                ulong v = row[w], x = v & mask[w];
                ulong sum = v + x;
                ulong carryOut = sum < v ? 1UL : 0UL;
                sum += carry;
                carryOut |= sum < carry ? 1UL : 0UL;
                carry = carryOut;
                row[w] = sum | (v & ~x);
            }
        }
        int zeros = 0;
        foreach (ulong v in row)
            zeros += BitOperations.PopCount(~v);
        return zeros;
    }

    private ReadOnlySpan<ulong> Mask(char c)
    {
        if (c < DirectTableSize)
        {
            return _present[c] ? _direct.AsSpan(c * _words, _words) : default;
        }
        return _other is not null && _other.TryGetValue(c, out var other) ? other : default;
    }
}
