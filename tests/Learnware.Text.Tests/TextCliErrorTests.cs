namespace Learnware.Text.Tests;

/// <summary>Bad input to the text commands: a clear error, exit code 2, and no output file.</summary>
public sealed class TextCliErrorTests : IDisposable
{
    private readonly TestFolder _folder = new();

    [Fact]
    public void SpecDistRefusesSpecificationsOfDifferentEncodersNamingBoth()
    {
        const string points = "\"z\":[[0.6,0.8],[1.0,0.0]],\"beta\":[0.5,0.5],\"gamma\":0.1,\"num_points\":2,\"type\":\"RKMETextSpecification\",\"language\":[\"en\"]";
        var ours = _folder.Write("ours.json", $"{{{points},\"encoder\":\"all-MiniLM-L6-v2\"}}");
        var theirs = _folder.Write("theirs.json", $"{{{points}}}");
        var run = CliRun.Of("spec", "dist", ours, theirs);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("\"all-MiniLM-L6-v2\" and \"paraphrase-multilingual-MiniLM-L12-v2\"", run.Error, StringComparison.Ordinal);

        var same = CliRun.Succeeds("spec", "dist", ours, ours, "--json").Json();
        Assert.Equal(0, same.GetProperty("mmd2").GetDouble(), 12);
        var info = CliRun.Succeeds("spec", "info", theirs, "--json").Json();
        Assert.Equal(("RKMETextSpecification", "paraphrase-multilingual-MiniLM-L12-v2"),
            (info.GetProperty("type").GetString(), info.GetProperty("encoder").GetString()));
    }

    [Fact]
    public void SpecTextRefusesAMissingColumnAnEmptyFileAndABadK()
    {
        var output = _folder.Path("spec.json");
        var csv = _folder.Write("texts.csv", "id,body\n1,hello there\n");
        var missing = CliRun.Of("spec", "text", "--data", csv, "--out", output);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no column \"text\" (the columns are id, body); name one with --column", missing.Error, StringComparison.Ordinal);

        var blank = CliRun.Of("spec", "text", "--data", _folder.Write("blank.txt", "\n  \n"), "--out", output);
        Assert.Equal(2, blank.ExitCode);
        Assert.Contains("there are no texts in the file", blank.Error, StringComparison.Ordinal);

        var badK = CliRun.Of("spec", "text", "--data", csv, "--column", "body", "--out", output, "--k", "0");
        Assert.Equal(2, badK.ExitCode);
        Assert.Contains("--k must be at least 1, got 0", badK.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    public void Dispose() => _folder.Dispose();
}
