using Learnware.Specifications.Semantic;

namespace Learnware.Tests.Specifications;

public class SemanticValidatorTests
{
    internal const string ValidJson = """
        {
          "Data": {"Type": "Class", "Values": ["Table"]},
          "Task": {"Type": "Class", "Values": ["Classification"]},
          "Library": {"Type": "Class", "Values": ["Scikit-learn"]},
          "Scenario": {"Type": "Tag", "Values": ["Business", "Financial"]},
          "License": {"Type": "Class", "Values": ["MIT"]},
          "Name": {"Type": "String", "Values": "credit scorer"},
          "Description": {"Type": "String", "Values": "Scores credit applications from eight features."},
          "Input": {"Dimension": 8, "Description": {"0": "age", "7": "income"}},
          "Output": {"Dimension": 2, "Description": {"0": "repaid", "1": "defaulted"}},
          "learnware_id": {"Values": "ignored"}
        }
        """;

    private static string With(string replace, string by) => ValidJson.Replace(replace, by, StringComparison.Ordinal);

    [Fact]
    public void AValidSpecification_HasNoViolations()
    {
        Assert.Empty(SemanticValidator.ValidateJson(ValidJson));
        var spec = SemanticJson.Parse(ValidJson);
        Assert.Equal("credit scorer", spec.Name);
        Assert.Equal(8, spec.Input!.Dimension);
        Assert.Equal("income", spec.Input[7]);
        Assert.Equal("Unknown Feature", spec.Input[3]);
    }

    [Fact]
    public void Serialize_RoundTrips()
    {
        var spec = SemanticJson.Parse(ValidJson);
        var again = SemanticJson.Parse(SemanticJson.Serialize(spec));
        Assert.Equal(spec.Scenario, again.Scenario);
        Assert.Equal(spec.Description, again.Description);
        Assert.Equal(spec.Output!.Descriptions, again.Output!.Descriptions);
        Assert.Empty(SemanticValidator.Validate(again));
    }

    [Theory]
    [InlineData("[\"Table\"]}", "[\"Table\", \"Image\"]}", "$.Data.Values", "exactly one")]
    [InlineData("[\"Classification\"]", "[\"Clustering\"]", "$.Task.Values[0]", "\"Clustering\" is not one of")]
    [InlineData("[\"Business\", \"Financial\"]", "[]", "$.Scenario.Values", "at least one")]
    [InlineData("\"Type\": \"Tag\"", "\"Type\": \"Class\"", "$.Scenario.Type", "must be \"Tag\"")]
    [InlineData("\"credit scorer\"", "\"cs\"", "$.Name.Values", "5 to 50 characters")]
    [InlineData("\"Scores credit applications from eight features.\"", "\"short\"", "$.Description.Values", "10 to 10000")]
    [InlineData("\"7\": \"income\"", "\"8\": \"income\"", "$.Input.Description[\"8\"]", "outside [0, 8)")]
    [InlineData("\"Output\": {\"Dimension\": 2", "\"Output\": {\"Dimension\": 1", "$.Output.Dimension", "at least 2")]
    [InlineData("\"Dimension\": 8", "\"Dimension\": \"eight\"", "$.Input.Dimension", "must be an integer")]
    [InlineData("\"0\": \"age\"", "\"first\": \"age\"", "$.Input.Description[\"first\"]", "feature indices")]
    [InlineData("\"Values\": \"credit scorer\"", "\"Values\": [\"credit scorer\"]", "$.Name.Values", "must be a string")]
    public void EachViolation_IsReportedWithItsPath(string replace, string by, string path, string message)
    {
        var violations = SemanticValidator.ValidateJson(With(replace, by));
        Assert.Contains(violations, v => v.Path == path && v.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void MissingInputForTables_AndMissingOutputForClassification_AreReported()
    {
        var spec = SemanticJson.Parse(ValidJson) with { Input = null, Output = null };
        var paths = SemanticValidator.Validate(spec).Select(v => v.Path).ToArray();
        Assert.Equal(["$.Input", "$.Output"], paths);
    }

    [Fact]
    public void AllViolations_AreListedTogether()
    {
        var violations = SemanticValidator.ValidateJson("""{"Data": {"Type": "Class", "Values": []}}""");
        var paths = violations.Select(v => v.Path).ToHashSet();
        Assert.Superset(new HashSet<string> { "$.Data.Values", "$.Task.Values", "$.Library.Values", "$.Scenario.Values",
            "$.License.Values", "$.Name.Values", "$.Description.Values" }, paths);
    }

    [Fact]
    public void RegressionMayDeclareOneOutput()
    {
        var spec = SemanticJson.Parse(ValidJson) with { Task = ["Regression"], Output = new FeatureDescriptions(1, new Dictionary<int, string>()) };
        Assert.Empty(SemanticValidator.Validate(spec));
    }

    [Fact]
    public void TextThatIsNotJson_IsOneViolationAtTheRoot()
    {
        var violation = Assert.Single(SemanticValidator.ValidateJson("{not json"));
        Assert.Equal("$", violation.Path);
        Assert.Contains("not valid JSON", violation.Message);
    }
}
