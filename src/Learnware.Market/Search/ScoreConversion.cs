namespace Learnware.Market.Search;

/// <summary>
/// Turns MMD² distances into the 0–1 scores users see, decides whether the mixture is worth showing and how many
/// single results to keep; the reference's rules and constants, step by step in docs/search.md.
/// </summary>
public static class ScoreConversion
{
    /// <summary>ε starts at this fraction of the mean distance.</summary>
    public const double DistanceRatio = 0.1;

    /// <summary>The best item scores at least this much.</summary>
    public const double MinTopScore = 0.92;

    /// <summary>Scores below this are raised to their square root, capped at this value.</summary>
    public const double ImproveScore = 0.7;

    /// <summary>Single results after the first are kept while they score at least this much.</summary>
    public const double SingleFilterScore = 0.6;

    /// <summary>
    /// Scores for <paramref name="distances"/> (any order) into <paramref name="scores"/>: all equal gives 1 each;
    /// otherwise score = (max − d)/(max − ε), so the farthest scores 0 and the nearest 1 or at least
    /// <see cref="MinTopScore"/>, and a score below <see cref="ImproveScore"/> becomes min(√score, 0.7).
    /// </summary>
    public static void ToScores(ReadOnlySpan<double> distances, Span<double> scores)
    {
        if (scores.Length < distances.Length)
            throw new ArgumentException("the score span is shorter than the distances", nameof(scores));
        if (distances.IsEmpty)
            return;
        double min = distances[0], max = distances[0], sum = 0;
        foreach (double d in distances)
        {
            min = Math.Min(min, d);
            max = Math.Max(max, d);
            sum += d;
        }
        if (min == max)
        {
            scores[..distances.Length].Fill(1);
            return;
        }
        double epsilon = DistanceRatio * sum / distances.Length;
        if (min < epsilon)
            epsilon = min;
        else if ((max - min) / (max - epsilon) < MinTopScore)
            epsilon = max - (max - min) / MinTopScore;
        // Reached only with max > min and max > ε (ε ≤ min in both branches), so the scale is positive.
        double scale = max - epsilon;
        for (int i = 0; i < distances.Length; i++)
        {
            double score = (max - distances[i]) / scale;
            scores[i] = score < ImproveScore ? Math.Min(Math.Sqrt(score), ImproveScore) : score;
        }
    }

    /// <summary>
    /// Scores the single distances (ascending) together with the mixture's, then applies the two selection rules:
    /// the mixture is dropped when ⌊100·its score⌋ equals ⌊100·the best single score⌋, and singles after the first
    /// are kept while they score at least <see cref="SingleFilterScore"/>. A lone single scoring below that is
    /// lifted to it, and the mixture score multiplied by the same factor (capped at 1).
    /// </summary>
    public static RankedScores Rank(IReadOnlyList<double> sortedDistances, double? mixtureDistance)
    {
        ArgumentNullException.ThrowIfNull(sortedDistances);
        int n = sortedDistances.Count;
        if (n == 0)
            return new RankedScores([], null);
        var distances = new double[n + (mixtureDistance.HasValue ? 1 : 0)];
        for (int i = 0; i < n; i++)
            distances[i] = sortedDistances[i];
        if (mixtureDistance is double mixture)
            distances[n] = mixture;
        var scores = new double[distances.Length];
        ToScores(distances, scores);

        double? mixtureScore = mixtureDistance.HasValue ? scores[n] : null;
        if (mixtureScore is double ms && Percent(ms) == Percent(scores[0]))
            mixtureScore = null;

        int kept = 1;
        while (kept < n && scores[kept] >= SingleFilterScore)
            kept++;
        if (kept == 1 && scores[0] < SingleFilterScore)
        {
            double ratio = Math.Abs(scores[0]) < 1e-5 ? 100 : SingleFilterScore / scores[0];
            scores[0] = SingleFilterScore;
            if (mixtureScore is double lifted)
                mixtureScore = Math.Min(1, lifted * ratio);
        }
        return new RankedScores(scores[..kept], mixtureScore);
    }

    // Python's int(100·score): truncation towards zero.
    private static int Percent(double score) => (int)(100 * score);
}
