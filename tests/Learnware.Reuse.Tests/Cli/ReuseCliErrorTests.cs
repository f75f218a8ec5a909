using Learnware.TestSupport;

namespace Learnware.Reuse.Tests.Cli;

/// <summary><c>learnware reuse</c> given learnwares or inputs it cannot use: exit 2 and one <c>error:</c> line, no output file.</summary>
[Collection(ReuseCliCollection.Name)]
public class ReuseCliErrorTests(ClusterExpertFiles files)
{
    private const string EitherZipsOrIds =
        "error: name the learnwares either as package files or as --ids in a market (--root), not both or neither\n";

    [Fact]
    public void NeitherZipsNorIds_IsAUsageError()
    {
        AssertFails(EitherZipsOrIds, "--method", "average");
    }

    [Fact]
    public void BothZipsAndIds_IsAUsageError()
    {
        AssertFails(EitherZipsOrIds, "--method", "average", files.ZipA, "--root", files.Folder.Path("market"), "--ids", "abc");
    }

    [Fact]
    public void FeatureAugmentWithoutLabelledRows_IsAUsageError()
    {
        AssertFails("error: --method feature-augment needs labelled rows: --labeled TRAIN.csv --label-column NAME\n",
            "--method", "feature-augment", files.ZipA, files.ZipB);
    }

    [Fact]
    public void AnIdTheMarketDoesNotHold_IsNamed()
    {
        var root = files.Folder.Path("empty-market");

        AssertFails($"error: there is no learnware 'nosuchid' in the market at {root}\n",
            "--method", "average", "--root", root, "--ids", "nosuchid");
    }

    [Fact]
    public void ARegressorMixedWithAClassifier_IsAnInputError()
    {
        AssertFails("error: the learnwares must all be classifiers or all be regressors to combine their predictions " +
            "(expert-a: Classifier, regressor: Regressor)\n",
            "--method", "average", files.ZipA, files.Regressor);
    }

    private void AssertFails(string error, params string[] args)
    {
        var output = files.Folder.Path($"error-{Guid.NewGuid():N}.csv");

        var run = CliRun.Of(["reuse", .. args, "--data", files.UserCsv, "--out", output]);

        Assert.Equal(error, run.Error);
        Assert.Equal(2, run.ExitCode);
        Assert.False(File.Exists(output));
    }
}
