using Learnware.Numerics;
using Learnware.Reuse.Tests.Support;
using Learnware.TestSupport;

namespace Learnware.Reuse.Tests;

public class FeatureAugmentReuserTests
{
    private const int Dimension = 4, Labelled = 100, TestRows = 1000;

    private static double Source(ReadOnlySpan<double> x) => 3 * Math.Sin(x[0]) + x[1] * x[1] / 2;

    private static int Ring(ReadOnlySpan<double> x) =>
        (x[0] * x[0] + x[1] * x[1]) switch { < 2 => 0, < 6 => 1, _ => 2 };

    [Fact]
    public void Regression_BeatsRidgeOnTheLabelledRowsAlone_AndTheLearnwareAlone()
    {
        var random = new Random(1);
        var source = Data.Uniform(3000, Dimension, 3, random);
        var sourceY = Enumerable.Range(0, source.Rows).Select(r => Source(source.Row(r)) + 0.1 * Data.Normal(random)).ToArray();
        using var learnware = ReusableLearnware.FromPackage(
            Packages.Regressor(TestModels.TrainRegressorOnnx(Data.Floats(source), [.. sourceY.Select(v => (float)v)], RegressorTrainer.FastTree), source), "source");

        // The user's task adds a linear term the learnware never saw.
        double User(ReadOnlySpan<double> x) => Source(x) + 1.5 * x[2];
        var x = Data.Uniform(Labelled + TestRows, Dimension, 3, random);
        var y = Enumerable.Range(0, x.Rows).Select(r => User(x.Row(r)) + 0.1 * Data.Normal(random)).ToArray();
        var (train, test) = (Data.Rows(x, Enumerable.Range(0, Labelled)), Data.Rows(x, Enumerable.Range(Labelled, TestRows)));
        var (trainY, testY) = (y[..Labelled], y[Labelled..]);

        var reuser = new FeatureAugmentReuser([learnware]).Fit(train, trainY);
        double augmented = Mse(reuser.Predict(test).Values!.Data, testY);
        double alone = Mse(RidgeRegressionCv.Fit(train, trainY, [0.01, 0.1, 1, 10, 100]).Predict(test), testY);
        double learnwareOnly = Mse(learnware.Model.Predict(test).Values!.Data, testY);

        Assert.True(augmented < 0.5 * alone, $"augmented {augmented} vs ridge alone {alone}");
        Assert.True(augmented < 0.5 * learnwareOnly, $"augmented {augmented} vs learnware alone {learnwareOnly}");
    }

    [Fact]
    public void Classification_BeatsLogisticRegressionOnTheLabelledRowsAlone()
    {
        var random = new Random(2);
        var source = Data.Uniform(3000, Dimension, 3, random);
        var sourceLabels = Enumerable.Range(0, source.Rows).Select(r => Ring(source.Row(r))).ToArray();
        var onnx = TestModels.TrainClassifierOnnx(Data.Floats(source), sourceLabels, ClassifierTrainer.LightGbm);
        using var learnware = ReusableLearnware.FromPackage(Packages.Classifier(onnx, source, 3), "rings");

        var x = Data.Uniform(Labelled + TestRows, Dimension, 3, random);
        var labels = Enumerable.Range(0, x.Rows).Select(r => Ring(x.Row(r))).ToArray();
        var (train, test) = (Data.Rows(x, Enumerable.Range(0, Labelled)), Data.Rows(x, Enumerable.Range(Labelled, TestRows)));
        var trainY = labels[..Labelled].Select(l => (double)l).ToArray();

        var reuser = new FeatureAugmentReuser([learnware]).Fit(train, trainY);
        var prediction = reuser.Predict(test);
        double augmented = Data.Accuracy(prediction.Labels!, labels[Labelled..]);
        var alone = LogisticRegressionCv.Fit(train, labels[..Labelled], new FeatureAugmentOptions().Cs, 5, 1000, 0)
            .PredictProbabilities(test, 3);
        double aloneAccuracy = Data.Accuracy([.. Enumerable.Range(0, TestRows).Select(r => PredictionReader.ArgMax(alone.Row(r)))], labels[Labelled..]);

        Assert.True(augmented > aloneAccuracy + 0.2, $"augmented {augmented} vs logistic alone {aloneAccuracy}");
        Assert.True(augmented > 0.85, $"augmented {augmented}");
        Assert.Equal(3, prediction.Probabilities!.Columns);
        Assert.All(Enumerable.Range(0, TestRows), r => Assert.Equal(1, prediction.Probabilities.Row(r).ToArray().Sum(), 5));
    }

    [Fact]
    public void Predict_BeforeFit_IsRefused()
    {
        var reuser = new FeatureAugmentReuser([Fakes.ValueTable("v", [1, 2])]);
        Assert.Throws<InvalidOperationException>(() => reuser.Predict(Fakes.RowIds(2)));
    }

    [Fact]
    public void MissingCells_AreFilledOnACopy_WithTheFittingMeans()
    {
        var learnware = Fakes.Values("v", [[0], [0], [0], [0]]);
        var x = new DenseMatrix([1, 2, double.NaN, 4, 3, 6, 5, double.PositiveInfinity], 4, 2);
        var y = new[] { 1.0, 2, 3, 4 };
        var reuser = new FeatureAugmentReuser([learnware]).Fit(x, y);

        Assert.True(double.IsNaN(x.Data[2]));
        var filled = reuser.Predict(new DenseMatrix([double.NaN, 4, 1, 2, 3, 6, 5, double.NaN], 4, 2)).Values!;
        var complete = reuser.Predict(new DenseMatrix([3, 4, 1, 2, 3, 6, 5, 4], 4, 2)).Values!;
        Assert.Equal(complete.Data, filled.Data);
    }

    private static double Mse(double[] predicted, double[] truth) =>
        predicted.Zip(truth).Average(p => (p.First - p.Second) * (p.First - p.Second));
}
