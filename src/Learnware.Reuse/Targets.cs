using Learnware.Numerics;

namespace Learnware.Reuse;

/// <summary>Checks on the labelled rows given to a reuser's fit.</summary>
internal static class Targets
{
    /// <summary>Throws unless there is one finite target per row and at least one row.</summary>
    public static void Check(DenseMatrix x, double[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (y.Length != x.Rows)
            throw new ArgumentException($"need one target per row: {x.Rows} rows, {y.Length} targets", nameof(y));
        if (y.Length == 0)
            throw new ArgumentException("fitting needs at least one labelled row", nameof(y));
        for (int i = 0; i < y.Length; i++)
            if (!double.IsFinite(y[i]))
                throw new ArgumentException($"target {i} is {y[i]}, not a finite number", nameof(y));
    }

    /// <summary>Class labels from targets that must be whole numbers ≥ 0.</summary>
    public static int[] Labels(double[] y)
    {
        var labels = new int[y.Length];
        for (int i = 0; i < y.Length; i++)
        {
            if (y[i] < 0 || y[i] != Math.Floor(y[i]) || y[i] > int.MaxValue)
                throw new ArgumentException($"target {i} is {y[i]}, not a class label (a whole number >= 0)", nameof(y));
            labels[i] = (int)y[i];
        }
        return labels;
    }
}
