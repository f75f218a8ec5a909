using Learnware.Tables;

namespace Learnware.Images;

/// <summary>
/// Labels of labelled images or texts, in the order of their items: an IDX label file (plain or gzip-compressed, as
/// MNIST ships its labels) or a text file of one number per line (a class index, or a target value for regression).
/// </summary>
public static class LabelFile
{
    /// <summary>The labels in <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">A line is blank or not a number by <see cref="NumericCells"/>; it names the file and the line.</exception>
    /// <exception cref="ImageFormatException">An IDX label file is malformed.</exception>
    public static double[] Read(string path, ImageLimits? limits = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
            throw new InvalidDataException($"{path}: no such label file");
        if (IdxFile.Looks(path))
            return [.. IdxFile.ReadLabels(path, limits: limits).Select(l => (double)l)];
        var labels = new List<double>();
        int line = 0;
        try
        {
            foreach (var text in File.ReadLines(path))
            {
                line++;
                // The one rule for numbers read from text (finite, within float range); a missing token is no label.
                if (!NumericCells.TryParse(text.Trim(), out double value, out _) || double.IsNaN(value))
                    throw new InvalidDataException(
                        $"{path}, line {line}: \"{Shorten(text)}\" is not a label (one finite number within ±{NumericCells.MaxMagnitude:G9} per line)");
                labels.Add(value);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: cannot read the labels: {e.Message}", e);
        }
        if (labels.Count == 0)
            throw new InvalidDataException($"{path}: the file holds no labels");
        return [.. labels];
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "...");
}
