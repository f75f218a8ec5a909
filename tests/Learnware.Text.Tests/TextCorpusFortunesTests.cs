namespace Learnware.Text.Tests;

public class TextCorpusFortunesTests
{
    [Fact]
    public void ReadFortunes_SplitsAtPercentLines_FoldsWhitespace_AndDropsBlankTexts()
    {
        using var folder = new TestFolder();
        var path = folder.Write("category", "  First  text\n\tgoes on \n%\nSecond\n%\n%\n  \n%\n50% off\n100 %\n");

        var texts = TextCorpus.ReadFortunes(path);

        // Only a line that is exactly "%" separates texts; a "%" inside a line is text.
        Assert.Equal(["First text goes on", "Second", "50% off 100 %"], texts);
    }

    [Fact]
    public void ReadFortunes_AFileThatCannotBeRead_IsRefusedNamingIt()
    {
        using var folder = new TestFolder();
        var missing = folder.Path("no-such-category");

        var error = Assert.Throws<InvalidDataException>(() => TextCorpus.ReadFortunes(missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Contains("cannot read", error.Message, StringComparison.Ordinal);
    }
}
