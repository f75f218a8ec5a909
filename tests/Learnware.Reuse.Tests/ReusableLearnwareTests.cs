using Learnware.Packaging;
using Learnware.Reuse.Tests.Support;
using Learnware.TestSupport;

namespace Learnware.Reuse.Tests;

[Collection(ExpertsCollection.Name)]
public class ReusableLearnwareTests(ExpertsFixture experts)
{
    [Fact]
    public void Open_ReadsPackagesFromDisk_ReadyForAnyReuser()
    {
        using var folder = new TestFolder();
        string[] paths =
        [
            folder.Write("expert-a.zip", TestPackages.Zip(experts.PackageA)),
            folder.Write("expert-b.zip", TestPackages.Zip(experts.PackageB)),
        ];

        using var learnwares = LearnwareSet.Open(paths);

        Assert.Equal(["expert-a", "expert-b"], learnwares.Select(l => l.Id));
        Assert.All(learnwares, l => Assert.Equal(ModelKind.Classifier, l.Kind));
        Assert.All(learnwares, l => Assert.Equal(4, l.ClassCount));
        Assert.All(learnwares, l => Assert.Equal(ExpertsFixture.Dimension, l.Specification!.PointSize));
        var route = new JobSelectorReuser(learnwares, new JobSelectorOptions { HerdingCount = 300 }).Select(experts.UserData);
        Assert.True(Data.Accuracy(route, experts.UserCluster) > 0.97);
    }

    [Fact]
    public void Open_FailsOnAMissingPackage()
    {
        Assert.ThrowsAny<IOException>(() => LearnwareSet.Open(["/nonexistent/learnware.zip"]));
    }

    [Fact]
    public void Classifiers_NeedAClassCount()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ReusableLearnware("c", new FakeModel(_ => throw new InvalidOperationException()), null, ModelKind.Classifier, 0));
    }
}
