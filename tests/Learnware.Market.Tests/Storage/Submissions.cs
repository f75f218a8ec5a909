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

    /// <summary>
    /// A submission whose package is random bytes, so every call gives a distinct package, with the check report a
    /// verifier will record for it (none: it stays pending).
    /// </summary>
    public static FakeSubmission Fake(CheckReport? report = null, string name = "Churn classifier", int dimension = 4,
        string specType = "RKMETableSpecification") => new(Version(name, dimension, specType), report);

    /// <summary>Adds the submission (pending), then claims it and records its report as a verifier does.</summary>
    public static async Task<StoredLearnware> AddAsync(this MarketStore store, string owner, FakeSubmission submission)
    {
        var pending = await store.AddAsync(owner, submission.Version);
        return await VerifyAsync(store, pending, submission.Report);
    }

    /// <summary>Adds the submission as the next version (pending), then records its report as a verifier does.</summary>
    public static async Task<StoredLearnware> UpdateAsync(this MarketStore store, string learnwareId, FakeSubmission submission)
    {
        var pending = await store.UpdateAsync(learnwareId, submission.Version);
        return await VerifyAsync(store, pending, submission.Report);
    }

    private static async Task<StoredLearnware> VerifyAsync(MarketStore store, StoredLearnware pending, CheckReport? report)
    {
        if (report is null)
            return pending;
        Assert.True(await store.ClaimAsync(pending.Id, pending.Version));
        return await store.CompleteCheckAsync(pending.Id, pending.Version, report);
    }

    private static SubmittedVersion Version(string name, int dimension, string specType) => new()
    {
        PackageBytes = RandomNumberGenerator.GetBytes(300),
        SemanticJson = $$$"""{"Name": {"Type": "String", "Values": "{{{name}}}"}, "Data": {"Type": "Class", "Values": ["Table"]}}""",
        Name = name,
        SpecJson = $$"""{"z": [[0.5, 1.5]], "beta": [1.0], "gamma": 0.1, "num_points": 10, "type": "{{specType}}", "d": {{dimension}}}""",
        SpecType = specType,
        SpecDimension = dimension,
    };
}

/// <summary>A made-up submission and the check report its verifier records, or null to leave it pending.</summary>
internal sealed record FakeSubmission(SubmittedVersion Version, CheckReport? Report)
{
    public byte[] PackageBytes => Version.PackageBytes;

    public string SemanticJson => Version.SemanticJson;

    public string SpecJson => Version.SpecJson;
}
