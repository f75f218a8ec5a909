using Learnware.Protocol.Data;
using Learnware.Protocol.Modalities;
using Learnware.Protocol.Running;
using Learnware.TestSupport;

namespace Learnware.Protocol.Tests;

public class ProtocolSuiteTests
{
    [Theory]
    [InlineData("audio")]
    [InlineData("Text")]
    public async Task RunAsync_OnlyAnUnknownModality_IsRefusedNamingIt_BeforeWritingAnything(string modality)
    {
        using var folder = new TestFolder();
        var output = folder.Path("report");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => ProtocolSuite.RunAsync(
            new PublicDatasets(folder.Path("fann"), folder.Path("digits.csv.gz")), ProtocolScale.QuickMode, output, 1, "protocol", only: ["tables", modality]));

        Assert.Equal("only", error.ParamName);
        Assert.Contains($"'{modality}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(string.Join(", ", ProtocolModalities.All), error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task RunAsync_OnlyNoModality_IsRefused()
    {
        using var folder = new TestFolder();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => ProtocolSuite.RunAsync(
            new PublicDatasets(folder.Path("fann"), folder.Path("digits.csv.gz")), ProtocolScale.QuickMode, folder.Path("report"), 1, "protocol", only: []));

        Assert.Equal("only", error.ParamName);
        Assert.Contains("no modality to run", error.Message, StringComparison.Ordinal);
    }
}
