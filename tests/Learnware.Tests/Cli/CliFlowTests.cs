using Learnware.Packaging;
using Learnware.Tables;
using Learnware.Tests.Checking;
using Learnware.Tests.Models;

namespace Learnware.Tests.Cli;

/// <summary><c>spec table</c> → <c>pack</c> → <c>check</c> → <c>predict</c>, as a learnware owner runs them.</summary>
public class CliFlowTests(TestFolder folder) : IClassFixture<TestFolder>
{
    private const int Features = LearnwareFixture.Features, Classes = LearnwareFixture.Classes;

    private (string Header, NumericTable Table) Predict(string zip, string name, float[][] x)
    {
        var predictions = folder.Path($"{name}-predictions.csv");
        var run = CliRun.Succeeds("predict", zip, "--data", folder.WriteCsv($"{name}-data.csv", TestPackages.Matrix(x)), "--out", predictions);
        Assert.Equal($"wrote {x.Length} predictions to {predictions}", run.Out.TrimEnd());
        return (File.ReadLines(predictions).First(), CsvTable.Read(predictions));
    }

    private static string ClassifierSemantic => SemanticSpecs.Json("Classification", Features, Classes);

    [Fact]
    public void ClassifierFlow_PassesEveryCheck_AndPredictsTheBlobs()
    {
        var readme = folder.Write("README.md", "# Blobs\n");
        var (zip, pack) = folder.SpecAndPack("classifier", LearnwareFixture.ClassifierOnnx, ClassifierSemantic, SharedFixtures.ClassifierTrainX, "--readme", readme);
        Assert.Contains("model   classifier: input 'Features' [4], output 'Score.output' [3] read as probabilities", pack.Out, StringComparison.Ordinal);
        Assert.Equal("# Blobs\n", new LearnwarePackageReader().Read(zip).Readme);

        var check = CliRun.Succeeds("check", zip, "--json").Json();
        Assert.True(check.GetProperty("passed").GetBoolean());
        var checks = check.GetProperty("checks").EnumerateArray().ToArray();
        Assert.Equal(["package", "semantic", "statistical", "model loads", "dimensions", "runs", "outputs"], checks.Select(c => c.GetProperty("name").GetString()));
        Assert.All(checks, c => Assert.Equal("passed", c.GetProperty("status").GetString()));

        var x = SharedFixtures.ClassifierTestX;
        var (header, table) = Predict(zip, "classifier", x);
        Assert.Equal("label,p0,p1,p2", header);
        Assert.Equal((x.Length, 1 + Classes), (table.Rows, table.Columns));
        int correct = 0;
        for (int r = 0; r < table.Rows; r++)
        {
            var row = table.Values.Row(r).ToArray();
            var p = row[1..];
            Assert.Equal(1.0, p.Sum(), 1e-5);
            Assert.Equal(Array.IndexOf(p, p.Max()), (int)row[0]);
            correct += (int)row[0] == SharedFixtures.ClassifierTestLabels[r] ? 1 : 0;
        }
        Assert.True(correct >= 0.95 * x.Length, $"{correct} of {x.Length} labels right");
    }

    [Fact]
    public void Check_PrintsOneLinePerCheck_AndAllPassed()
    {
        var (zip, _) = folder.SpecAndPack("plain", LearnwareFixture.ClassifierOnnx, ClassifierSemantic, SharedFixtures.ClassifierTrainX);

        var lines = CliRun.Succeeds("check", zip).Out.TrimEnd().Split('\n');

        Assert.Equal(8, lines.Length);
        Assert.StartsWith("pass  package      3 files", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("pass  outputs      3 class probabilities", lines[6], StringComparison.Ordinal);
        Assert.Equal("all checks passed", lines[7]);
    }

    [Fact]
    public void RegressorFlow_PredictsWhatMlNetPredictsInProcess()
    {
        var (zip, pack) = folder.SpecAndPack("regressor", LearnwareFixture.RegressorOnnx, SemanticSpecs.Json("Regression", Features, 1), SharedFixtures.Linear.X[..200]);
        Assert.Contains("model   regressor: input 'Features' [4], output 'Score.output' [1] read as values", pack.Out, StringComparison.Ordinal);
        Assert.True(CliRun.Succeeds("check", zip, "--json").Json().GetProperty("passed").GetBoolean());

        var x = SharedFixtures.Linear.X[200..];
        var (header, table) = Predict(zip, "regressor", x);

        Assert.Equal("y0", header);
        Assert.Equal((x.Length, 1), (table.Rows, table.Columns));
        var expected = SharedFixtures.Regressor(RegressorTrainer.Sdca).Model.PredictScores(x);
        for (int r = 0; r < x.Length; r++)
            Assert.Equal(expected[r][0], table.Values.Row(r)[0], 1e-4);
    }

    [Fact]
    public void PackWithLabelsOutput_WritesLabelsOnly_AndTheCheckCatchesTheOneBasedKeys()
    {
        var (zip, pack) = folder.SpecAndPack("labels", LearnwareFixture.ClassifierOnnx, ClassifierSemantic, SharedFixtures.ClassifierTrainX,
            "--output", "PredictedLabel.output", "--meaning", "labels");
        Assert.Contains("output 'PredictedLabel.output' [1] read as labels", pack.Out, StringComparison.Ordinal);

        var check = CliRun.Of("check", zip);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("FAIL  outputs      predicted labels 3 lie outside [0, 3)", check.Out, StringComparison.Ordinal);
        Assert.EndsWith("1 check(s) failed\n", check.Out, StringComparison.Ordinal);

        var x = SharedFixtures.ClassifierTestX;
        var (header, table) = Predict(zip, "labels", x);
        Assert.Equal("label", header);
        int shifted = Enumerable.Range(0, x.Length).Count(r => (int)table.Values.Row(r)[0] == SharedFixtures.ClassifierTestLabels[r] + 1);
        Assert.True(shifted >= 0.95 * x.Length, $"{shifted} of {x.Length} keys are label + 1");
    }

    [Fact]
    public void PackWithClasses_MovesThePredictedProbabilityColumns()
    {
        var (plain, _) = folder.SpecAndPack("unordered", LearnwareFixture.ClassifierOnnx, ClassifierSemantic, SharedFixtures.ClassifierTrainX);
        var (reordered, _) = folder.SpecAndPack("reordered", LearnwareFixture.ClassifierOnnx, ClassifierSemantic, SharedFixtures.ClassifierTrainX, "--classes", "2,0,1");
        Assert.Equal([2, 0, 1], new LearnwarePackageReader().Read(reordered).Manifest.Model.Output.Classes!);

        var x = SharedFixtures.ClassifierTestX[..10];
        var before = Predict(plain, "unordered", x).Table.Values;
        var after = Predict(reordered, "reordered", x).Table.Values;

        for (int r = 0; r < x.Length; r++)
        {
            var p = before.Row(r);
            Assert.Equal([new[] { 2, 0, 1 }[(int)p[0]], p[2], p[3], p[1]], after.Row(r).ToArray());
        }
    }
}
