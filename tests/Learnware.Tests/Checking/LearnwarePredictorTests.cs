using Learnware.Models;
using Learnware.Packaging;
using Learnware.Tests.Models;

namespace Learnware.Tests.Checking;

public class LearnwarePredictorTests(LearnwareFixture fixture) : IClassFixture<LearnwareFixture>
{
    private static readonly float[][] TestX = SharedFixtures.ClassifierTestX;

    private static Prediction Predict(LearnwarePackage package, float[][] x)
    {
        using var predictor = LearnwarePredictor.Open(package);
        return predictor.Predict(TestPackages.Matrix(x));
    }

    private static ModelOutput Raw(byte[] onnx, float[][] x, string output)
    {
        using var model = OnnxModel.Load(onnx);
        return model.Predict(SharedFixtures.Flatten(x), x.Length, outputName: output);
    }

    [Fact]
    public void Predict_GivesTheModelsProbabilities_AndLabelsThatMatchTheBlobs()
    {
        var prediction = Predict(fixture.Classifier, TestX);
        var raw = Raw(LearnwareFixture.ClassifierOnnx, TestX, "Score.output");

        Assert.Equal(ModelKind.Classifier, prediction.Kind);
        Assert.Equal((TestX.Length, LearnwareFixture.Classes), (prediction.Probabilities!.Rows, prediction.Probabilities.Columns));
        Assert.Equal(raw.Values.Select(v => (double)v), prediction.Probabilities.Data);
        int correct = prediction.Labels!.Zip(SharedFixtures.ClassifierTestLabels).Count(p => p.First == p.Second);
        Assert.True(correct >= 0.95 * TestX.Length, $"{correct} of {TestX.Length} correct");
        Assert.Null(prediction.Values);
    }

    [Fact]
    public void Predict_MovesProbabilityColumns_ToTheClassesTheManifestNames()
    {
        var output = fixture.Classifier.Manifest.Model.Output with { Classes = [2, 0, 1] };
        var prediction = Predict(LearnwareFixture.WithOutput(fixture.Classifier, output), TestX);
        var plain = Predict(fixture.Classifier, TestX);

        var p = prediction.Probabilities!;
        var q = plain.Probabilities!;
        for (int r = 0; r < TestX.Length; r++)
        {
            // Column j of the model is class classes[j].
            Assert.Equal([q.Row(r)[1], q.Row(r)[2], q.Row(r)[0]], p.Row(r).ToArray());
            Assert.Equal(new[] { 2, 0, 1 }[plain.Labels![r]], prediction.Labels![r]);
        }
    }

    [Fact]
    public void Predict_AppliesSoftmax_ToScores()
    {
        var onnx = HandBuiltModels.SigmoidHead(LearnwareFixture.Features, LearnwareFixture.Classes);
        var package = TestPackages.Pack(onnx, SemanticSpecs.Json("Classification", LearnwareFixture.Features, LearnwareFixture.Classes),
            fixture.Classifier.Files[TestPackages.StatFile], new ManifestOverrides { Meaning = OutputMeaning.Scores });
        var x = TestX[..20];

        var probabilities = Predict(package, x).Probabilities!;
        var raw = Raw(onnx, x, "p");

        for (int r = 0; r < x.Length; r++)
        {
            var scores = raw.Row(r).ToArray();
            Assert.NotEqual(1.0, scores.Sum(), 1e-2);
            double norm = scores.Sum(s => Math.Exp(s));
            var expected = scores.Select(s => Math.Exp(s) / norm).ToArray();
            Assert.Equal(1.0, probabilities.Row(r).ToArray().Sum(), 1e-6);
            for (int c = 0; c < expected.Length; c++)
                Assert.Equal(expected[c], probabilities.Row(r)[c], 1e-6);
        }
    }

    [Fact]
    public void Predict_ReadsWholeNumbers_AsLabels()
    {
        using var predictor = LabelPredictor();

        var prediction = predictor.Predict(new([2, 0, 1], 3, 1));

        Assert.Equal([2, 0, 1], prediction.Labels!);
        Assert.Null(prediction.Probabilities);
    }

    [Fact]
    public void Predict_RefusesLabels_ThatAreNotWholeNumbers()
    {
        using var predictor = LabelPredictor();

        var error = Assert.Throws<ModelException>(() => predictor.Predict(new([2, 1.5], 2, 1)));

        Assert.Equal("output 'y' is declared as labels but row 1 holds 1.5, not a whole number", error.Message);
    }

    [Fact]
    public void Predict_GivesTheRegressorsValues()
    {
        var x = SharedFixtures.Linear.X[200..];

        var prediction = Predict(fixture.Regressor, x);
        var expected = SharedFixtures.Regressor(RegressorTrainer.Sdca).Model.PredictScores(x);

        Assert.Equal((ModelKind.Regressor, x.Length, 1), (prediction.Kind, prediction.Values!.Rows, prediction.Values.Columns));
        for (int r = 0; r < x.Length; r++)
            Assert.Equal(expected[r][0], prediction.Values.Row(r)[0], 1e-4);
        Assert.Null(prediction.Labels);
    }

    [Fact]
    public void Predict_RefusesData_WithAnotherNumberOfColumns()
    {
        using var predictor = LearnwarePredictor.Open(fixture.Classifier);

        var error = Assert.Throws<ModelException>(() => predictor.Predict(new(new double[9], 3, 3)));

        Assert.Equal("the model takes 4 features per row, the data has 3", error.Message);
    }

    // A classifier whose one-column float output is its input, read as labels.
    private static LearnwarePredictor LabelPredictor() => new(
        OnnxModel.Load(HandBuiltModels.Identity(1)),
        new ModelSpec("model.onnx", ModelKind.Classifier, new ModelInputSpec("x", [1]), new ModelOutputSpec("y", [1], OutputMeaning.Labels)),
        classCount: 3);
}
