using Learnware.Market.Search;

namespace Learnware.Market.Tests.Search;

public class PartialRatioTests
{
    [Theory]
    // "learnwar" (prefix of length 8) shares 7 characters with the 9-character needle: 100·2·7/17.
    [InlineData("laernwaer", "learnware_1", 100.0 * 14 / 17)]
    [InlineData("this is a test", "this is a test!", 100.0)]
    // Equal lengths (22): the suffix "uzzy fuzzy was a bear" (21) shares 20 characters: 100·2·20/43.
    [InlineData("fuzzy wuzzy was a bear", "wuzzy fuzzy was a bear", 100.0 * 40 / 43)]
    // rapidfuzz's documented alignment example: "cetain" against "certai" (LCS 5): 100·10/12.
    [InlineData("a certain string", "cetain", 100.0 * 10 / 12)]
    // Equal lengths: the one-character prefix "d" or suffix "a" (LCS 1): 100·2/5.
    [InlineData("abcd", "dcba", 40.0)]
    [InlineData("", "", 100.0)]
    [InlineData("abc", "", 0.0)]
    [InlineData("xyz", "abcdef", 0.0)]
    public void PartialRatio_MatchesRapidfuzz(string a, string b, double expected)
    {
        Assert.Equal(expected, PartialRatio.Compute(a, b), 0.01);
        Assert.Equal(expected, PartialRatio.Compute(b, a), 0.01);
    }

    [Fact]
    public void PartialRatio_EqualsTheWindowDefinition_OnRandomStrings()
    {
        var random = new Random(7);
        const string alphabet = "abcde é";
        for (int trial = 0; trial < 300; trial++)
        {
            // Lengths past 64 exercise the multi-word bit vectors.
            string a = RandomString(random, alphabet, random.Next(0, trial % 3 == 0 ? 150 : 20));
            string b = RandomString(random, alphabet, random.Next(0, trial % 3 == 0 ? 200 : 30));
            Assert.Equal(BruteForce(a, b), PartialRatio.Compute(a, b), 1e-9);
        }
    }

    private static string RandomString(Random random, string alphabet, int length) =>
        new(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

    /// <summary>The definition, evaluated over every window with a quadratic LCS.</summary>
    private static double BruteForce(string a, string b)
    {
        if (a.Length == 0 && b.Length == 0) return 100;
        if (a.Length == 0 || b.Length == 0) return 0;
        (string s, string l) = a.Length <= b.Length ? (a, b) : (b, a);
        double best = Windows(s, l);
        if (a.Length == b.Length) best = Math.Max(best, Windows(l, s));
        return best;
    }

    private static double Windows(string s, string l)
    {
        int m = s.Length, n = l.Length;
        var windows = new List<string>();
        for (int i = 1; i < m; i++) windows.Add(l[..i]);
        for (int i = 0; i + m <= n; i++) windows.Add(l.Substring(i, m));
        for (int i = n - m + 1; i < n; i++) windows.Add(l[i..]);
        return windows.Max(w => 200.0 * Lcs(s, w) / (m + w.Length));
    }

    private static int Lcs(string a, string b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i < a.Length; i++)
            for (int j = 0; j < b.Length; j++)
                table[i + 1, j + 1] = a[i] == b[j] ? table[i, j] + 1 : Math.Max(table[i, j + 1], table[i + 1, j]);
        return table[a.Length, b.Length];
    }
}
