using Learnware.Numerics;

namespace Learnware.Tables;

/// <summary>A numeric table: named columns over a row-major matrix of values.</summary>
/// <param name="ColumnNames">The header names, one per column.</param>
/// <param name="Values">The cells; missing cells are NaN.</param>
public sealed record NumericTable(IReadOnlyList<string> ColumnNames, DenseMatrix Values)
{
    /// <summary>Number of rows.</summary>
    public int Rows => Values.Rows;

    /// <summary>Number of columns.</summary>
    public int Columns => Values.Columns;
}
