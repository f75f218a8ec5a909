using System.Text;
using Learnware.Checking;
using Learnware.Models;
using Learnware.Packaging;
using Learnware.Specifications;
using Learnware.Tests.Checking;
using Learnware.Tests.Models;
using Learnware.Tests.Packaging;

namespace Learnware.Tests.Security;

/// <summary>Every size read from a package or a specification is held to <see cref="PackageLimits"/> before anything is allocated for it.</summary>
public class SizeLimitTests(LearnwareFixture fixture, TestFolder folder) : IClassFixture<LearnwareFixture>, IClassFixture<TestFolder>
{
    private static LearnwarePackage WithSemantic(LearnwarePackage package, string json) =>
        LearnwareFixture.WithFile(package, TestPackages.SemanticFile, Encoding.UTF8.GetBytes(json));

    /// <summary>An RKME JSON of <paramref name="k"/> points of <paramref name="d"/> zeros with equal weights.</summary>
    public static string SpecJson(int k, int d)
    {
        var point = "[" + string.Join(",", Enumerable.Repeat("0.5", d)) + "]";
        var weight = (1.0 / k).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        return $$"""{"z":[{{string.Join(",", Enumerable.Repeat(point, k))}}],"beta":[{{string.Join(",", Enumerable.Repeat(weight, k))}}],"gamma":0.1,"num_points":{{k}},"type":"RKMETableSpecification"}""";
    }

