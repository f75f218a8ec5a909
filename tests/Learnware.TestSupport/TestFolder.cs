using Learnware.Numerics;
using Learnware.Tables;

namespace Learnware.TestSupport;

/// <summary>A temporary folder for a test class's files (CLI inputs and outputs, market roots), deleted with the class.</summary>
public sealed class TestFolder : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("learnware-test-").FullName;

    /// <summary>The full path of <paramref name="name"/> in the folder.</summary>
    public string Path(string name) => System.IO.Path.Combine(Root, name);

    /// <summary>Writes bytes to <paramref name="name"/> and returns its path.</summary>
    public string Write(string name, byte[] bytes)
    {
        File.WriteAllBytes(Path(name), bytes);
        return Path(name);
    }

    /// <summary>Writes text to <paramref name="name"/> and returns its path.</summary>
    public string Write(string name, string text)
    {
        File.WriteAllText(Path(name), text);
        return Path(name);
    }

    /// <summary>Writes a matrix as a CSV file with columns <c>f0..f{d-1}</c> and returns its path.</summary>
    public string WriteCsv(string name, DenseMatrix rows)
    {
        var header = Enumerable.Range(0, rows.Columns).Select(c => $"f{c}").ToArray();
        CsvTable.Write(Path(name), header, Enumerable.Range(0, rows.Rows).Select(r => (IReadOnlyList<double>)rows.Row(r).ToArray()));
        return Path(name);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
