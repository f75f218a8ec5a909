using Learnware.Protocol.Data;
using Learnware.TestSupport;

namespace Learnware.Protocol.Tests;

public class FortuneFileTests
{
    [Fact]
    public void Read_SplitsAtPercentLines_AndFoldsWhitespace()
    {
        using var folder = new TestFolder();
        var path = folder.Write("category", "First  text\n\tgoes on\n%\nSecond\n%\n%\n  \n%\nLast one\n");

        var texts = FortuneFile.Read(path);

        Assert.Equal(["First text goes on", "Second", "Last one"], texts);
    }

    [Fact]
    public void Read_AMissingFile_NamesItAndThePackage()
    {
        var error = Assert.Throws<DatasetException>(() => FortuneFile.Read("/nonexistent/fortunes/food"));

        Assert.Contains("/nonexistent/fortunes/food", error.Message, StringComparison.Ordinal);
        Assert.Contains("fortunes", error.Message, StringComparison.Ordinal);
    }
}
