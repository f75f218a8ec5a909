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
    [InlineData("1\n1e39\n", "line 2: \"1e39\" is not a label")] // beyond float range, the one number rule
    [InlineData("-inf\n", "line 1: \"-inf\" is not a label")]
    [InlineData("0x10\n", "line 1: \"0x10\" is not a label")]
    [InlineData("NA\n", "line 1: \"NA\" is not a label")] // a missing value is no label
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

    [Fact]
    public void AGzipCompressedIdxLabelFile_IsRead()
    {
        using var packed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionMode.Compress, leaveOpen: true))
            gzip.Write([0, 0, 8, 1, 0, 0, 0, 2, 4, 1]);
        var path = _folder.Write("labels.idx.gz", packed.ToArray());

        Assert.Equal([4.0, 1.0], LabelFile.Read(path));
    }

    [Theory]
    [InlineData(new byte[] { 0x7F, 0xFF, 0xFF, 0xFF }, "2147483647 images exceed the limit of 200000")] // refused before any buffer
    [InlineData(new byte[] { 0x00, 0x03, 0x0D, 0x41 }, "200001 images exceed the limit of 200000")]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF }, "IDX dimension 0 is -1")]
    [InlineData(new byte[] { 0x00, 0x00, 0x00, 0x00 }, "IDX dimension 0 is 0")]
    public void AnIdxHeaderAnnouncingTooManyOrNoLabels_IsRefused(byte[] count, string reason)
    {
        var path = _folder.Write("hostile.idx", [0, 0, 8, 1, .. count, 1, 2, 3]);
        var error = Assert.Throws<ImageFormatException>(() => LabelFile.Read(path));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnIdxImageFile_IsNoLabelFile()
    {
        var path = _folder.Write("images.idx", [0, 0, 8, 3, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 9]);
        var error = Assert.Throws<ImageFormatException>(() => LabelFile.Read(path));
        Assert.Contains("the IDX file has 3 dimensions, expected 1", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
