using System.Text;
using Learnware.Models;
using Learnware.Numerics;
using Learnware.Specifications;
using Learnware.Specifications.Semantic;
using Learnware.Tables;
using Learnware.Tests.Checking;
using Learnware.Tests.Models;

namespace Learnware.Tests.Security;

/// <summary>
/// Numbers from untrusted text follow one rule (<see cref="NumericCells"/>), malformed CSV is an error naming the file
/// and line, numeric loops are bounded, and no prediction is made up from missing values.
/// </summary>
public class NumericInputTests(LearnwareFixture fixture, TestFolder folder) : IClassFixture<LearnwareFixture>, IClassFixture<TestFolder>
{
    private static void AssertUsageError(CliRun run, params string[] phrases)
    {
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        foreach (var phrase in phrases)
            Assert.Contains(phrase, run.Error, StringComparison.Ordinal);
    }

    private static InvalidDataException ReadFails(string csv) =>
        Assert.Throws<InvalidDataException>(() => CsvTable.Read(new StringReader(csv), "t.csv"));

    private string Zip(string name) => folder.Write(name, TestPackages.Zip(fixture.Classifier));

    [Theory]
    [InlineData("inf")]
    [InlineData("-inf")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("∞")]
    [InlineData("1e309")]
    [InlineData("-1e39")]
    [InlineData("1e160")]
    [InlineData("1\0")]
    [InlineData("0x10")]
    [InlineData("1e")]
    [InlineData(".")]
    [InlineData("+-1")]
    [InlineData("1_000")]
    public void ACellOutsideTheNumberRule_IsAnErrorNamingTheLineAndColumn(string cell)
    {
        var e = ReadFails($"a,b\n1,2\n3,{cell}\n");

        Assert.StartsWith("t.csv, line 3, column 'b': ", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e38", 1e38)]
    [InlineData("-3.5E-7", -3.5e-7)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5.0)]
    [InlineData("+2", 2.0)]
    [InlineData("1e-400", 0.0)]
    public void APlainDecimalWithinFloatRange_IsANumber(string cell, double expected)
    {
        var table = CsvTable.Read(new StringReader($"a\n{cell}\n"), "t.csv");

        Assert.Equal(expected, table.Values.Data[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("NaN")]
    [InlineData("nan")]
    [InlineData("NA")]
    [InlineData("null")]
    public void AMissingToken_IsMissing(string cell)
    {
        var table = CsvTable.Read(new StringReader($"a,b\n1,{cell}\n"), "t.csv");

        Assert.True(double.IsNaN(table.Values.Data[1]));
    }

    [Theory]
    [InlineData("a,b,c\n1,\"2\"x,3\n", 2, "has text after its closing quote")]
    [InlineData("a,b,c\n1,2,3\n4,\"5,6\n", 4, "not closed before the end of the file")] // the parser stops at the end
    [InlineData("a,b,c\n1,2,3\n\"4\"\"x,5,6\n", 4, "not closed")]
    public void BrokenQuoting_IsAnErrorNamingTheLine(string csv, int line, string problem)
    {
        var e = ReadFails(csv);

        Assert.StartsWith($"t.csv, line {line}: malformed CSV: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("spec")]
    [InlineData("predict")]
    [InlineData("reuse")]
    public void BrokenQuoting_ExitsWithUsageError_InEveryCommandThatReadsCsv(string command)
    {
        var data = folder.Write($"broken-{command}.csv", "f0,f1,f2,f3\n1,\"2\"x,3,4\n");
        var output = folder.Path($"broken-{command}.out");
        var run = command switch
        {
            "spec" => CliRun.Of("spec", "table", "--data", data, "--out", output),
            "predict" => CliRun.Of("predict", Zip("broken-predict.zip"), "--data", data, "--out", output),
            _ => CliRun.Of("reuse", "--method", "average", "--mode", "vote_by_prob", Zip("broken-reuse.zip"), "--data", data, "--out", output),
        };

        AssertUsageError(run, data, "line 2: malformed CSV");
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void OneHugeCellAmongNormalRows_IsRefusedBySpecTable_InsteadOfHanging()
    {
        var rows = string.Join("\n", Enumerable.Range(0, 50).Select(i => $"{i * 0.1},{i % 7}"));
        var data = folder.Write("huge-cell.csv", $"a,b\n{rows}\n1e160,2\n");

        var run = HangGuard.Run(() => CliRun.Of("spec", "table", "--data", data, "--out", folder.Path("huge-cell.json"), "--k", "10"));

        AssertUsageError(run, "line 52, column 'a'", "beyond");
    }

    [Fact]
    public void AHugeValueGivenToTheLibrary_IsRefusedBeforeAnyKernelIsComputed()
    {
        var data = new DenseMatrix([0, 1, 2, 3, 1e160, 5], 3, 2);

        var e = Assert.Throws<ArgumentException>(() => RkmeTableSpecification.FromData(data, new RkmeOptions { ReducedSetSize = 2 }));

        Assert.Contains("row 3, column 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSimplexQp_StopsOnAMatrixThatIsNotPositiveSemiDefinite()
    {
        double[] q = [-1, 0, 0, -1];
        var x = new double[2];

        var e = HangGuard.Run(() => Assert.Throws<ArgumentException>(() => SimplexQpSolver.Solve(q, [0.3, 0.5], x)));

        Assert.Contains("not positive semi-definite", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void TheSimplexQp_RefusesNonFiniteInput(double bad)
    {
        double[] q = [1, 0, 0, bad];

        var e = Assert.Throws<ArgumentException>(() => SimplexQpSolver.Solve(q, [0.3, 0.5], new double[2]));

        Assert.Contains("non-finite", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_RefusesRowsWithMissingCells_NamingThem_AndWritesNothing()
    {
        var data = folder.Write("missing-cells.csv", "f0,f1,f2,f3\n1,2,3,4\n1,,3,4\n1,2,3,4\nNaN,2,3,4\n");
        var output = folder.Path("missing-cells.out.csv");

        var run = CliRun.Of("predict", Zip("missing.zip"), "--data", data, "--out", output);

        AssertUsageError(run, "2 row(s) hold a missing", "data rows 2, 4");
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Predict_RefusesAValueBeyondFloatRange_NamingTheLine()
    {
        var data = folder.Write("float-range.csv", "f0,f1,f2,f3\n1,2,3,4\n1,1e308,3,4\n");

        AssertUsageError(CliRun.Of("predict", Zip("range.zip"), "--data", data, "--out", folder.Path("range.out.csv")), "line 3, column 'f1'");
    }

    [Fact]
    public void AModelThatOutputsNaN_GivesAnError_NotANaNPrediction()
    {
        var spec = fixture.Regressor.Manifest.Model;
        var onnx = new OnnxGraph("main")
            .Input(spec.Input.Name, OnnxGraph.Float, -1, 4)
            .Int64Initializer("axes", 1)
            .Node("ReduceSum", [spec.Input.Name, "axes"], ["total"], ("keepdims", 1))
            .Node("Sqrt", ["total"], [spec.Output.Name])
            .Output(spec.Output.Name, OnnxGraph.Float, -1, 1)
            .ToBytes();
        using var predictor = LearnwarePredictor.Open(LearnwareFixture.WithFile(fixture.Regressor, TestPackages.ModelFile, onnx));

        var e = Assert.Throws<ModelException>(() => predictor.Predict(new DenseMatrix([1, 2, 3, 4, -9, -9, -9, -9], 2, 4)));

        Assert.Contains("holds NaN for data row 2", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"z":[[0.5],[1.5]],"beta":[1.5,-0.5],"gamma":0.1}""", "\"beta\"[1] is -0.5: weights must not be negative")]
    [InlineData("""{"z":[[0.5],[1.5]],"beta":[1,1],"gamma":0.1}""", "sum to 2, not 1")]
    [InlineData("""{"z":[[0.5],[1.5]],"beta":[0.5,0.5],"gamma":0.1,"gamma":5}""", "gamma")]
    [InlineData("""{"z":[[0.5],[1e39]],"beta":[0.5,0.5],"gamma":0.1}""", "\"z\"[1][0] must be a finite number within")]
    [InlineData("""{"z":[[0.5],[1e400]],"beta":[0.5,0.5],"gamma":0.1}""", "\"z\"[1][0] must be a finite number within")]
    public void ASpecificationBreakingTheValueRules_IsRefused(string json, string phrase)
    {
        var e = Assert.Throws<SpecificationException>(() => RkmeJson.Parse(json));

        Assert.Contains(phrase, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASemanticSpecificationWithADuplicateKey_IsRefused()
    {
        var json = SemanticSpecs.Json("Regression", 4, 1);
        var duplicated = json.Replace("\"Name\":", "\"Name\": {\"Type\": \"String\", \"Values\": \"other name\"},\n  \"Name\":", StringComparison.Ordinal);

        var violations = SemanticValidator.ValidateJson(duplicated);

        Assert.Contains(violations, v => v.Path == "$" && v.Message.Contains("Name", StringComparison.Ordinal));
    }

    [Fact]
    public void TheDistanceOfSpecificationsTooExtremeToCompare_IsAnError_NotNaN()
    {
        var far = new RkmeTableSpecification([1e200, -1e200], 1, [0.5, 0.5], 0.1, 2);
        var near = new RkmeTableSpecification([0.0], 1, [1.0], 0.1, 1);

        var e = Assert.Throws<SpecificationException>(() => far.SquaredDistance(near));

        Assert.Contains("too extreme to compare", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEndlessStream_IsReadOnlyUpToTheArchiveCap()
    {
        // /dev/zero never ends and reports a length of 0: only a read that stops at the cap can refuse it.
        Assert.True(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "needs /dev/zero");
        var reader = new Learnware.Packaging.LearnwarePackageReader(new Learnware.Packaging.PackageLimits { MaxArchiveBytes = 1 << 20 });

        var e = Assert.Throws<Learnware.Packaging.PackageFormatException>(() => reader.ReadArchiveBytes("/dev/zero"));

        Assert.Equal(Learnware.Packaging.PackageError.ArchiveTooLarge, e.Code);
    }
}
