using Learnware.Numerics;
using Learnware.Packaging;
using Learnware.Reuse.Tests.Support;
using Learnware.Tables;
using Learnware.TestSupport;

namespace Learnware.Reuse.Tests.Cli;

/// <summary>
/// Two cluster experts packed as zip files for the <c>learnware reuse</c> command: expert A knows cluster A (classes 0
/// and 1, split on feature 0), expert B knows cluster B (classes 2 and 3, split on feature 1); each is trained on its
/// own cluster only. A generalist knows both clusters and all four classes. The user's rows come half from each
/// cluster; the labelled rows likewise. A regressor trained on cluster A stands for a learnware of another kind.
/// </summary>
public sealed class ClusterExpertFiles : IDisposable
{
    public const int Dimension = 5, Classes = 4, UserRowsPerCluster = 300;
    private const double CentreA = 0, CentreB = 2.5;

    public ClusterExpertFiles()
    {
        var random = new Random(7);
        var trainA = Data.Gaussian(400, Dimension, CentreA, 1, random);
        var trainB = Data.Gaussian(400, Dimension, CentreB, 1, random);
        ZipA = Zip("expert-a", Packages.Classifier(TestModels.TrainClassifierOnnx(Data.Floats(trainA), [.. LabelsA(trainA)]), trainA,
            Classes, [0, 1], "expert-a"));
        ZipB = Zip("expert-b", Packages.Classifier(TestModels.TrainClassifierOnnx(Data.Floats(trainB), [.. LabelsB(trainB).Select(l => l - 2)]),
            trainB, Classes, [2, 3], "expert-b"));
        var both = Data.Stack(trainA, trainB);
        ZipGeneralist = Zip("generalist", Packages.Classifier(TestModels.TrainClassifierOnnx(Data.Floats(both),
            [.. LabelsA(trainA), .. LabelsB(trainB)], ClassifierTrainer.LightGbm), both, Classes, name: "generalist"));
        Regressor = Zip("regressor", Packages.Regressor(TestModels.TrainRegressorOnnx(Data.Floats(trainA),
            [.. LabelsA(trainA).Select(l => (float)l)]), trainA, "regressor"));

        var (user, userLabels) = Draw(UserRowsPerCluster, random);
        UserCsv = Folder.WriteCsv("user.csv", user);
        UserLabels = userLabels;
        var (labelled, labels) = Draw(100, random);
        TrainCsv = Folder.Path("train.csv");
        CsvTable.Write(TrainCsv, [.. Enumerable.Range(0, Dimension).Select(c => $"f{c}"), "y"],
            Enumerable.Range(0, labelled.Rows).Select(r => (IReadOnlyList<double>)[.. labelled.Row(r).ToArray(), labels[r]]));
    }

    public TestFolder Folder { get; } = new();

    public string ZipA { get; }

    public string ZipB { get; }

    /// <summary>A classifier trained on both clusters with all four classes.</summary>
    public string ZipGeneralist { get; }

    /// <summary>A regressor package of the same dimension.</summary>
    public string Regressor { get; }

    /// <summary>The user's rows: <see cref="UserRowsPerCluster"/> from cluster A, then as many from cluster B.</summary>
    public string UserCsv { get; }

    public int[] UserLabels { get; }

    /// <summary>100 labelled rows from each cluster, columns <c>f0..f4</c> and the label <c>y</c>.</summary>
    public string TrainCsv { get; }

    /// <summary>The labels in a prediction file (its <c>label</c> column), as ints.</summary>
    public static int[] PredictedLabels(string predictionCsv) =>
        [.. CsvTable.Read(predictionCsv, ["label"]).Values.Data.Select(v => (int)v)];

    public double Accuracy(string predictionCsv) => Data.Accuracy(PredictedLabels(predictionCsv), UserLabels);

    public void Dispose() => Folder.Dispose();

    private (DenseMatrix Rows, int[] Labels) Draw(int perCluster, Random random)
    {
        var a = Data.Gaussian(perCluster, Dimension, CentreA, 1, random);
        var b = Data.Gaussian(perCluster, Dimension, CentreB, 1, random);
        return (Data.Stack(a, b), [.. LabelsA(a), .. LabelsB(b)]);
    }

    private string Zip(string name, LearnwarePackage package) => Folder.Write($"{name}.zip", TestPackages.Zip(package));

    private static IEnumerable<int> LabelsA(DenseMatrix x) => Enumerable.Range(0, x.Rows).Select(r => x.Row(r)[0] > CentreA ? 1 : 0);

    private static IEnumerable<int> LabelsB(DenseMatrix x) => Enumerable.Range(0, x.Rows).Select(r => x.Row(r)[1] > CentreB ? 3 : 2);
}
