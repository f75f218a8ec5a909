using Learnware.Numerics;

namespace Learnware.Specifications;

/// <summary>Replaces NaN and ±Inf cells by their column's mean over the finite cells, as the reference does.</summary>
public static class MissingValues
{
    /// <summary>
    /// Returns <paramref name="data"/> itself when every cell is finite, otherwise a filled copy; throws if a
    /// column has no finite value at all.
    /// </summary>
    public static DenseMatrix Fill(DenseMatrix data, IReadOnlyList<string>? columnNames = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (AllFinite(data.Data))
            return data;
        int n = data.Rows, d = data.Columns;
        var sums = new double[d];
        var counts = new int[d];
        for (int r = 0; r < n; r++)
        {
            var row = data.Row(r);
            for (int j = 0; j < d; j++)
                if (double.IsFinite(row[j])) { sums[j] += row[j]; counts[j]++; }
        }
        for (int j = 0; j < d; j++)
        {
            if (counts[j] == 0)
            {
                string name = columnNames is not null && j < columnNames.Count ? $"'{columnNames[j]}'" : j.ToString(System.Globalization.CultureInfo.InvariantCulture);
                throw new ArgumentException($"column {name} has no finite value, so its missing values cannot be filled");
            }
            sums[j] /= counts[j];
        }
        var filled = (double[])data.Data.Clone();
        for (int r = 0; r < n; r++)
            for (int j = 0; j < d; j++)
                if (!double.IsFinite(filled[r * d + j]))
                    filled[r * d + j] = sums[j];
        return new DenseMatrix(filled, n, d);
    }

    private static bool AllFinite(ReadOnlySpan<double> values)
    {
        // A NaN or ±Inf cell makes the vectorised sum non-finite; only an overflowing sum needs the cell-by-cell look.
        return System.Numerics.Tensors.TensorPrimitives.Sum(values) is var s && double.IsFinite(s)
            || AllFiniteSlow(values);
    }

    private static bool AllFiniteSlow(ReadOnlySpan<double> values)
    {
        foreach (double v in values)
            if (!double.IsFinite(v)) return false;
        return true;
    }
}
