using System.Globalization;
using System.Text;
using Learnware.Tables;

namespace Learnware.Specifications.Tests;

/// <summary>
/// The library, fed the bytes of a CSV file through a stream as the browser feeds it, writes the same specification
/// JSON, byte for byte, as <c>learnware spec table</c> run as its own process on the same file, options and seed.
/// </summary>
public class CliEquivalenceTests(TestFolder folder) : IClassFixture<TestFolder>
{
    private static readonly TimeSpan CliTimeout = TimeSpan.FromMinutes(3);

    // mixture has 3,000 rows, so the kernel passes split it into several chunks; small gives K = 26 by the K rule.
    [Theory]
    [InlineData("mixture.csv", 100, 0.1, 3, 0)]
    [InlineData("mixture.csv", 40, 0.25, 5, 17)]
    [InlineData("small.csv", 100, 0.1, 3, 3)]
    [InlineData("blob_a.csv", 60, 0.05, 0, 123)]
    public void SpecFromStream_IsTheCliSpecByteForByte(string fixture, int k, double gamma, int steps, int seed)
    {
        var csv = File.ReadAllBytes(Path.Combine(RepositoryPaths.ReferenceRkme, fixture));
        var cli = CliSpec(folder.Write(fixture, csv), k, gamma, steps, seed);

        var options = new RkmeOptions { ReducedSetSize = k, Gamma = gamma, Steps = steps, Seed = seed };
        var library = LibrarySpec(csv, options);

        Assert.Equal(cli, library);
        var spec = RkmeJson.Parse(library);
        Assert.Equal(gamma, spec.Gamma);
        Assert.Equal(File.ReadLines(Path.Combine(RepositoryPaths.ReferenceRkme, fixture)).Count() - 1, spec.NumPoints);
    }

    [Fact]
    public void MissingCellsAndCrlfAndQuotedNames_AreReadAsTheCliReadsThem()
    {
        // Every 5th cell of small.csv blanked in one of the missing spellings, Windows line ends, quoted header names.
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.ReferenceRkme, "small.csv"));
        string[] missing = ["", "NA", "nan", "null", "NaN"];
        var text = new StringBuilder();
        text.Append(string.Join(',', lines[0].Split(',').Select(name => $"\"{name}\""))).Append("\r\n");
        int cell = 0;
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            for (int j = 0; j < cells.Length; j++, cell++)
                if (cell % 5 == 0)
                    cells[j] = missing[cell / 5 % missing.Length];
            text.Append(string.Join(',', cells)).Append("\r\n");
        }
        var csv = Encoding.UTF8.GetBytes(text.ToString());

        var cli = CliSpec(folder.Write("holes.csv", csv), 12, 0.3, 3, 5);
        var library = LibrarySpec(csv, new RkmeOptions { ReducedSetSize = 12, Gamma = 0.3, Steps = 3, Seed = 5 });

        Assert.Equal(cli, library);
    }

    [Fact]
    public void DifferentSeeds_GiveDifferentSpecs_SoTheEqualityAboveIsNotVacuous()
    {
        var csv = File.ReadAllBytes(Path.Combine(RepositoryPaths.ReferenceRkme, "small.csv"));
        var a = LibrarySpec(csv, new RkmeOptions { ReducedSetSize = 10, Seed = 1 });
        var b = LibrarySpec(csv, new RkmeOptions { ReducedSetSize = 10, Seed = 2 });
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void BadCellInAStream_IsRejectedNamingTheSourceLineAndColumn()
    {
        var csv = "a,b\n1,2\n3,oops\n";
        using var reader = new StringReader(csv);
        var error = Assert.Throws<InvalidDataException>(() => CsvTable.Read(reader, "dropped.csv"));
        Assert.Equal("dropped.csv, line 3, column 'b': 'oops' is not a number", error.Message);
    }

    private string CliSpec(string csvPath, int k, double gamma, int steps, int seed)
    {
        var output = folder.Path(Path.GetFileNameWithoutExtension(csvPath) + $"-{k}-{seed}.json");
        LearnwareProcess.Succeeds(CliTimeout, "spec", "table", "--data", csvPath, "--out", output,
            "--k", k.ToString(CultureInfo.InvariantCulture), "--gamma", gamma.ToString("R", CultureInfo.InvariantCulture),
            "--steps", steps.ToString(CultureInfo.InvariantCulture), "--seed", seed.ToString(CultureInfo.InvariantCulture));
        return File.ReadAllText(output);
    }

    // The browser's path: bytes in memory, read through a stream, no file anywhere.
    private static string LibrarySpec(byte[] csv, RkmeOptions options)
    {
        using var reader = new StreamReader(new MemoryStream(csv, writable: false));
        var table = CsvTable.Read(reader, "upload.csv");
        return RkmeTableSpecification.FromTable(table, options).ToJson();
    }
}
