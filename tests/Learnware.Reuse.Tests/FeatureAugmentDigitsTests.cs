using Learnware.Protocol.Data;
using Learnware.Reuse.Tests.Support;
using Learnware.TestSupport;

namespace Learnware.Reuse.Tests;

/// <summary>
/// Feature augmentation as a user would try it on real 64-feature data: the handwritten digits, a market of two
/// specialists (digits 0-4 and digits 5-9, trained on 900 rows the user never sees) and a user with 50 labelled rows.
/// </summary>
public class FeatureAugmentDigitsTests
{
    private const int Labelled = 50;

    [Fact]
    public void FiftyLabelledRows_AtLeastMatchesPlainLogisticRegression_WithSharpProbabilities()
    {
        var digits = Digits.LoadOrSkip();
        if (digits is null) return;
        var order = Enumerable.Range(0, digits.Rows).ToArray();
        new Random(3).Shuffle(order);
        var market = digits.Select(order[..900]);
        var user = digits.Select(order[900..]);
        using var low = Specialist(market, 0, "digits-0-4");
        using var high = Specialist(market, 5, "digits-5-9");

        var augmented = new List<double>();
        var plain = new List<double>();
        foreach (int seed in new[] { 1, 2, 3 })
        {
            var rows = Enumerable.Range(0, user.Rows).ToArray();
            new Random(seed).Shuffle(rows);
            var (train, test) = (user.Select(rows[..Labelled]), user.Select(rows[Labelled..]));
            var truth = test.Labels();

            var prediction = new FeatureAugmentReuser([low, high]).Fit(train.Features, train.Targets).Predict(test.Features);
            augmented.Add(Data.Accuracy(prediction.Labels!, truth));
            var topProbabilities = Enumerable.Range(0, test.Rows).Select(r => prediction.Probabilities!.Row(r).ToArray().Max()).Order().ToArray();
            Assert.True(topProbabilities[topProbabilities.Length / 2] > 0.8,
                $"seed {seed}: median top probability {topProbabilities[topProbabilities.Length / 2]:F3}: the fit is over-penalised");

            // The user alone: a logistic regression on the raw rows, C chosen the reference's way or by log-loss,
            // whichever does better on the test rows (the stronger baseline).
            plain.Add(new[] { CScoring.Accuracy, CScoring.LogLoss }.Max(scoring => Accuracy(
                LogisticRegressionCv.Fit(train.Features, train.Labels(), new FeatureAugmentOptions().Cs, 5, 1000, 0, scoring), test, truth)));
            Assert.True(augmented[^1] >= plain[^1] - 0.02, $"seed {seed}: augmented {augmented[^1]:F3}, plain {plain[^1]:F3}");
        }
        Assert.True(augmented.Average() >= plain.Average(), $"augmented {augmented.Average():F3}, plain {plain.Average():F3}");
    }

    /// <summary>A classifier of the ten digits that only ever saw five of them, from <paramref name="first"/> on.</summary>
    private static ReusableLearnware Specialist(LabelledTable market, int first, string id)
    {
        var labels = market.Labels();
        var mine = market.Select([.. Enumerable.Range(0, market.Rows).Where(r => labels[r] >= first && labels[r] < first + 5)]);
        var onnx = TestModels.TrainClassifierOnnx(mine.FloatRows(), [.. mine.Labels().Select(l => l - first)]);
        return ReusableLearnware.FromPackage(
            Packages.Classifier(onnx, mine.Features, 10, [.. Enumerable.Range(first, 5)], id), id);
    }

    private static double Accuracy(LogisticRegressionCv model, LabelledTable test, int[] truth)
    {
        var probabilities = model.PredictProbabilities(test.Features, 10);
        return Data.Accuracy([.. Enumerable.Range(0, test.Rows).Select(r => PredictionReader.ArgMax(probabilities.Row(r)))], truth);
    }
}
