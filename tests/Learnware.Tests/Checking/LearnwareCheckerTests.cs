using System.Text;
using Learnware.Checking;
using Learnware.Packaging;
using Learnware.Specifications.Semantic;
using Learnware.Tests.Models;

namespace Learnware.Tests.Checking;

public class LearnwareCheckerTests(LearnwareFixture fixture) : IClassFixture<LearnwareFixture>
{
    private static readonly string[] CheckNames = ["package", "semantic", "statistical", "model loads", "dimensions", "runs", "outputs"];

    private static CheckReport Check(LearnwarePackage package) => new LearnwareChecker().Check(package);

    private static CheckResult Single(CheckReport report, string name) => Assert.Single(report.Results, r => r.Name == name);

    private static void AssertFailed(CheckReport report, string name, string phrase)
    {
        Assert.False(report.Passed);
        var result = Single(report, name);
        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.Contains(phrase, result.Detail, StringComparison.Ordinal);
        Assert.Single(report.Results, r => r.Status == CheckStatus.Failed);
    }

    private static LearnwarePackage WithSemantic(LearnwarePackage package, string json) =>
        LearnwareFixture.WithFile(package, TestPackages.SemanticFile, Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Check_PassesEveryCheck_ForAValidClassifier()
    {
        var report = Check(fixture.Classifier);

        Assert.True(report.Passed, string.Join("\n", report.Failures));
        Assert.Equal(CheckNames, report.Results.Select(r => r.Name));
        Assert.All(report.Results, r => Assert.Equal(CheckStatus.Passed, r.Status));
        Assert.Equal("3 class probabilities per row, each row summing to 1", Single(report, "outputs").Detail);
        Assert.Contains("20 points x 4 features", Single(report, "statistical").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PassesEveryCheck_ForAValidRegressor()
    {
        var report = Check(fixture.Regressor);

        Assert.True(report.Passed, string.Join("\n", report.Failures));
        Assert.Equal(CheckNames, report.Results.Select(r => r.Name));
        Assert.Equal("1 finite values per row", Single(report, "outputs").Detail);
        Assert.Contains("Table regression", Single(report, "semantic").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PassesAPackageFile_WrittenByThePackageWriter()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lw-{Guid.NewGuid():N}.zip");
        try
        {
            new LearnwarePackageWriter().Write(fixture.Classifier, path);
            var report = new LearnwareChecker().Check(path);
            Assert.True(report.Passed, string.Join("\n", report.Failures));
            Assert.Equal("3 files, manifest format 1", Single(report, "package").Detail);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Check_FailsSemantic_NamingTheViolationPath_WhenTheSemanticSpecIsInvalid()
    {
        var invalid = SemanticSpecs.Spec("Classification", LearnwareFixture.Features, LearnwareFixture.Classes) with { Name = "cs" };
        var report = Check(WithSemantic(fixture.Classifier, SemanticJson.Serialize(invalid)));

        AssertFailed(report, "semantic", "$.Name.Values: must be 5 to 50 characters long, got 2");
    }

    [Fact]
    public void Check_SkipsTheChecksThatNeedIt_AfterAnEarlyFailure()
    {
        var report = Check(WithSemantic(fixture.Classifier, "{\"Data\": 1}"));

        var statuses = report.Results.ToDictionary(r => r.Name, r => r.Status);
        Assert.Equal(CheckStatus.Failed, statuses["semantic"]);
        Assert.Equal(CheckStatus.Passed, statuses["statistical"]);
        Assert.Equal(CheckStatus.Passed, statuses["model loads"]);
        Assert.Equal(CheckStatus.Skipped, statuses["dimensions"]);
        Assert.Equal(CheckStatus.Skipped, statuses["runs"]);
        Assert.Equal(CheckStatus.Skipped, statuses["outputs"]);
        Assert.False(report.Passed);
    }

    [Fact]
    public void Check_FailsDimensions_WhenSemanticInputDiffersFromModel()
    {
        var report = Check(WithSemantic(fixture.Classifier, SemanticSpecs.Json("Classification", 5, LearnwareFixture.Classes)));

        AssertFailed(report, "dimensions", "the semantic Input.Dimension is 5, the model takes 4 features");
        Assert.Equal(CheckStatus.Skipped, Single(report, "runs").Status);
    }

    [Fact]
    public void Check_FailsDimensions_WhenTheStatSpecHasAnotherDimension()
    {
        float[][] threeColumns = [.. SharedFixtures.ClassifierTrainX.Select(r => r[..3])];
        var report = Check(LearnwareFixture.WithFile(fixture.Classifier, TestPackages.StatFile, TestPackages.StatJson(threeColumns)));

        AssertFailed(report, "dimensions", "the statistical specification has dimension 3, the model takes 4 features");
    }

    [Fact]
    public void Check_FailsStatistical_WhenTheStatSpecIsNotAnRkme()
    {
        var report = Check(LearnwareFixture.WithFile(fixture.Classifier, TestPackages.StatFile, "{\"type\": \"RKMETableSpecification\"}"u8.ToArray()));

        AssertFailed(report, "statistical", "stat.json: ");
        Assert.Equal(CheckStatus.Skipped, Single(report, "runs").Status);
    }

    [Fact]
    public void Check_FailsModelLoads_WhenTheModelBytesAreCorrupted()
    {
        var model = fixture.Classifier.ModelBytes;
        var report = Check(LearnwareFixture.WithFile(fixture.Classifier, TestPackages.ModelFile, model[..(model.Length / 2)]));

        AssertFailed(report, "model loads", "model.onnx is not a loadable ONNX model");
        Assert.Equal(CheckStatus.Skipped, Single(report, "dimensions").Status);
    }

    [Fact]
    public void Check_FailsModelLoads_WhenTheManifestNamesAnOutputTheModelLacks()
    {
        var output = fixture.Classifier.Manifest.Model.Output with { Name = "Probability.output" };
        var report = Check(LearnwareFixture.WithOutput(fixture.Classifier, output));

        AssertFailed(report, "model loads", "the manifest names output 'Probability.output' (the model's outputs: ");
        Assert.Contains("Score.output", Single(report, "model loads").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FailsDimensions_WhenClassificationOutputDimensionDiffersFromTheProbabilityColumns()
    {
        // As `learnware pack --output Score.output` packs it: the model gives 3 probabilities, the semantics promise 4 classes.
        var package = TestPackages.Pack(LearnwareFixture.ClassifierOnnx, SemanticSpecs.Json("Classification", LearnwareFixture.Features, 4),
            fixture.Classifier.Files[TestPackages.StatFile], new ManifestOverrides { OutputName = "Score.output" });

        var report = Check(package);

        AssertFailed(report, "dimensions", "the semantic Output.Dimension is 4, the manifest's output has 3 class columns");
    }

    [Fact]
    public void Check_Passes_AnExpertWhoseManifestNamesASubsetOfTheSemanticClasses()
    {
        // Three probability columns declared as classes 1, 2 and 4 of five: the predictor fills classes 0 and 3 with zeros.
        var package = TestPackages.Pack(LearnwareFixture.ClassifierOnnx, SemanticSpecs.Json("Classification", LearnwareFixture.Features, 5),
            fixture.Classifier.Files[TestPackages.StatFile], new ManifestOverrides { OutputName = "Score.output", Classes = [1, 2, 4] });

        var report = Check(package);

        Assert.True(report.Passed, string.Join("\n", report.Failures));
        Assert.Equal("5 class probabilities per row, each row summing to 1", Single(report, "outputs").Detail);
    }

    [Fact]
    public void Check_FailsDimensions_WhenTheManifestClassesGoBeyondTheOutputDimension()
    {
        var output = fixture.Classifier.Manifest.Model.Output with { Classes = [0, 1, 5] };
        var report = Check(LearnwareFixture.WithOutput(fixture.Classifier, output));

        AssertFailed(report, "dimensions", "the manifest's output classes [0, 1, 5] go beyond Output.Dimension 3");
    }

    [Fact]
    public void Check_FailsOutputs_WhenDeclaredProbabilitiesDoNotSumToOne()
    {
        // A multi-label sigmoid head: every value is in (0, 1), but the rows are not distributions.
        var package = TestPackages.Pack(HandBuiltModels.SigmoidHead(LearnwareFixture.Features, LearnwareFixture.Classes),
            SemanticSpecs.Json("Classification", LearnwareFixture.Features, LearnwareFixture.Classes), fixture.Classifier.Files[TestPackages.StatFile]);
        Assert.Equal(OutputMeaning.Probabilities, package.Manifest.Model.Output.Meaning);

        var report = Check(package);

        AssertFailed(report, "outputs", "not 1 (declare the output as 'scores' if it is not normalised)");
        Assert.Matches(@"^row \d+: probabilities sum to [0-9.]+, not 1", Single(report, "outputs").Detail);
    }

    [Fact]
    public void Check_Passes_WhenTheSameUnnormalisedHeadIsDeclaredAsScores()
    {
        var package = TestPackages.Pack(HandBuiltModels.SigmoidHead(LearnwareFixture.Features, LearnwareFixture.Classes),
            SemanticSpecs.Json("Classification", LearnwareFixture.Features, LearnwareFixture.Classes), fixture.Classifier.Files[TestPackages.StatFile],
            new ManifestOverrides { Meaning = OutputMeaning.Scores });

        var report = Check(package);

        Assert.True(report.Passed, string.Join("\n", report.Failures));
    }

    [Fact]
    public void Check_FailsOutputs_WhenLabelsLieOutsideTheClassRange()
    {
        // ML.NET's PredictedLabel is a 1-based key: classes 0..2 come out as 1..3.
        var package = TestPackages.Pack(LearnwareFixture.ClassifierOnnx,
            SemanticSpecs.Json("Classification", LearnwareFixture.Features, LearnwareFixture.Classes), fixture.Classifier.Files[TestPackages.StatFile],
            new ManifestOverrides { OutputName = "PredictedLabel.output", Meaning = OutputMeaning.Labels });

        var report = Check(package);

        AssertFailed(report, "outputs", "predicted labels 3 lie outside [0, 3) (Output.Dimension 3)");
    }

    [Fact]
    public void Check_FailsDimensions_WhenRegressionOutputDimensionDiffersFromTheModel()
    {
        var report = Check(WithSemantic(fixture.Regressor, SemanticSpecs.Json("Regression", LearnwareFixture.Features, 2)));

        AssertFailed(report, "dimensions", "the semantic Output.Dimension is 2, the manifest's output has 1 values");
    }

    [Fact]
    public void Check_FailsDimensions_WhenTheSemanticTaskDoesNotFitTheModelKind()
    {
        var report = Check(WithSemantic(fixture.Regressor, SemanticSpecs.Json("Feature Extraction", LearnwareFixture.Features, 1)));

        AssertFailed(report, "dimensions", "the semantic task is Feature Extraction but the manifest's model kind is Regressor");
    }

    [Fact]
    public void Check_FailsPackage_WhenTheFileIsNotAZip()
    {
        using var text = new MemoryStream("model,stat,semantic\n1,2,3\n"u8.ToArray());

        var report = new LearnwareChecker().Check(text);

        var result = Assert.Single(report.Results);
        Assert.Equal(("package", CheckStatus.Failed), (result.Name, result.Status));
        Assert.StartsWith("package: not a valid zip archive", result.Detail, StringComparison.Ordinal);
        Assert.False(report.Passed);
    }

    [Fact]
    public void Check_FailsPackage_WhenTheFileDoesNotExist()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.zip");

        var result = Assert.Single(new LearnwareChecker().Check(missing).Results);

        Assert.Equal(("package", CheckStatus.Failed), (result.Name, result.Status));
        Assert.StartsWith(missing + ": ", result.Detail, StringComparison.Ordinal);
    }
}
