namespace Learnware.Reuse;

/// <summary>
/// MDEP's classification objectives: the spread of the vote margins (std/mean, or 100000 when the mean margin is not
/// positive), the number of rows the majority gets wrong, and the subset size.
/// </summary>
/// <remarks>
/// The margin of a row is (votes for the true label − votes for the strongest other label) / size; majority ties go
/// to the smallest label. The reference uses this form for more than two classes and an equivalent ±1 form for two.
/// </remarks>
internal sealed class ClassificationObjectives(int[][] votes, int[] labels, int classCount) : IPruningObjectives
{
    private const double NoPositiveMargin = 100000;
    private readonly int[] _counts = new int[classCount];
    private readonly double[] _margins = new double[labels.Length];

    public int Count => 3;

    public int ErrorIndex => 1;

    public double[] Evaluate(ReadOnlySpan<bool> selected)
    {
        int size = 0;
        foreach (bool s in selected)
            if (s) size++;
        int errors = 0;
        for (int r = 0; r < labels.Length; r++)
        {
            Array.Clear(_counts);
            for (int m = 0; m < selected.Length; m++)
                if (selected[m]) _counts[votes[m][r]]++;
            int top = 0;
            for (int c = 1; c < classCount; c++)
                if (_counts[c] > _counts[top]) top = c;
            int truth = labels[r], strongestOther = 0;
            for (int c = 0; c < classCount; c++)
                if (c != truth && _counts[c] > strongestOther) strongestOther = _counts[c];
            _margins[r] = (double)(_counts[truth] - strongestOther) / size;
            if (top != truth) errors++;
        }
        double mean = _margins.Average();
        double spread = mean > 0 ? StandardDeviation(_margins, mean) / mean : NoPositiveMargin;
        return [spread, errors, size];
    }

    private static double StandardDeviation(double[] values, double mean)
    {
        double sum = 0;
        foreach (double v in values)
            sum += (v - mean) * (v - mean);
        return Math.Sqrt(sum / values.Length);
    }
}
