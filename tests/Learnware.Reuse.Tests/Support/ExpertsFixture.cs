using Learnware.Numerics;
using Learnware.TestSupport;

namespace Learnware.Reuse.Tests.Support;

/// <summary>
/// Two clusters, each with its own expert: expert A knows cluster A, whose classes are 0 and 1 (split on feature 0);
/// expert B knows cluster B, whose classes are 2 and 3 (split on feature 1). Each expert is trained on its own cluster
/// only, so it is always wrong on the other one. The user's rows come 70% from A and 30% from B.
/// </summary>
public sealed class ExpertsFixture : IDisposable
{
    public const int Dimension = 5;
    private const double CentreA = 0, CentreB = 2.5;

    public ExpertsFixture()
    {
        var random = new Random(42);
        var trainA = Data.Gaussian(600, Dimension, CentreA, 1, random);
        var trainB = Data.Gaussian(600, Dimension, CentreB, 1, random);
        var onnxA = TestModels.TrainClassifierOnnx(Data.Floats(trainA), [.. LabelsA(trainA)]);
        var onnxB = TestModels.TrainClassifierOnnx(Data.Floats(trainB), [.. LabelsB(trainB).Select(l => l - 2)]);
        PackageA = Packages.Classifier(onnxA, trainA, classCount: 4, classes: [0, 1]);
        PackageB = Packages.Classifier(onnxB, trainB, classCount: 4, classes: [2, 3]);
        ExpertA = ReusableLearnware.FromPackage(PackageA, "expert-a");
        ExpertB = ReusableLearnware.FromPackage(PackageB, "expert-b");

        var userA = Data.Gaussian(700, Dimension, CentreA, 1, random);
        var userB = Data.Gaussian(300, Dimension, CentreB, 1, random);
        UserData = Data.Stack(userA, userB);
        UserLabels = [.. LabelsA(userA), .. LabelsB(userB)];
        UserCluster = [.. Enumerable.Repeat(0, 700), .. Enumerable.Repeat(1, 300)];
    }

    public Learnware.Packaging.LearnwarePackage PackageA { get; }

    public Learnware.Packaging.LearnwarePackage PackageB { get; }

    public ReusableLearnware ExpertA { get; }

    public ReusableLearnware ExpertB { get; }

    public DenseMatrix UserData { get; }

    public int[] UserLabels { get; }

    /// <summary>0 for rows drawn from cluster A, 1 for cluster B: the index of each row's true expert.</summary>
    public int[] UserCluster { get; }

    public ReusableLearnware[] Experts => [ExpertA, ExpertB];

    /// <summary>The accuracy of sending every user row to the expert of its own cluster.</summary>
    public double OracleAccuracy()
    {
        var a = ExpertA.Model.Predict(UserData).Labels!;
        var b = ExpertB.Model.Predict(UserData).Labels!;
        var routed = UserCluster.Select((c, r) => c == 0 ? a[r] : b[r]).ToArray();
        return Data.Accuracy(routed, UserLabels);
    }

    public void Dispose()
    {
        ExpertA.Dispose();
        ExpertB.Dispose();
    }

    private static IEnumerable<int> LabelsA(DenseMatrix x) =>
        Enumerable.Range(0, x.Rows).Select(r => x.Row(r)[0] > CentreA ? 1 : 0);

    private static IEnumerable<int> LabelsB(DenseMatrix x) =>
        Enumerable.Range(0, x.Rows).Select(r => x.Row(r)[1] > CentreB ? 3 : 2);
}
