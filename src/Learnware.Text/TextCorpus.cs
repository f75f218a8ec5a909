using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Learnware.Text;

/// <summary>Reads texts from a file: a CSV column (".csv", with a header row) or one text per line (anything else).</summary>
public static class TextCorpus
{
    /// <summary>The CSV column read when none is named.</summary>
    public const string DefaultColumn = "text";

    /// <summary>
    /// The texts of <paramref name="path"/>, in file order. Blank texts are dropped when <paramref name="keepBlank"/>
    /// is false (for a specification) and kept otherwise (for predictions, which answer line by line).
    /// </summary>
    /// <exception cref="InvalidDataException">The file cannot be read, or the CSV has no such column.</exception>
    public static IReadOnlyList<string> Read(string path, string? column = null, bool keepBlank = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            var texts = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                ? ReadCsvColumn(path, column ?? DefaultColumn)
                : File.ReadLines(path);
            return [.. texts.Where(t => keepBlank || !string.IsNullOrWhiteSpace(t))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CsvHelperException)
        {
            throw new InvalidDataException($"{path}: cannot read the texts: {e.Message}", e);
        }
    }

    /// <summary>
    /// The texts of a fortune file (the format of Debian's <c>fortunes</c>: texts separated by lines holding a single "%"),
    /// in file order, each with its whitespace runs folded into single spaces; blank texts are dropped.
    /// </summary>
    /// <exception cref="InvalidDataException">The file cannot be read.</exception>
    public static IReadOnlyList<string> ReadFortunes(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var texts = new List<string>();
        var words = new List<string>();
        try
        {
            foreach (var line in File.ReadLines(path))
            {
                if (line == "%")
                    Flush();
                else
                    words.AddRange(line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: cannot read the texts: {e.Message}", e);
        }
        Flush();
        return texts;

        void Flush()
        {
            if (words.Count > 0) texts.Add(string.Join(' ', words));
            words.Clear();
        }
    }

    private static IEnumerable<string> ReadCsvColumn(string path, string column)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = false });
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
            throw new InvalidDataException($"{path}: the file is empty; a header row naming the columns is required");
        int index = Array.IndexOf(header, column);
        if (index < 0)
            throw new InvalidDataException($"{path}: no column \"{column}\" (the columns are {string.Join(", ", header)}); name one with --column");
        var texts = new List<string>();
        while (csv.Read())
            texts.Add(csv.Parser.Count > index ? csv.Parser[index] ?? "" : "");
        return texts;
    }
}
