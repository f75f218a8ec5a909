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

    // No classifier may have more classes (PackageLimits), so a larger label is no class of any learnware; it would
    // size every per-class array of the fit (a label of 2e9 asks for 2e9 columns of probabilities per row).
    private static readonly int MaxClasses = new Learnware.Packaging.PackageLimits().MaxClasses;

    /// <summary>Class labels from targets that must be whole numbers from 0 to the most classes a classifier may have.</summary>
    public static int[] Labels(double[] y)
    {
        var labels = new int[y.Length];
        for (int i = 0; i < y.Length; i++)
        {
            if (y[i] < 0 || y[i] != Math.Floor(y[i]))
                throw new ArgumentException($"target {i} is {y[i]}, not a class label (a whole number >= 0)", nameof(y));
            if (y[i] >= MaxClasses)
                throw new ArgumentException($"target {i} is {y[i]}, beyond the {MaxClasses} classes a classifier may have (labels 0 to {MaxClasses - 1})", nameof(y));
            labels[i] = (int)y[i];
        }
        return labels;
    }
}
