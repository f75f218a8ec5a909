using Learnware.Protocol.Data;
using Learnware.TestSupport;

namespace Learnware.Protocol.Tests;

public class FannDataReaderTests
{
    [Fact]
    public void Read_SplitsInputsAndOutputs_RowByRow()
    {
        using var folder = new TestFolder();
        var path = folder.Path("tiny.train");
        File.WriteAllText(path, "2 3 1\n0.5 1 0\n0.25\n0 0 1 \n1e-3\n");

        var (inputs, outputs) = FannDataReader.Read(path);

        Assert.Equal([0.5, 1, 0, 0, 0, 1], inputs.Data);
        Assert.Equal((2, 3), (inputs.Rows, inputs.Columns));
        Assert.Equal([0.25, 0.001], outputs.Data);
    }

    [Theory]
    [InlineData("2 3 1\n0.5 1 0\n0.25\n", "promises 2 rows")]
    [InlineData("1 2 1\n0.5 x\n1\n", "row 1 holds 'x'")]
    [InlineData("0 2 1\n", "'rows' is '0'")]
    [InlineData("1 2\n", "header")]
    public void Read_MalformedFile_IsRefusedNamingFileAndPlace(string text, string reason)
    {
        using var folder = new TestFolder();
        var path = folder.Path("bad.train");
        File.WriteAllText(path, text);

        var error = Assert.Throws<DatasetException>(() => FannDataReader.Read(path));

        Assert.Contains(path, error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Read_MissingFile_SaysHowToInstallIt()
    {
        var error = Assert.Throws<DatasetException>(() => FannDataReader.Read("/nonexistent/thyroid.train"));
        Assert.Contains("install-datasets.sh", error.Message);
    }
}
