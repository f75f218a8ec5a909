using System.Security.Cryptography;
using Learnware.Checking;
using Learnware.Market.Storage;

namespace Learnware.Market.Tests.Storage;

/// <summary>Submissions with made-up package bytes: the store keeps packages as opaque blobs and never parses them.</summary>
internal static class Submissions
{
    public static CheckReport Passed { get; } = new([
        new CheckResult("package", CheckStatus.Passed, "read"),
        new CheckResult("model", CheckStatus.Passed, "loads and predicts"),
    ]);

    public static CheckReport Failed { get; } = new([
        new CheckResult("package", CheckStatus.Passed, "read"),
        new CheckResult("model", CheckStatus.Failed, "output has 3 columns, the manifest says 2"),
        new CheckResult("predict", CheckStatus.Skipped, "needs the model"),
    ]);

    /// <summary>A submission whose package is random bytes, so every call gives a distinct package.</summary>
    public static SubmittedVersion Fake(CheckReport? report = null, string name = "Churn classifier", int dimension = 4,
        string specType = "RKMETableSpecification") => new()
    {
        PackageBytes = RandomNumberGenerator.GetBytes(300),
        SemanticJson = $$$"""{"Name": {"Type": "String", "Values": "{{{name}}}"}, "Data": {"Type": "Class", "Values": ["Table"]}}""",
        Name = name,
        SpecJson = $$"""{"z": [[0.5, 1.5]], "beta": [1.0], "gamma": 0.1, "num_points": 10, "type": "{{specType}}", "d": {{dimension}}}""",
        SpecType = specType,
        SpecDimension = dimension,
        CheckReport = report,
    };
}
