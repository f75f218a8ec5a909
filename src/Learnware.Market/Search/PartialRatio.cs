namespace Learnware.Market.Search;

/// <summary>
/// rapidfuzz's <c>fuzz.partial_ratio</c>: how well the shorter string fits somewhere inside the longer one, 0–100.
/// </summary>
/// <remarks>
/// For the shorter string s1 (length m) and the longer s2, the result is the best normalised Indel similarity
/// 100·(1 − (|s1| + |w| − 2·LCS(s1, w)) / (|s1| + |w|)) over the windows w of s2: every substring of length m, the
/// prefixes s2[..i] and the suffixes s2[^i..] with i &lt; m. When the lengths are equal the roles are also swapped
/// and the better score kept. Two empty strings score 100, one empty string 0. Windows that start (suffixes) or end
/// (prefixes, full windows) with a character absent from s1 are skipped: the same window trimmed of that character,
/// or the full window one place earlier, is also examined and scores at least as high, so the maximum is unchanged. rapidfuzz's native code takes a heuristic
/// path for needles over 64 characters that can score lower; this examines every window for any length.
/// Comparison is by UTF-16 code unit and case-sensitive; callers lower-case both sides.
/// </remarks>
public static class PartialRatio
{
    /// <summary>partial_ratio(<paramref name="a"/>, <paramref name="b"/>) on a 0–100 scale.</summary>
    public static double Compute(string a, string b) => Compute(a, b, null);

    /// <summary>
    /// As <see cref="Compute(string, string)"/>, reusing <paramref name="patternOfA"/>, built from
    /// <paramref name="a"/>, whenever a is the string searched for; one query is scored against many texts.
    /// </summary>
    internal static double Compute(string a, string b, BitParallelLcs? patternOfA)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0 && b.Length == 0)
            return 100;
        if (a.Length == 0 || b.Length == 0)
            return 0;
        var patternA = patternOfA ?? new BitParallelLcs(a);
        if (a.Length < b.Length)
            return BestWindow(patternA, b);
        if (a.Length > b.Length)
            return BestWindow(new BitParallelLcs(b), a);
        double score = BestWindow(patternA, b);
        return score < 100 ? Math.Max(score, BestWindow(new BitParallelLcs(b), a)) : score;
    }

    private static double BestWindow(BitParallelLcs lcs, string haystack)
    {
        int m = lcs.PatternLength, n = haystack.Length;
        double best = 0;
        for (int i = 1; i < m; i++)
            if (lcs.Contains(haystack[i - 1]) && Improve(lcs, haystack.AsSpan(0, i), ref best))
                return best;
        for (int i = 0; i + m <= n; i++)
            if (lcs.Contains(haystack[i + m - 1]) && Improve(lcs, haystack.AsSpan(i, m), ref best))
                return best;
        for (int i = n - m + 1; i < n; i++)
            if (lcs.Contains(haystack[i]) && Improve(lcs, haystack.AsSpan(i), ref best))
                return best;
        return best;
    }

    /// <summary>Raises <paramref name="best"/> to the window's ratio; true once a perfect 100 is reached.</summary>
    private static bool Improve(BitParallelLcs lcs, ReadOnlySpan<char> window, ref double best)
    {
        int lengthSum = lcs.PatternLength + window.Length;
        int distance = lengthSum - 2 * lcs.Length(window);
        double ratio = 100 * (1 - (double)distance / lengthSum);
        if (ratio > best)
            best = ratio;
        return distance == 0;
    }
}
