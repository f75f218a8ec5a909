using Learnware.Images;
using Learnware.TestSupport;

namespace Learnware.Tests.Images;

public sealed class LabelFileTests : IDisposable
{
    private readonly TestFolder _folder = new();

    [Fact]
    public void AnIdxLabelFile_GivesItsBytesInOrder()
    {
        var path = _folder.Write("labels.idx", [0, 0, 8, 1, 0, 0, 0, 3, 7, 0, 9]);
        Assert.Equal([7.0, 0.0, 9.0], LabelFile.Read(path));
    }

    [Fact]
    public void OneNumberPerLine_GivesClassIndicesAndRegressionTargets()
    {
        var path = _folder.Write("labels.txt", "2\n0\n 1 \n-3.5\n1e2\n");
        Assert.Equal([2.0, 0.0, 1.0, -3.5, 100.0], LabelFile.Read(path));
    }

    [Theory]
    [InlineData("1\n\n2\n", "line 2: \"\" is not a label")]
    [InlineData("1\ncat\n", "line 2: \"cat\" is not a label")]
    [InlineData("NaN\n", "line 1: \"NaN\" is not a label")]
    [InlineData("", "the file holds no labels")]
    public void ABadLine_IsRefusedNamingTheFileAndTheLine(string content, string reason)
    {
        var path = _folder.Write("bad.txt", content);
        var error = Assert.Throws<InvalidDataException>(() => LabelFile.Read(path));
        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnIdxFileCutShort_IsRefused()
    {
        var path = _folder.Write("short.idx", [0, 0, 8, 1, 0, 0, 0, 5, 1, 2]);
        var error = Assert.Throws<ImageFormatException>(() => LabelFile.Read(path));
        Assert.Contains("ends before the values its header announces", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
