using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Learnware.Numerics;

namespace Learnware.Tables;

/// <summary>Reads and writes numeric CSV files with a header row.</summary>
public static class CsvTable
{
    private static readonly string[] MissingTokens = ["", "nan", "NaN", "NA", "null"];

    /// <summary>
    /// Reads every column, or only <paramref name="columns"/> in that order. Empty cells and NaN/NA tokens become NaN;
    /// anything else that is not a number is an error naming the line and the column.
    /// </summary>
    public static NumericTable Read(string path, IReadOnlyList<string>? columns = null)
    {
        using var reader = OpenReader(path);
        return Read(reader, path, columns);
    }

    /// <inheritdoc cref="Read(string, IReadOnlyList{string}?)"/>
    public static NumericTable Read(TextReader text, string source, IReadOnlyList<string>? columns = null)
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
            int line = csv.Parser.RawRow;
            if (csv.Parser.Count == 1 && string.IsNullOrWhiteSpace(csv.Parser[0]))
                continue;
            if (csv.Parser.Count != header.Length)
                throw new InvalidDataException(
                    $"{source}, line {line}: {csv.Parser.Count} fields, but the header has {header.Length}");
            foreach (int column in selected)
                values.Add(ParseCell(csv.Parser[column], source, line, header[column]));
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

    private static int[] SelectColumns(string[] header, IReadOnlyList<string>? columns, string source)
    {
        if (columns is null || columns.Count == 0)
            return Enumerable.Range(0, header.Length).ToArray();
        return columns.Select(name =>
        {
            int index = Array.IndexOf(header, name);
            return index >= 0 ? index : throw new InvalidDataException(
                $"{source}: no column named '{name}' (the columns are: {string.Join(", ", header)})");
        }).ToArray();
    }

    private static double ParseCell(string cell, string source, int line, string column)
    {
        if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            return value;
        if (MissingTokens.Contains(cell))
            return double.NaN;
        throw new InvalidDataException($"{source}, line {line}, column '{column}': '{cell}' is not a number");
    }
}
