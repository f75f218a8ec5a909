using Learnware.Packaging;
using Learnware.Reuse.Tests.Support;

namespace Learnware.Reuse.Tests;

public class AveragingReuserTests
{
    private static readonly Numerics.DenseMatrix TwoRows = Fakes.RowIds(2);

    [Fact]
    public void Mean_AveragesEachOutputColumnOnItsOwn()
    {
        var reuser = new AveragingReuser([
            Fakes.Values("a", [[1, 10], [2, 20]]),
            Fakes.Values("b", [[3, 30], [4, 40]]),
        ], AveragingMode.Mean);

        var prediction = reuser.Predict(TwoRows);

        Assert.Equal(ModelKind.Regressor, prediction.Kind);
        Assert.Equal(2, prediction.Values!.Columns);
        Assert.Equal([2.0, 20, 3, 30], prediction.Values.Data);
    }

    [Fact]
    public void VoteByLabel_TakesTheMajority_WithTiesToTheSmallestLabel()
    {
        var rows = Fakes.RowIds(4);
        var reuser = new AveragingReuser([
            Fakes.Labels("a", 3, [0, 1, 2, 1]),
            Fakes.Labels("b", 3, [1, 1, 2, 0]),
            Fakes.Labels("c", 3, [2, 0, 2, 0]),
        ], AveragingMode.VoteByLabel);

        var prediction = reuser.Predict(rows);

        Assert.Equal([0, 1, 2, 0], prediction.Labels!);
        Assert.Equal([1 / 3.0, 1 / 3.0, 1 / 3.0], prediction.Probabilities!.Row(0).ToArray());
        Assert.Equal([0, 0, 1.0], prediction.Probabilities.Row(2).ToArray());
    }

    [Fact]
    public void VoteByLabel_UsesTheMostProbableClass_OfLearnwaresThatGiveProbabilities()
    {
        var reuser = new AveragingReuser([
            Fakes.Probabilities("a", [[0.2, 0.8], [0.9, 0.1]], withLabels: false),
            Fakes.Labels("b", 2, [0, 0]),
            Fakes.Labels("c", 2, [1, 0]),
        ], AveragingMode.VoteByLabel);

        Assert.Equal([1, 0], reuser.Predict(TwoRows).Labels!);
    }

    [Fact]
    public void VoteByProbability_AveragesTheProbabilities_WithoutASecondSoftmax()
    {
        var reuser = new AveragingReuser([
            Fakes.Probabilities("a", [[0.6, 0.4], [0.2, 0.8]]),
            Fakes.Probabilities("b", [[0.2, 0.8], [0.4, 0.6]]),
        ], AveragingMode.VoteByProbability);

        var prediction = reuser.Predict(TwoRows);

        // A softmax over [0.4, 0.6] would give [0.450, 0.550]; the mean of the probabilities is kept as it is.
        Assert.Equal(0.4, prediction.Probabilities!.Row(0)[0], 12);
        Assert.Equal(0.6, prediction.Probabilities.Row(0)[1], 12);
        Assert.Equal(0.3, prediction.Probabilities.Row(1)[0], 12);
        Assert.Equal(0.7, prediction.Probabilities.Row(1)[1], 12);
        Assert.Equal([1, 1], prediction.Labels!);
    }

    [Fact]
    public void VoteByProbability_PadsFewerClasses_AndCountsLabelsAsOneHot()
    {
        var reuser = new AveragingReuser([
            Fakes.Probabilities("two", [[0.5, 0.5], [0.1, 0.9]]),
            Fakes.Probabilities("three", [[0.1, 0.1, 0.8], [0.3, 0.3, 0.4]]),
            Fakes.Labels("labels", 3, [0, 2]),
        ]);

        var prediction = reuser.Predict(TwoRows);

        Assert.Equal(AveragingMode.VoteByProbability, reuser.Mode);
        Assert.Equal(3, prediction.Probabilities!.Columns);
        Assert.Equal(1.6 / 3, prediction.Probabilities.Row(0)[0], 12);
        Assert.Equal(0.6 / 3, prediction.Probabilities.Row(0)[1], 12);
        Assert.Equal(0.8 / 3, prediction.Probabilities.Row(0)[2], 12);
        Assert.Equal(1.4 / 3, prediction.Probabilities.Row(1)[2], 12);
        Assert.Equal([0, 2], prediction.Labels!);
    }

    [Fact]
    public void VoteByProbability_SendsAnExactTieToTheSmallestLabel()
    {
        var reuser = new AveragingReuser([
            Fakes.Probabilities("a", [[0.7, 0.3], [0.5, 0.5]]),
            Fakes.Probabilities("b", [[0.3, 0.7], [0.5, 0.5]]),
        ], AveragingMode.VoteByProbability);

        Assert.Equal([0, 0], reuser.Predict(TwoRows).Labels!);
    }

    [Fact]
    public void Mean_OfClassifiers_IsTheMeanProbability()
    {
        var learnwares = new[]
        {
            Fakes.Probabilities("a", [[0.6, 0.4], [0.2, 0.8]]),
            Fakes.Probabilities("b", [[0.2, 0.8], [0.4, 0.6]]),
        };
        var mean = new AveragingReuser(learnwares, AveragingMode.Mean).Predict(TwoRows);
        var vote = new AveragingReuser(learnwares, AveragingMode.VoteByProbability).Predict(TwoRows);
        Assert.Equal(vote.Probabilities!.Data, mean.Probabilities!.Data);
    }

    [Fact]
    public void Regressors_CannotVote_AndKindsCannotBeMixed()
    {
        var regressor = Fakes.Values("r", [[1], [2]]);
        var classifier = Fakes.Labels("c", 2, [0, 1]);
        Assert.Throws<ArgumentException>(() => new AveragingReuser([regressor], AveragingMode.VoteByLabel));
        Assert.Throws<ArgumentException>(() => new AveragingReuser([regressor, classifier]));
        Assert.Throws<ArgumentException>(() => new AveragingReuser([]));
    }

    [Fact]
    public void Mean_RefusesRegressorsWithDifferentOutputCounts()
    {
        var reuser = new AveragingReuser([Fakes.Values("a", [[1, 2], [3, 4]]), Fakes.Values("b", [[1], [2]])]);
        Assert.Throws<InvalidOperationException>(() => reuser.Predict(TwoRows));
    }

    [Fact]
    public void APredictionOfTheWrongLength_IsRefused()
    {
        var reuser = new AveragingReuser([Fakes.Values("a", [[1], [2], [3]])]);
        Assert.Throws<InvalidOperationException>(() => reuser.Predict(TwoRows));
    }
}
