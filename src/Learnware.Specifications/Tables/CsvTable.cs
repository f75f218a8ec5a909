using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Learnware.Numerics;

namespace Learnware.Tables;

/// <summary>Reads and writes numeric CSV files with a header row.</summary>
public static class CsvTable
{
    /// <summary>
    /// Reads every column, or only <paramref name="columns"/> in that order. Cells follow <see cref="NumericCells"/>:
    /// missing tokens become NaN; anything else that is not an allowed number, and any malformed CSV (a broken quote),
    /// is an <see cref="InvalidDataException"/> naming the file, the line and the problem.
    /// </summary>
    public static NumericTable Read(string path, IReadOnlyList<string>? columns = null)
    {
        // Most files are plain numbers; anything else, errors included, goes through the strict reader below, which
        // reads the bytes already in memory rather than the file a second time.
        var bytes = ReadSmallFile(path);
        if (bytes is not null && PlainNumericCsv.TryRead(bytes, columns) is { } table)
            return table;
        using var reader = bytes is null ? OpenReader(path) : new StreamReader(new MemoryStream(bytes, writable: false));
        return Read(reader, path, columns);
    }

    /// <inheritdoc cref="Read(string, IReadOnlyList{string}?)"/>
    public static NumericTable Read(TextReader text, string source, IReadOnlyList<string>? columns = null)
    {
        try
        {
            return ReadTable(text, source, columns);
        }
        catch (BadDataException e)
        {
            throw new InvalidDataException(
                $"{source}, line {StartLine(e.Context?.Parser)}: malformed CSV: a quoted field is not closed, or has text after its closing quote ({Shorten(e.Field)})", e);
        }
        catch (CsvHelperException e)
        {
            throw new InvalidDataException($"{source}, line {StartLine(e.Context?.Parser)}: malformed CSV: {Shorten(e.Message.Split('\n', 2)[0].Trim())}", e);
        }
    }

    // The parser counts lines up to the end of the record; a quoted field may have run over several of them.
    private static int StartLine(IParser? parser) => parser is null ? 0 : StartLine(parser.RawRow, parser.RawRecord);

    private static int StartLine(int rawRow, string rawRecord) => rawRow - rawRecord.AsSpan().TrimEnd("\r\n").Count('\n');

    private static string Shorten(string? text) => text is null ? "" : text.Length <= 60 ? text : text[..60] + "...";

    private static NumericTable ReadTable(TextReader text, string source, IReadOnlyList<string>? columns)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = false, TrimOptions = TrimOptions.Trim };
        using var csv = new CsvReader(text, config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
            throw new InvalidDataException($"{source}: the file is empty; a header row naming the columns is required");
        int[] selected = SelectColumns(header, columns, source);
        var values = new List<double>();
        int rows = 0;
        while (csv.Read())
        {
            var parser = csv.Parser;
            if (parser.Count == 1 && string.IsNullOrWhiteSpace(parser[0]))
                continue;
            // The raw record is built once per row; the line number, only for an error.
            var raw = parser.RawRecord;
            // A record whose quotes do not pair up has a quoted field that runs to the end of the file.
            if (raw.AsSpan().Count('"') % 2 == 1)
                throw new InvalidDataException($"{source}, line {StartLine(parser.RawRow, raw)}: malformed CSV: a quoted field is not closed before the end of the file");
            if (parser.Count != header.Length)
                throw new InvalidDataException(
                    $"{source}, line {StartLine(parser.RawRow, raw)}: {parser.Count} fields, but the header has {header.Length}");
            foreach (int column in selected)
            {
                if (!NumericCells.TryParse(parser[column], out double value, out string? error))
                    throw new InvalidDataException($"{source}, line {StartLine(parser.RawRow, raw)}, column '{header[column]}': {error}");
                values.Add(value);
            }
            rows++;
        }
        var names = selected.Select(c => header[c]).ToArray();
        return new NumericTable(names, new DenseMatrix(values.ToArray(), rows, names.Length));
    }

    /// <summary>Writes a header and rows of numbers (shortest round-trip form), atomically.</summary>
    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<double>> rows)
    {
        Learnware.IO.AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, leaveOpen: true);
            using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
            foreach (var name in header) csv.WriteField(name);
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var v in row) csv.WriteField(v.ToString("R", CultureInfo.InvariantCulture));
                csv.NextRecord();
            }
        });
    }

    // Files beyond this are streamed by the strict reader rather than held in memory whole.
    private const long FastPathMaxBytes = 1L << 30;

    // The file's bytes, or null when it is too large to hold or cannot be read (the strict reader then says why).
    private static byte[]? ReadSmallFile(string path)
    {
        try
        {
            using var file = File.OpenHandle(path);
            long length = RandomAccess.GetLength(file);
            if (length > FastPathMaxBytes)
                return null;
            var bytes = new byte[length];
            int read = 0;
            while (read < bytes.Length && RandomAccess.Read(file, bytes.AsSpan(read), read) is var n and > 0)
                read += n;
            return read == bytes.Length ? bytes : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static StreamReader OpenReader(string path)
    {
        try
        {
            return new StreamReader(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: cannot open the file: {e.Message}", e);
        }
    }

    private static int[] SelectColumns(string[] header, IReadOnlyList<string>? columns, string source) =>
        ColumnIndices(header, columns) ?? throw new InvalidDataException(
            $"{source}: no column named '{columns!.First(name => Array.IndexOf(header, name) < 0)}' (the columns are: {string.Join(", ", header)})");

    /// <summary>Where each of <paramref name="columns"/> sits in <paramref name="header"/> (every column when none are
    /// named), or null when one of them is not there.</summary>
    internal static int[]? ColumnIndices(string[] header, IReadOnlyList<string>? columns)
    {
        if (columns is null || columns.Count == 0)
            return [.. Enumerable.Range(0, header.Length)];
        var indices = columns.Select(name => Array.IndexOf(header, name)).ToArray();
        return indices.Contains(-1) ? null : indices;
    }

}
