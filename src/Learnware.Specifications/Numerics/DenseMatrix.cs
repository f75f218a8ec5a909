namespace Learnware.Numerics;

/// <summary>A row-major matrix of doubles over one contiguous buffer: n points of dimension d.</summary>
public sealed class DenseMatrix
{
    /// <summary>Wraps <paramref name="data"/> (length rows·columns) without copying.</summary>
    public DenseMatrix(double[] data, int rows, int columns)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        if ((long)rows * columns != data.Length)
            throw new ArgumentException($"a {rows}x{columns} matrix needs {(long)rows * columns} values, got {data.Length}");
        Data = data;
        Rows = rows;
        Columns = columns;
    }

    /// <summary>The values, row after row.</summary>
    public double[] Data { get; }

    /// <summary>Number of rows (points).</summary>
    public int Rows { get; }

    /// <summary>Number of columns (features).</summary>
    public int Columns { get; }

    /// <summary>Row i as a span.</summary>
    public Span<double> Row(int i) => Data.AsSpan(i * Columns, Columns);

    /// <summary>Builds a matrix from jagged rows, which must all have the same length.</summary>
    public static DenseMatrix FromRows(IReadOnlyList<double[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int d = rows.Count == 0 ? 0 : rows[0].Length;
        var data = new double[rows.Count * d];
        for (int i = 0; i < rows.Count; i++)
        {
            if (rows[i].Length != d)
                throw new ArgumentException($"row {i} has {rows[i].Length} values, expected {d}");
            rows[i].CopyTo(data, i * d);
        }
        return new DenseMatrix(data, rows.Count, d);
    }
}
