using System.Text;
using Learnware.Numerics;

namespace Learnware.Tables;

/// <summary>
/// The fast way through a plain numeric CSV file, the common case: UTF-8 bytes split on commas and line ends, each
/// cell parsed in place by <see cref="NumericCells"/>, with no string per cell and no CSV parser. It reads only what
/// it is sure of, the same way <see cref="CsvTable"/>'s strict reader would: a file with a quote, a tab, a lone
/// carriage return or a byte-order mark other than UTF-8's, and any row the strict reader would refuse (a cell
/// outside the number rule, a wrong field count, an unknown column), make it give up, and the caller reads the file
/// again with the strict reader, which reports the error (line, column, why) as it always has.
/// </summary>
internal static class PlainNumericCsv
{
    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16BigEndianMark => [0xFE, 0xFF];

    // UTF-32's little-endian mark starts the same way.
    private static ReadOnlySpan<byte> Utf16LittleEndianMark => [0xFF, 0xFE];

    /// <summary>The table, or null when the strict reader must read <paramref name="bytes"/>.</summary>
    public static NumericTable? TryRead(ReadOnlySpan<byte> bytes, IReadOnlyList<string>? columns)
    {
        if (bytes.StartsWith(Utf8ByteOrderMark))
            bytes = bytes[Utf8ByteOrderMark.Length..];
        else if (bytes.StartsWith(Utf16BigEndianMark) || bytes.StartsWith(Utf16LittleEndianMark))
            return null;
        if (bytes.IndexOfAny((byte)'"', (byte)'\t') >= 0)
            return null;

        int lineStart = 0;
        string[]? header = null;
        int[]? selected = null;
        int[] fieldStarts = [];
        double[] values = [];
        int count = 0;
        while (lineStart < bytes.Length)
        {
            int length = bytes[lineStart..].IndexOf((byte)'\n');
            int next = length < 0 ? bytes.Length : lineStart + length + 1;
            var line = bytes[lineStart..(length < 0 ? bytes.Length : lineStart + length)];
            lineStart = next;
            if (line.EndsWith("\r"u8))
                line = line[..^1];
            if (line.Contains((byte)'\r'))
                return null;
            // Blank lines, and lines of spaces alone, are no records (the strict reader skips them too).
            if (line.Trim((byte)' ').IsEmpty)
            {
                if (header is null && !line.IsEmpty)
                    return null;
                continue;
            }

            if (header is null)
            {
                header = Encoding.UTF8.GetString(line).Split(',').Select(name => name.Trim(' ')).ToArray();
                selected = CsvTable.ColumnIndices(header, columns);
                if (selected is null)
                    return null;
                fieldStarts = new int[header.Length + 1];
                values = new double[RowBound(bytes[lineStart..], header.Length) * selected.Length];
                continue;
            }

            if (!SplitFields(line, fieldStarts))
                return null;
            foreach (int column in selected!)
            {
                var cell = line[fieldStarts[column]..(fieldStarts[column + 1] - 1)].Trim((byte)' ');
                if (!NumericCells.TryParseUtf8(cell, out values[count++]))
                    return null;
            }
        }

        if (header is null)
            return null;
        var names = selected!.Select(c => header[c]).ToArray();
        return new NumericTable(names, new DenseMatrix(values.AsSpan(0, count).ToArray(), count / names.Length, names.Length));
    }

    // Most rows the rest of the file can hold: one per line, and each needs a comma between its fields and a line end
    // after all but the last. Blank lines count as lines but hold no row, so the line count alone can overstate the
    // rows by far (a wide header over many blank lines); the array is cut to the rows read at the end.
    private static long RowBound(ReadOnlySpan<byte> rest, int fields) =>
        Math.Min(rest.Count((byte)'\n') + 1L, (rest.Length + 1L) / fields);

    // Where each field of the line starts, and one past the end of the last; false unless there are as many fields
    // as the header has.
    private static bool SplitFields(ReadOnlySpan<byte> line, int[] fieldStarts)
    {
        int fields = fieldStarts.Length - 1;
        int at = 0;
        for (int f = 0; f < fields; f++)
        {
            fieldStarts[f] = at;
            int comma = line[at..].IndexOf((byte)',');
            if (comma < 0)
            {
                if (f != fields - 1)
                    return false;
                at = line.Length + 1;
            }
            else
            {
                if (f == fields - 1)
                    return false;
                at += comma + 1;
            }
        }

        fieldStarts[fields] = at;
        return true;
    }
}
