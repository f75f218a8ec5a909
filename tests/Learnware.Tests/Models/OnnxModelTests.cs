using Learnware.Models;

namespace Learnware.Tests.Models;

public class OnnxModelTests
{
    [Fact]
    public void ExportedClassifierTakesFeaturesOnlyAndNamesOutputsWithOutputSuffix()
    {
        using var model = OnnxModel.Load(SharedFixtures.Classifier(ClassifierTrainer.LbfgsMaximumEntropy).Onnx);

        var input = Assert.Single(model.Inputs);
        Assert.Equal("Features", input.Name);
        Assert.Equal(ModelElementType.Float, input.ElementType);
        Assert.Equal(new[] { -1, SharedFixtures.Dims }, input.Shape);

        Assert.All(model.Outputs, o => Assert.EndsWith(".output", o.Name));
        var score = Assert.Single(model.Outputs, o => o.Name == "Score.output");
        Assert.Equal(ModelElementType.Float, score.ElementType);
        Assert.Equal(new[] { -1, SharedFixtures.Classes }, score.Shape);
        var predicted = Assert.Single(model.Outputs, o => o.Name == "PredictedLabel.output");
        Assert.Equal(ModelElementType.UInt32, predicted.ElementType);
        Assert.Equal(new[] { -1, 1 }, predicted.Shape);
    }

    [Fact]
    public void ExportedRegressorHasOneScorePerRow()
    {
        using var model = OnnxModel.Load(SharedFixtures.Regressor(RegressorTrainer.Sdca).Onnx);

        Assert.Equal("Features", Assert.Single(model.Inputs).Name);
        var score = Assert.Single(model.Outputs, o => o.Name == "Score.output");
        Assert.Equal(ModelElementType.Float, score.ElementType);
        Assert.Equal(new[] { -1, 1 }, score.Shape);
    }

    [Theory]
    [InlineData(ClassifierTrainer.LbfgsMaximumEntropy)]
    [InlineData(ClassifierTrainer.LightGbm)]
    public void ClassifierGivesProbabilitiesThatPredictHeldOutBlobs(ClassifierTrainer trainer)
    {
        using var model = OnnxModel.Load(SharedFixtures.Classifier(trainer).Onnx);
        var x = SharedFixtures.ClassifierTestX;
        var labels = SharedFixtures.ClassifierTestLabels;

        var scores = model.Predict(SharedFixtures.Flatten(x), x.Length, outputName: "Score.output");
        var predicted = model.Predict(SharedFixtures.Flatten(x), x.Length, outputName: "PredictedLabel.output");

        Assert.Equal((x.Length, SharedFixtures.Classes), (scores.Rows, scores.Columns));
        Assert.False(scores.IsInteger);
        Assert.Equal((x.Length, 1), (predicted.Rows, predicted.Columns));
        Assert.True(predicted.IsInteger);
        var correct = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var row = scores.Row(i).ToArray();
            Assert.All(row, p => Assert.InRange(p, 0f, 1f));
            Assert.Equal(1.0, row.Sum(), 1e-4);
            var argmax = Array.IndexOf(row, row.Max());

            // PredictedLabel is an ML.NET key: 1-based, 0 would mean missing.
            Assert.Equal(argmax, (int)predicted.Values[i] - 1);
            correct += argmax == labels[i] ? 1 : 0;
        }

