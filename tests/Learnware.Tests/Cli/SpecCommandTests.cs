using System.Globalization;
using Learnware.Specifications;

namespace Learnware.Tests.Cli;

public class SpecCommandTests(TestFolder folder) : IClassFixture<TestFolder>
{
    /// <summary>Makes the specification of 200 rows around (<paramref name="centre"/>, ...) in 3 dimensions and returns its path.</summary>
    private string Spec(string name, double centre, params string[] options)
    {
        var data = folder.WriteCsv($"{name}.csv", SyntheticData.Gaussian(200, SyntheticData.Centre(3, centre), 1.0, seed: 5));
        var stat = folder.Path($"{name}.json");
        var run = CliRun.Of(["spec", "table", "--data", data, "--out", stat, "--k", "15", .. options]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return stat;
    }

    [Fact]
    public void SpecTable_Json_SummarisesTheWrittenSpecification()
    {
        var data = folder.WriteCsv("summary.csv", SyntheticData.Gaussian(120, SyntheticData.Centre(3, 1), 1.0, seed: 2));
        var stat = folder.Path("summary.json");

        var json = CliRun.Of("spec", "table", "--data", data, "--out", stat, "--k", "12", "--gamma", "0.5", "--json").Json();

        var spec = RkmeJson.Load(stat);
        Assert.Equal((12, 3, 120, 0.5), (spec.Count, spec.Dimension, spec.NumPoints, spec.Gamma));
        Assert.Equal(stat, json.GetProperty("out").GetString());
        Assert.Equal(12, json.GetProperty("k").GetInt32());
        Assert.Equal(3, json.GetProperty("dimension").GetInt32());
        Assert.Equal(120, json.GetProperty("num_points").GetInt32());
        Assert.Equal(0.5, json.GetProperty("gamma").GetDouble());
        Assert.InRange(json.GetProperty("seconds").GetDouble(), 0, 60);
    }

    [Fact]
    public void SpecTable_WithTheSameSeed_WritesTheSameSpecification()
    {
        var first = File.ReadAllText(Spec("seeded-a", 0, "--seed", "9"));
        var second = File.ReadAllText(Spec("seeded-b", 0, "--seed", "9"));

        Assert.Equal(first, second);
    }

    [Fact]
    public void SpecTable_Columns_KeepsOnlyTheNamedColumns()
    {
        var spec = RkmeJson.Load(Spec("columns", 0, "--columns", "f2,f0"));

        Assert.Equal(2, spec.Dimension);
    }

    [Fact]
    public void SpecTable_NoReduce_KeepsEveryRowWithEqualWeight()
    {
        var spec = RkmeJson.Load(Spec("unreduced", 0, "--no-reduce"));

        Assert.Equal(200, spec.Count);
        Assert.All(spec.Weights.ToArray(), w => Assert.Equal(1.0 / 200, w, 1e-12));
    }

    [Fact]
    public void SpecDist_OfASpecificationWithItself_IsZero()
    {
        var a = Spec("self", 0);

        var json = CliRun.Of("spec", "dist", a, a, "--json");

        Assert.Equal(0, json.ExitCode);
        Assert.Equal(0.0, json.Json().GetProperty("mmd2").GetDouble(), 1e-12);
    }

    [Fact]
    public void SpecDist_OfTwoDifferentClusters_IsPositive_AndPrintedAsTheJsonValue()
    {
        var near = Spec("near", 0);
        var far = Spec("far", 3);

        double json = CliRun.Of("spec", "dist", near, far, "--json").Json().GetProperty("mmd2").GetDouble();
        double text = double.Parse(CliRun.Of("spec", "dist", near, far).Out, CultureInfo.InvariantCulture);

        Assert.True(json > 0.05, $"mmd2 {json}");
        Assert.Equal(RkmeJson.Load(near).SquaredDistance(RkmeJson.Load(far)), json, 1e-12);
        Assert.Equal(json, text);
    }

    [Fact]
    public void SpecDist_RefusesSpecificationsOfDifferentDimensions()
    {
        var run = CliRun.Of("spec", "dist", Spec("three", 0), Spec("two", 0, "--columns", "f0,f1"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: the specifications have different dimensions (3 and 2) and cannot be compared\n", run.Error);
    }

    [Fact]
    public void SpecInfo_Json_DescribesTheSpecification()
    {
        var stat = Spec("info", 1, "--gamma", "0.25");
        var spec = RkmeJson.Load(stat);
        var weights = spec.Weights.ToArray();

        var json = CliRun.Of("spec", "info", stat, "--json").Json();

        Assert.Equal("RKMETableSpecification", json.GetProperty("type").GetString());
        Assert.Equal(15, json.GetProperty("k").GetInt32());
        Assert.Equal(3, json.GetProperty("dimension").GetInt32());
        Assert.Equal(0.25, json.GetProperty("gamma").GetDouble());
        Assert.Equal(200, json.GetProperty("num_points").GetInt32());
        Assert.Equal(weights.Sum(), json.GetProperty("weight_sum").GetDouble(), 1e-12);
        Assert.Equal(weights.Min(), json.GetProperty("weight_min").GetDouble());
        Assert.Equal(weights.Max(), json.GetProperty("weight_max").GetDouble());
        Assert.Equal(weights.Count(w => w > 0), json.GetProperty("nonzero_weights").GetInt32());
    }

    [Fact]
    public void SpecInfo_PrintsTheSameFacts_AsText()
    {
        var run = CliRun.Of("spec", "info", Spec("text", 1));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("type            RKMETableSpecification\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("points (K)      15\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("dimension       3\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("data rows       200\n", run.Out, StringComparison.Ordinal);
    }
}
