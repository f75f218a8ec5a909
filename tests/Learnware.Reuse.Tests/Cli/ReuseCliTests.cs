using Learnware.Tables;
using Learnware.TestSupport;

namespace Learnware.Reuse.Tests.Cli;

/// <summary><c>learnware reuse</c> over two cluster experts packed as zip files.</summary>
[Collection(ReuseCliCollection.Name)]
public class ReuseCliTests(ClusterExpertFiles files)
{
    private const int UserRows = 2 * ClusterExpertFiles.UserRowsPerCluster;

    [Fact]
    public void Average_VoteByProbability_WritesALabelAndFourProbabilitiesSummingToOnePerUserRow()
    {
        var output = files.Folder.Path("average.csv");

        var run = CliRun.Succeeds("reuse", "--method", "average", "--mode", "vote_by_prob", files.ZipA, files.ZipB,
            "--data", files.UserCsv, "--out", output);

        Assert.Equal($"wrote {UserRows} predictions to {output} (average, 2 learnwares: expert-a, expert-b)\n", run.Out);
        var table = CsvTable.Read(output);
        Assert.Equal(["label", "p0", "p1", "p2", "p3"], table.ColumnNames);
        Assert.Equal(UserRows, table.Rows);
        for (int r = 0; r < table.Rows; r++)
        {
            var row = table.Values.Row(r).ToArray();
            Assert.Equal(1.0, row[1..].Sum(), 1e-5);
            Assert.Equal(Array.IndexOf(row[1..], row[1..].Max()), (int)row[0]);
        }
    }

    [Fact]
    public void JobSelector_BeatsEitherExpertAloneByFar_OnAUserHalfFromEachCluster()
    {
        // Each expert is right on its own cluster only, so alone it gets about half of the rows.
        double alone = Math.Max(Accuracy("average", files.ZipA), Accuracy("average", files.ZipB));

        double selected = Accuracy("job-selector", files.ZipA, files.ZipB);

        Assert.InRange(alone, 0.45, 0.55);
        Assert.True(selected >= alone + 0.4, $"job selector {selected} vs the best expert alone {alone}");
    }

    [Fact]
    public void FeatureAugment_WithLabelledRows_ClassifiesNineInTenUserRows()
    {
        // The experts' outputs plus the features: the labelled rows of both clusters teach which expert to trust.
        double accuracy = Accuracy("feature-augment", files.ZipA, files.ZipB, "--labeled", files.TrainCsv, "--label-column", "y");

        Assert.True(accuracy > 0.9, $"feature augment {accuracy}");
    }

    [Fact]
    public void EnsemblePruning_WithLabelledRows_KeepsTheGeneralistInTheVote()
    {
        // Any vote of the two experts alone is right on one cluster at most: about half of the rows.
        double experts = Accuracy("ensemble-pruning", files.ZipA, files.ZipB, "--labeled", files.TrainCsv, "--label-column", "y");

        double withGeneralist = Accuracy("ensemble-pruning", files.ZipA, files.ZipB, files.ZipGeneralist,
            "--labeled", files.TrainCsv, "--label-column", "y");

        Assert.InRange(experts, 0.45, 0.55);
        Assert.True(withGeneralist > 0.9, $"ensemble pruning with the generalist {withGeneralist}");
    }

    [Fact]
    public void LearnwaresTakenFromTheMarketByIds_PredictTheSameFileAsTheirZips()
    {
        var root = files.Folder.Path("market");
        var ids = new[] { files.ZipA, files.ZipB }
            .Select(zip => CliRun.Succeeds("market", "add", zip, "--root", root, "--owner", "alice").Out[..12])
            .ToArray();
        var fromZips = files.Folder.Path("from-zips.csv");
        var fromIds = files.Folder.Path("from-ids.csv");

        CliRun.Succeeds("reuse", "--method", "average", files.ZipA, files.ZipB, "--data", files.UserCsv, "--out", fromZips);
        var run = CliRun.Succeeds("reuse", "--method", "average", "--root", root, "--ids", string.Join(",", ids),
            "--data", files.UserCsv, "--out", fromIds);

        Assert.EndsWith($"(average, 2 learnwares: {ids[0]}, {ids[1]})\n", run.Out, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(fromZips), File.ReadAllText(fromIds));
        Assert.Equal(ClusterExpertFiles.Classes + 1, CsvTable.Read(fromIds).Columns);
    }

    private double Accuracy(string method, params string[] rest)
    {
        var output = files.Folder.Path($"{method}-{Guid.NewGuid():N}.csv");
        CliRun.Succeeds(["reuse", "--method", method, .. rest, "--data", files.UserCsv, "--out", output]);
        return files.Accuracy(output);
    }
}