        Assert.True(correct > 0.9 * x.Length, $"{correct} of {x.Length} held-out rows classified correctly");
    }

    [Theory]
    [InlineData(ClassifierTrainer.LbfgsMaximumEntropy)]
    [InlineData(ClassifierTrainer.LightGbm)]
    public void ClassifierScoresMatchMlNetInProcess(ClassifierTrainer trainer)
    {
        var (fitted, onnx) = SharedFixtures.Classifier(trainer);
        using var model = OnnxModel.Load(onnx);
        var x = SharedFixtures.ClassifierTestX;

        var expected = fitted.PredictScores(x);
        var scores = model.Predict(SharedFixtures.Flatten(x), x.Length, outputName: "Score.output");

        for (var i = 0; i < x.Length; i++)
        {
            AssertClose(expected[i], scores.Row(i), 1e-4, $"row {i}");
        }
    }

    [Theory]
    [InlineData(ClassifierTrainer.LbfgsMaximumEntropy)]
    [InlineData(ClassifierTrainer.LightGbm)]
    public void ScoreColumnsFollowLabelOrderWhateverOrderLabelsFirstAppearIn(ClassifierTrainer trainer)
    {
        // Labels first appear as 2, 1, 0: the default key mapping would put class 2 in column 0.
        var blobs = SharedFixtures.Blobs;
        var order = Enumerable.Range(0, 240).OrderBy(i => -blobs.Labels[i]).ToArray();
        var x = order.Select(i => blobs.X[i]).ToArray();
        var labels = order.Select(i => blobs.Labels[i]).ToArray();
        Assert.Equal(new[] { 2, 1, 0 }, labels.Distinct());

        using var model = OnnxModel.Load(TestModels.TrainClassifierOnnx(x, labels, trainer));
        var scores = model.Predict(SharedFixtures.Flatten(blobs.Centers), blobs.Centers.Length, outputName: "Score.output");

        for (var c = 0; c < blobs.Centers.Length; c++)
        {
            var row = scores.Row(c).ToArray();
            Assert.True(row[c] > 0.9f, $"centre of class {c} scored [{string.Join(", ", row)}]");
        }
    }

    [Theory]
    [InlineData(RegressorTrainer.Sdca)]
    [InlineData(RegressorTrainer.FastTree)]
    [InlineData(RegressorTrainer.LightGbm)]
    public void RegressorMatchesMlNetInProcess(RegressorTrainer trainer)
    {
        var (fitted, onnx) = SharedFixtures.Regressor(trainer);
        using var model = OnnxModel.Load(onnx);
        var x = SharedFixtures.Linear.X[200..];

        var expected = fitted.PredictScores(x);
        var scores = model.Predict(SharedFixtures.Flatten(x), x.Length, outputName: "Score.output");

        Assert.Equal((x.Length, 1), (scores.Rows, scores.Columns));
        AssertClose(expected.Select(e => e[0]).ToArray(), scores.Values, 1e-4, "predictions");
    }

    [Fact]
    public void LinearRegressorLearnsTheLinearTarget()
    {
        using var model = OnnxModel.Load(SharedFixtures.Regressor(RegressorTrainer.Sdca).Onnx);
        var (x, y) = (SharedFixtures.Linear.X[200..], SharedFixtures.Linear.Y[200..]);

        var predictions = model.Predict(SharedFixtures.Flatten(x), x.Length, outputName: "Score.output").Values;

        var mean = y.Average();
        var residual = y.Select((v, i) => Math.Pow(v - predictions[i], 2)).Sum();
        var total = y.Select(v => Math.Pow(v - mean, 2)).Sum();
        Assert.True(1 - (residual / total) > 0.95, $"R² {1 - (residual / total)}");
    }

    [Theory]
    [InlineData(ClassifierTrainer.LbfgsMaximumEntropy)]
    [InlineData(ClassifierTrainer.LightGbm)]
    public void BatchesOfManyRowsGiveTheSameScoresAsOneRowAtATime(ClassifierTrainer trainer)
    {
        using var model = OnnxModel.Load(SharedFixtures.Classifier(trainer).Onnx);

        // 2,500 rows run as batches of 1,024, 1,024 and 452.
        var rows = SyntheticData.Blobs(perClass: 834, classes: 3, dims: SharedFixtures.Dims, seed: 7).X[..2500];
        var all = model.Predict(SharedFixtures.Flatten(rows), rows.Length, outputName: "Score.output");

        Assert.Equal(2500, all.Rows);
        for (var i = 0; i < rows.Length; i++)
        {
            var single = model.Predict(rows[i], 1, outputName: "Score.output");
            AssertClose(single.Values, all.Row(i), 1e-6, $"row {i}");
        }
    }

    [Fact]
    public void LoadsFromAFilePath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"learnware-{Guid.NewGuid():N}.onnx");
        File.WriteAllBytes(path, SharedFixtures.Regressor(RegressorTrainer.FastTree).Onnx);
        try
        {
            using var model = OnnxModel.Load(path);

            Assert.Equal(path, model.Name);
            var output = model.Predict(SharedFixtures.Linear.X[0], 1, outputName: "Score.output");
            Assert.Equal(1, output.Rows);
            Assert.True(float.IsFinite(output.Values[0]));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void AssertClose(ReadOnlySpan<float> expected, ReadOnlySpan<float> actual, double tolerance, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(
                Math.Abs(expected[i] - actual[i]) <= tolerance,
                $"{what}, value {i}: expected {expected[i]}, got {actual[i]}");
        }
    }
}
