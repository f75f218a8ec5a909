using System.Text;
using Learnware.Packaging;
using Learnware.Specifications.Semantic;
using Learnware.Tests.Checking;
using Learnware.Tests.Models;

namespace Learnware.Tests.Cli;

/// <summary>Exit codes and messages when a command, an input file or a package is wrong.</summary>
public class CliErrorTests(TestFolder folder, LearnwareFixture fixture) : IClassFixture<TestFolder>, IClassFixture<LearnwareFixture>
{
    private static void AssertUsageError(CliRun run, string phrase)
    {
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(phrase, run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    private string WritePackage(string name, LearnwarePackage package)
    {
        var zip = folder.Path(name);
        new LearnwarePackageWriter().Write(package, zip);
        return zip;
    }

    private string BlobCsv(string name, int columns) =>
        folder.WriteCsv(name, TestPackages.Matrix([.. SharedFixtures.ClassifierTestX[..5].Select(r => r[..columns])]));

    [Theory]
    [InlineData("spec table --data {missing} --out {folder}/s.json")]
    [InlineData("spec info {missing}")]
    [InlineData("spec dist {missing} {missing}")]
    [InlineData("check {missing}")]
    [InlineData("predict {missing} --data {missing} --out {folder}/p.csv")]
    [InlineData("pack --model {missing} --stat {missing} --semantic {missing} --out {folder}/lw.zip")]
    public void AMissingFile_ExitsWithUsageError_NamingTheFile(string command)
    {
        var missing = folder.Path("missing.file");

        var run = CliRun.Of(command.Replace("{missing}", missing).Replace("{folder}", folder.Root).Split(' '));

        AssertUsageError(run, missing);
    }

    [Fact]
    public void AnOutputPathThatIsAFolder_ExitsWithUsageError_AndLeavesNoTemporaryFile()
    {
        var data = BlobCsv("to-folder.csv", 3);
        var target = folder.Path("a-folder");
        Directory.CreateDirectory(target);

        var run = CliRun.Of(["spec", "table", "--data", data, "--out", target]);

        AssertUsageError(run, "is a folder; give a file name");
        Assert.Empty(Directory.GetFiles(folder.Root, "*.tmp"));
    }

    [Theory]
    [InlineData("--k abc", "Cannot parse argument 'abc' for option '--k'")]
    [InlineData("--k 0", "--k must be at least 1, got 0")]
    [InlineData("--gamma -1", "--gamma must be a positive number, got -1")]
    [InlineData("--steps -2", "--steps must be 0 or more, got -2")]
    [InlineData("--columns f0,f9", "no column named 'f9' (the columns are: f0, f1, f2, f3)")]
    public void ABadSpecTableOption_ExitsWithUsageError(string option, string phrase)
    {
        var data = BlobCsv("options.csv", 4);

        var run = CliRun.Of(["spec", "table", "--data", data, "--out", folder.Path("options.json"), .. option.Split(' ')]);

        AssertUsageError(run, phrase);
        Assert.False(File.Exists(folder.Path("options.json")));
    }

    [Fact]
    public void AnUnknownMeaning_ExitsWithUsageError_ListingTheAllowedOnes()
    {
        var run = CliRun.Of("pack", "--model", "m.onnx", "--stat", "s.json", "--semantic", "x.json", "--out", "lw.zip", "--meaning", "odds");

        AssertUsageError(run, "Argument 'odds' not recognized. Must be one of:");
        Assert.Contains("'probabilities'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ANonNumericCell_ExitsWithUsageError_NamingItsLineAndColumn()
    {
        var data = folder.Write("cells.csv", "f0,f1,f2\n1,2,3\n4,five,6\n");

        var run = CliRun.Of("spec", "table", "--data", data, "--out", folder.Path("cells.json"));

        AssertUsageError(run, $"{data}, line 3, column 'f1': 'five' is not a number");
    }

    [Fact]
    public void Predict_WithTheWrongNumberOfColumns_ExitsWithUsageError()
    {
        var zip = WritePackage("predict.zip", fixture.Classifier);

        var run = CliRun.Of("predict", zip, "--data", BlobCsv("three.csv", 3), "--out", folder.Path("three-predictions.csv"));

        AssertUsageError(run, "the model takes 4 features but the data has 3 columns (choose them with --columns)");
        Assert.False(File.Exists(folder.Path("three-predictions.csv")));
    }

    [Fact]
    public void Predict_WithColumns_FeedsOnlyTheNamedColumns()
    {
        var zip = WritePackage("columns.zip", fixture.Classifier);
        var data = folder.Write("wide.csv", "id,f0,f1,f2,f3\n" + string.Join("\n",
            SharedFixtures.ClassifierTestX[..5].Select((r, i) => $"{i},{string.Join(",", r.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}")));

        var wide = CliRun.Of("predict", zip, "--data", data, "--out", folder.Path("wide-predictions.csv"));
        var picked = CliRun.Of("predict", zip, "--data", data, "--out", folder.Path("picked-predictions.csv"), "--columns", "f0,f1,f2,f3");

        AssertUsageError(wide, "the data has 5 columns");
        Assert.True(picked.ExitCode == 0, picked.ToString());
        Assert.Equal(6, File.ReadAllLines(folder.Path("picked-predictions.csv")).Length);
    }

    [Fact]
    public void Pack_WithAnInvalidSemanticSpec_ExitsWithCheckFailed_ListingEachViolationPath()
    {
        var invalid = SemanticSpecs.Spec("Classification", LearnwareFixture.Features, 1) with { Name = "cs" };
        var semantic = folder.Write("invalid-semantic.json", SemanticJson.Serialize(invalid));

        var run = CliRun.Of("pack", "--model", folder.Write("invalid.onnx", LearnwareFixture.ClassifierOnnx),
            "--stat", folder.Write("invalid-stat.json", fixture.Classifier.Files[TestPackages.StatFile]),
            "--semantic", semantic, "--out", folder.Path("invalid.zip"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                $"error: {semantic} is not a valid semantic specification:",
                "  $.Name.Values: must be 5 to 50 characters long, got 2",
                "  $.Output.Dimension: must be at least 2, got 1",
            ],
            run.Error.TrimEnd().Split('\n'));
        Assert.False(File.Exists(folder.Path("invalid.zip")));
    }

    [Fact]
    public void Pack_WithAnOutputTheModelLacks_ExitsWithUsageError_NamingTheModelsOutputs()
    {
        var run = CliRun.Of("pack", "--model", folder.Write("outputs.onnx", LearnwareFixture.ClassifierOnnx),
            "--stat", folder.Write("outputs-stat.json", fixture.Classifier.Files[TestPackages.StatFile]),
            "--semantic", folder.Write("outputs-semantic.json", fixture.Classifier.SemanticSpecificationJson),
            "--out", folder.Path("outputs.zip"), "--output", "Probability", "--classes", "0,1,2");

        AssertUsageError(run, "model.output.name: the model has no output 'Probability' (its outputs: Features.output, PredictedLabel.output, Score.output)");
    }

    [Fact]
    public void Check_OfABadPackage_ExitsWithCheckFailed_AndJsonNotPassed()
    {
        var semantic = Encoding.UTF8.GetBytes(SemanticSpecs.Json("Classification", 5, LearnwareFixture.Classes));
        var zip = WritePackage("bad.zip", LearnwareFixture.WithFile(fixture.Classifier, TestPackages.SemanticFile, semantic));

        var run = CliRun.Of("check", zip, "--json");

        Assert.Equal(1, run.ExitCode);
        var json = run.Json();
        Assert.False(json.GetProperty("passed").GetBoolean());
        var dimensions = Assert.Single(json.GetProperty("checks").EnumerateArray(), c => c.GetProperty("name").GetString() == "dimensions");
        Assert.Equal("failed", dimensions.GetProperty("status").GetString());
        Assert.Contains("the semantic Input.Dimension is 5", dimensions.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(["skipped", "skipped"], json.GetProperty("checks").EnumerateArray().Skip(5).Select(c => c.GetProperty("status").GetString()));
    }

    [Fact]
    public void Check_OfAFileThatIsNotAZip_ExitsWithCheckFailed_OnThePackageCheck()
    {
        var run = CliRun.Of("check", BlobCsv("not-a-zip.csv", 4), "--json");

        Assert.Equal(1, run.ExitCode);
        var check = Assert.Single(run.Json().GetProperty("checks").EnumerateArray());
        Assert.Equal(("package", "failed"), (check.GetProperty("name").GetString(), check.GetProperty("status").GetString()));
        Assert.StartsWith("package: not a valid zip archive", check.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_MentionsEveryCommand()
    {
        var root = CliRun.Of("--help");
        var spec = CliRun.Of("spec", "--help");

        Assert.Equal((0, 0), (root.ExitCode, spec.ExitCode));
        foreach (var command in new[] { "spec", "pack", "check <LW.zip>", "predict <LW.zip>" })
            Assert.Matches($@"\n  {command} +\S", root.Out);
        foreach (var command in new[] { "table", "dist <A.json> <B.json>", "info <SPEC.json>" })
            Assert.Matches($@"\n  {command} +\S", spec.Out);
    }

    [Theory]
    [InlineData("", "Required command was not provided.")]
    [InlineData("frobnicate", "Unrecognized command or argument 'frobnicate'.")]
    [InlineData("spec table --out s.json", "Option '--data' is required.")]
    public void AnIncompleteCommandLine_ExitsWithUsageError_PointingToHelp(string command, string phrase)
    {
        var run = CliRun.Of(command.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        AssertUsageError(run, phrase);
        Assert.EndsWith("Run 'learnware --help' (or the command with --help) for usage.\n", run.Error, StringComparison.Ordinal);
    }
}
