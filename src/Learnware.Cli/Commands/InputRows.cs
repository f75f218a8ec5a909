using Learnware.Images;
using Learnware.Numerics;
using Learnware.Tables;

namespace Learnware.Cli.Commands;

/// <summary>The rows a command feeds to models: a CSV table, or images (a folder of PNG/JPEG or an IDX file).</summary>
internal static class InputRows
{
    /// <summary>
    /// Reads <paramref name="path"/> for a model taking <paramref name="sampleShape"/> per sample. Images are
    /// resized to the model's H×W; a CSV gives its (selected) columns.
    /// </summary>
    public static DenseMatrix Read(string path, IReadOnlyList<int> sampleShape, string[]? columns = null, int? limit = null)
    {
        if (ImageSource.IsImageSource(path))
        {
            if (columns is not null)
                throw new UsageException("--columns selects CSV columns; the data are images");
            var images = ImageSource.Read(path, limit);
            try
            {
                return images.FitTo(sampleShape).ToMatrix();
            }
            catch (ArgumentException e)
            {
                throw new UsageException($"{path}: {e.Message}");
            }
        }
        var table = CsvTable.Read(path, columns);
        return limit is int n && n < table.Rows
            ? new DenseMatrix(table.Values.Data[..(n * table.Columns)], n, table.Columns)
            : table.Values;
    }
}
