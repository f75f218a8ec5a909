namespace Learnware.Models;

/// <summary>
/// One model output for a batch of rows: <see cref="Rows"/> × <see cref="Columns"/> values, row-major,
/// converted to float. <see cref="IsInteger"/> tells that the model produced integers or booleans.
/// </summary>
public sealed record ModelOutput(string Name, int Rows, int Columns, float[] Values, bool IsInteger)
{
    /// <summary>The values of one row.</summary>
    public ReadOnlySpan<float> Row(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Rows);
        return Values.AsSpan(row * Columns, Columns);
    }
}
