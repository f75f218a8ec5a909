using Learnware.Numerics;
using Learnware.Reuse.Tests.Support;
using Learnware.TestSupport;

namespace Learnware.Reuse.Tests;

/// <summary>
/// The job selector against the oracle that sends every row to the learnware trained on the row's true source:
/// three sources (overlapping Gaussian clusters, each with two classes of its own and an expert that knows only those),
/// users drawn from two or three of them.
/// </summary>
public class JobSelectorOracleTests
{
    private const int Dimension = 6, ClassCount = 6;

    // Centres 4.5 to 5.8 standard deviations apart: the clusters overlap a little (a perfect router of rows to sources
    // errs on about 1% of the rows), and the boundaries are where routers differ.
    private static readonly double[][] Centres =
    [
        [0, 0, 0, 0, 0, 0],
        [3, 3, 0, 0, 1.5, 0],
        [-1.5, 3, 3, 0, 0, 1.5],
    ];

    public static TheoryData<double[]> Mixtures => new() { new[] { 0.7, 0.3, 0 }, new[] { 0.5, 0.3, 0.2 }, new[] { 0, 0.5, 0.5 } };

    [Theory]
    [MemberData(nameof(Mixtures))]
    public void DensityRouter_ReachesNinetyEightPercentOfTheOracle_AndBeatsTheHerdedRouter(double[] shares)
    {
        var random = new Random(11);
        var experts = Enumerable.Range(0, Centres.Length).Select(source =>
        {
            var train = Sample(source, 800, random);
            var onnx = TestModels.TrainClassifierOnnx(Data.Floats(train), [.. Labels(source, train).Select(l => l - 2 * source)]);
            return ReusableLearnware.FromPackage(
                Packages.Classifier(onnx, train, ClassCount, [2 * source, 2 * source + 1], $"source-{source}"), $"source-{source}");
        }).ToArray();
        try
        {
            var parts = Enumerable.Range(0, Centres.Length).Select(s => Sample(s, (int)(2000 * shares[s]), random)).ToArray();
            var user = new DenseMatrix([.. parts.SelectMany(p => p.Data)], parts.Sum(p => p.Rows), Dimension);
            var source = parts.SelectMany((p, s) => Enumerable.Repeat(s, p.Rows)).ToArray();
            var truth = parts.SelectMany((p, s) => Labels(s, p)).ToArray();

            var byExpert = experts.Select(e => e.Model.Predict(user).Labels!).ToArray();
            double oracle = Data.Accuracy([.. source.Select((s, r) => byExpert[s][r])], truth);
            double density = Data.Accuracy(new JobSelectorReuser(experts).Fit(user).Predict(user).Labels!, truth);

            double herded = Data.Accuracy(new JobSelectorReuser(experts, new JobSelectorOptions { Router = JobSelectorRouter.HerdedLightGbm })
                .Fit(user).Predict(user).Labels!, truth);
            Assert.True(oracle > 0.9, $"the experts themselves should be good, oracle {oracle:F4}");
            Assert.True(density >= 0.98 * oracle, $"density router {density:F4} vs oracle {oracle:F4}");
            Assert.True(density >= herded, $"density router {density:F4} vs the reference's herded router {herded:F4}");
        }
        finally
        {
            foreach (var expert in experts) expert.Dispose();
        }
    }

    private static DenseMatrix Sample(int source, int n, Random random)
    {
        var data = new double[n * Dimension];
        for (int r = 0; r < n; r++)
            for (int j = 0; j < Dimension; j++)
                data[r * Dimension + j] = Centres[source][j] + Data.Normal(random);
        return new DenseMatrix(data, n, Dimension);
    }

    /// <summary>Source s owns classes 2s and 2s + 1, split by one feature of its own.</summary>
    private static IEnumerable<int> Labels(int source, DenseMatrix x) =>
        Enumerable.Range(0, x.Rows).Select(r => 2 * source + (x.Row(r)[3 + source] > Centres[source][3 + source] ? 1 : 0));
}
