using Learnware.Packaging;
using Learnware.Specifications;
using Learnware.Tables;
using Microsoft.AspNetCore.Components.Forms;

namespace Learnware.Web.Client.Specifications;

/// <summary>
/// Turns a CSV file the user picked into an RKME table specification, inside the browser: the file's bytes are read
/// into memory (the browser's file stream cannot be read synchronously, which the CSV reader does), then parsed and
/// summarised by the same library code, with the same options, as <c>learnware spec table</c>.
/// </summary>
public sealed class CsvSpecificationMaker(PackageLimits limits)
{
    private const int ChunkBytes = 256 * 1024;

    /// <summary>The limits a specification is held to (K at most <see cref="PackageLimits.MaxSpecPoints"/>).</summary>
    public PackageLimits Limits { get; } = limits ?? throw new ArgumentNullException(nameof(limits));

    /// <summary>
    /// Reads the whole file, reporting the fraction read; a file over <paramref name="maxBytes"/> is refused before
    /// anything is read.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is too big or cannot be read; the message names it.</exception>
    public async Task<byte[]> ReadAsync(IBrowserFile file, long maxBytes, IProgress<double>? progress, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Size > maxBytes)
            throw new InvalidDataException($"{file.Name} has {Megabytes(file.Size)}; this page reads at most {Megabytes(maxBytes)}. " +
                "Use a sample of the rows, or learnware spec table on your machine.");
        var bytes = new byte[file.Size];
        try
        {
            await using var stream = file.OpenReadStream(maxBytes, cancel);
            int read = 0;
            while (read < bytes.Length)
            {
                int n = await stream.ReadAsync(bytes.AsMemory(read, Math.Min(ChunkBytes, bytes.Length - read)), cancel);
                if (n == 0)
                    throw new InvalidDataException($"{file.Name}: the file ended after {read} of {bytes.Length} bytes; was it changed while being read?");
                read += n;
                progress?.Report((double)read / bytes.Length);
            }
        }
        catch (IOException e)
        {
            throw new InvalidDataException($"{file.Name}: cannot read the file: {e.Message}", e);
        }
        return bytes;
    }

    /// <summary>
    /// Parses the CSV bytes (header row, numeric cells, missing cells as the CLI accepts them), keeping only
    /// <paramref name="columns"/> when given.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not a numeric CSV table; the message names the line and column.</exception>
    public static NumericTable Parse(byte[] csv, string fileName, IReadOnlyList<string>? columns)
    {
        ArgumentNullException.ThrowIfNull(csv);
        using var reader = new StreamReader(new MemoryStream(csv, writable: false));
        var table = CsvTable.Read(reader, fileName, columns);
        return table.Rows > 0 ? table : throw new InvalidDataException($"{fileName}: the table has no data rows");
    }

    /// <summary>Makes the specification of the table with the settings, as <c>learnware spec table</c> does.</summary>
    /// <exception cref="ArgumentException">The settings or the values cannot give a specification; the message says why.</exception>
    public CsvSpecificationResult Build(NumericTable table, string fileName, CsvSpecificationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Problem(Limits) is { } problem)
            throw new ArgumentException(problem, nameof(settings));
        var spec = RkmeTableSpecification.FromTable(table, settings.ToOptions());
        return new CsvSpecificationResult(spec.ToJson(), fileName, table.Rows, table.Columns, spec.Count);
    }

    private static string Megabytes(long bytes) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB");
}
