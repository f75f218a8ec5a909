using Learnware.Packaging;
using Learnware.Reuse.Tests.Support;

namespace Learnware.Reuse.Tests;

[Collection(ExpertsCollection.Name)]
public class ReusableLearnwareTests(ExpertsFixture experts)
{
    [Fact]
    public void Open_ReadsPackagesFromDisk_ReadyForAnyReuser()
    {
        var folder = Directory.CreateTempSubdirectory("reuse-test-");
        try
        {
            var paths = new[]
            {
                Packages.Write(experts.PackageA, Path.Combine(folder.FullName, "expert-a.zip")),
                Packages.Write(experts.PackageB, Path.Combine(folder.FullName, "expert-b.zip")),
            };
            using (var learnwares = LearnwareSet.Open(paths))
            {
                Assert.Equal(["expert-a", "expert-b"], learnwares.Select(l => l.Id));
                Assert.All(learnwares, l => Assert.Equal(ModelKind.Classifier, l.Kind));
                Assert.All(learnwares, l => Assert.Equal(4, l.ClassCount));
                Assert.All(learnwares, l => Assert.Equal(ExpertsFixture.Dimension, l.Specification!.Dimension));

                var route = new JobSelectorReuser(learnwares, new JobSelectorOptions { HerdingCount = 300 }).Select(experts.UserData);
                Assert.True(Data.Accuracy(route, experts.UserCluster) > 0.97);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
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