    [Theory]
    [InlineData("Classification", 100_000_000, "must be at most 10000")]
    [InlineData("Classification", 10_001, "must be at most 10000")]
    [InlineData("Regression", 100_000_000, "must be at most 100000")]
    public void AHugeOutputDimension_FailsTheSemanticCheck(string task, int outputs, string phrase)
    {
        var package = WithSemantic(task == "Regression" ? fixture.Regressor : fixture.Classifier, SemanticSpecs.Json(task, 4, outputs));

        var report = new LearnwareChecker().Check(package);

        var semantic = Assert.Single(report.Results, r => r.Name == "semantic");
        Assert.Equal(CheckStatus.Failed, semantic.Status);
        Assert.Contains($"$.Output.Dimension: {phrase}", semantic.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void AHugeInputDimension_FailsTheSemanticCheck()
    {
        var report = new LearnwareChecker().Check(WithSemantic(fixture.Classifier, SemanticSpecs.Json("Classification", 100_001, 3)));

        Assert.Contains("$.Input.Dimension: must be at most 100000", Assert.Single(report.Results, r => r.Name == "semantic").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void PredictingWithAHugeClassCount_IsRefusedBeforeAllocating()
    {
        var package = WithSemantic(fixture.Classifier, SemanticSpecs.Json("Classification", 4, 100_000_000));

        var e = Assert.Throws<ModelException>(() => LearnwarePredictor.Open(package));

        Assert.Contains("100000000 classes, more than the limit of 10000", e.Message, StringComparison.Ordinal);
        var zip = folder.Write("huge-classes.zip", TestPackages.Zip(package));
        var data = folder.WriteCsv("four.csv", TestPackages.Matrix(SharedFixtures.ClassifierTestX[..3]));
        var run = CliRun.Of("predict", zip, "--data", data, "--out", folder.Path("huge.csv"));
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.False(File.Exists(folder.Path("huge.csv")));
    }

    [Theory]
    [InlineData("output", "shape: [3]", "shape: [2000000000]", "model.output.shape")]
    [InlineData("output", "shape: [3]", "shape: [100001]", "model.output.shape")]
    [InlineData("input", "shape: [8]", "shape: [100000, 100000]", "model.input.shape")]
    [InlineData("input", "shape: [8]", "shape: [65536, 65536, 65536, 65536]", "model.input.shape")]
    public void AManifestShapeBeyondTheLimit_IsRefusedWhenReading(string which, string from, string to, string field)
    {
        var yaml = which == "output"
            ? Samples.ManifestYaml.Replace(from, to, StringComparison.Ordinal).Replace("classes: [0, 1, 2]", "", StringComparison.Ordinal)
            : Samples.ManifestYaml.Replace(from, to, StringComparison.Ordinal);
        var zip = TestZip.Build(archive =>
        {
            var entries = Samples.Entries();
            entries[LearnwareManifest.FileName] = Encoding.UTF8.GetBytes(yaml);
            TestZip.AddAll(archive, entries);
        });

        var e = Assert.Throws<PackageFormatException>(() => new LearnwarePackageReader().Read(new MemoryStream(zip)));

        Assert.Equal(PackageError.ManifestInvalid, e.Code);
        Assert.Contains(field, e.Message, StringComparison.Ordinal);
        Assert.Contains("more than the limit", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AManifestClassBeyondTheLimit_IsRefused()
    {
        var yaml = Samples.ManifestYaml.Replace("classes: [0, 1, 2]", "classes: [0, 1, 20000]", StringComparison.Ordinal);

        var e = Assert.Throws<ManifestException>(() => ManifestSerializer.Parse(yaml));

        Assert.Contains("below the limit of 10000 classes", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(150_000, 1, "150000 points, more than the limit of 5000")]
    [InlineData(1_000, 1_001, "1000 x 1001 = 1001000 values, more than the limit of 1000000")]
    [InlineData(1, 100_001, "100001 features, more than the limit of 100000")]
    public void ASpecificationBeyondTheLimits_IsRefusedWhenParsed(int k, int d, string phrase)
    {
        var e = Assert.Throws<SpecificationException>(() => RkmeJson.Parse(SpecJson(k, d)));

        Assert.Contains(phrase, e.Message, StringComparison.Ordinal);
    }

    /// <summary>A specification of <paramref name="k"/> points, each <paramref name="d"/> values (an image's are 32x32 planes), equal weights.</summary>
    private static string SpecJsonOfKind(string kind, int k, int d)
    {
        var weight = (1.0 / k).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var beta = string.Join(",", Enumerable.Repeat(weight, k));
        if (kind == "RKMEImageSpecification")
        {
            var row = "[" + string.Join(",", Enumerable.Repeat("0.5", 32)) + "]";
            var plane = "[" + string.Join(",", Enumerable.Repeat(row, 32)) + "]";
            var image = "[" + string.Join(",", Enumerable.Repeat(plane, d / 1024)) + "]";
            return $$"""{"z":[{{string.Join(",", Enumerable.Repeat(image, k))}}],"beta":[{{beta}}],"type":"{{kind}}"}""";
        }
        var point = "[" + string.Join(",", Enumerable.Repeat("0.5", d)) + "]";
        return $$"""{"z":[{{string.Join(",", Enumerable.Repeat(point, k))}}],"beta":[{{beta}}],"gamma":0.1,"num_points":{{k}},"type":"{{kind}}"}""";
    }

    [Theory]
    [InlineData("RKMETableSpecification")]
    [InlineData("RKMEImageSpecification")]
    [InlineData("RKMETextSpecification")]
    public void EverySpecificationKind_IsHeldToTheCallersLimits(string kind)
    {
        var tooManyPoints = new PackageLimits { MaxSpecPoints = 3 };
        var tooManyValues = new PackageLimits { MaxSpecValues = 3000 };

        var points = Assert.Throws<SpecificationException>(() => StatSpecificationJson.Parse(SpecJsonOfKind(kind, 4, 1024), tooManyPoints));
        var values = Assert.Throws<SpecificationException>(() => StatSpecificationJson.Parse(SpecJsonOfKind(kind, 4, 1024), tooManyValues));

        Assert.Contains("4 points, more than the limit of 3", points.Message, StringComparison.Ordinal);
        Assert.Contains("more than the limit of 3000", values.Message, StringComparison.Ordinal);
        Assert.Equal(kind, StatSpecificationJson.Parse(SpecJsonOfKind(kind, 4, 1024)).TypeName);
    }

    [Fact]
    public void ASpecificationBeyondTheLimits_FailsSpecDist_AndTheCheck()
    {
        var huge = folder.Write("huge-k.json", SpecJson(150_000, 1));
        var small = folder.Write("small-k.json", SpecJson(10, 1));

        var run = CliRun.Of("spec", "dist", huge, small);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("more than the limit of 5000", run.Error, StringComparison.Ordinal);
        var package = LearnwareFixture.WithFile(fixture.Regressor, TestPackages.StatFile, Encoding.UTF8.GetBytes(SpecJson(150_000, 4)));
        var statistical = Assert.Single(new LearnwareChecker().Check(package).Results, r => r.Name == "statistical");
        Assert.Equal(CheckStatus.Failed, statistical.Status);
    }

    [Fact]
    public void SpecTable_RefusesAKBeyondTheLimit()
    {
        var data = folder.WriteCsv("k.csv", TestPackages.Matrix(SharedFixtures.ClassifierTestX[..10]));

        var run = CliRun.Of("spec", "table", "--data", data, "--out", folder.Path("k.json"), "--k", "100000");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--k must be at most 5000", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ALongFeatureDescription_FailsTheSemanticCheck()
    {
        var spec = SemanticSpecs.Spec("Regression", 4, 1) with
        {
            Input = new Learnware.Specifications.Semantic.FeatureDescriptions(4, new Dictionary<int, string> { [1] = new string('x', 10_001) }),
        };

        var violations = Learnware.Specifications.Semantic.SemanticValidator.Validate(spec);

        Assert.Contains(violations, v => v.Path == "$.Input.Description[\"1\"]" && v.Message.Contains("at most 10000 characters", StringComparison.Ordinal));
    }
}
