using System.Text;
using Learnware.Models;

namespace Learnware.Tests.Models;

/// <summary>Every way a model can be misused or broken ends in a <see cref="ModelException"/> that says what and why.</summary>
public class OnnxModelErrorTests
{
    private static readonly float[] _twoRows = SharedFixtures.Flatten(SharedFixtures.ClassifierTestX[..2]);

    [Fact]
    public void GarbageBytesAreNotALoadableModel()
    {
        var e = Assert.Throws<ModelException>(() => OnnxModel.Load(Encoding.UTF8.GetBytes("this is not an onnx model")));

        Assert.StartsWith("model.onnx is not a loadable ONNX model: ", e.Message);
        Assert.NotNull(e.InnerException);
    }

    [Fact]
    public void EmptyBytesAreNotALoadableModel()
    {
        var e = Assert.Throws<ModelException>(() => OnnxModel.Load([], "empty.onnx"));

        Assert.Equal("empty.onnx is not a loadable ONNX model: it is empty", e.Message);
    }

    [Fact]
    public void AGraphWithAnUnknownOperatorIsNotALoadableModel()
    {
        var bytes = new OnnxGraph()
            .Input("x", OnnxGraph.Float, -1, 2)
            .Node("NoSuchOperator", ["x"], ["y"])
            .Output("y", OnnxGraph.Float, -1, 2)
            .ToBytes();

        var e = Assert.Throws<ModelException>(() => OnnxModel.Load(bytes, "broken.onnx"));

        Assert.StartsWith("broken.onnx is not a loadable ONNX model: ", e.Message);
        Assert.Contains("NoSuchOperator", e.Message);
    }

    [Fact]
    public void AMissingFileIsNamed()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.onnx");

        var e = Assert.Throws<ModelException>(() => OnnxModel.Load(path));

        Assert.Equal($"model file '{path}' does not exist", e.Message);
    }

    [Fact]
    public void ARowOfTheWrongLengthIsRejected()
    {
        using var model = Classifier();
        var rows = new float[2 * (SharedFixtures.Dims - 1)];

        var e = Assert.Throws<ModelException>(() => model.Predict(rows, 2, outputName: "Score.output"));

        Assert.Contains("input 'Features' of model.onnx expects 4 values per sample", e.Message);
        Assert.Contains("got 3", e.Message);
    }

    [Fact]
    public void ValuesThatDoNotSplitIntoRowsAreRejected()
    {
        using var model = Classifier();

        var e = Assert.Throws<ModelException>(() => model.Predict(new float[9], 2, outputName: "Score.output"));

        Assert.Contains("9 values do not split evenly into 2 rows", e.Message);
    }

    [Fact]
    public void AnUnknownInputNameListsTheInputs()
    {
        using var model = Classifier();

        var e = Assert.Throws<ModelException>(() => model.Predict(_twoRows, 2, "features", "Score.output"));

        Assert.Equal("model.onnx has no input 'features'; its inputs are: 'Features'", e.Message);
    }

    [Fact]
    public void AnUnknownOutputNameListsTheOutputs()
    {
        using var model = Classifier();

        var e = Assert.Throws<ModelException>(() => model.Predict(_twoRows, 2, outputName: "Score"));

        Assert.StartsWith("model.onnx has no output 'Score'; its outputs are: ", e.Message);
        Assert.Contains("'Score.output'", e.Message);
        Assert.Contains("'PredictedLabel.output'", e.Message);
    }

    [Fact]
    public void SeveralOutputsNeedOneNamed()
    {
        using var model = Classifier();

        var e = Assert.Throws<ModelException>(() => model.Predict(_twoRows, 2));

        Assert.Contains($"model.onnx has {model.Outputs.Count} outputs (", e.Message);
        Assert.Contains("'Score.output'", e.Message);
        Assert.Contains("name the one to use", e.Message);
    }

    [Fact]
    public void SeveralInputsNeedOneNamed()
    {
        using var model = TwoInputSum();

        var e = Assert.Throws<ModelException>(() => model.Predict([1, 2], 1));

        Assert.Equal("model.onnx has 2 inputs ('a', 'b'); name the one to use", e.Message);
    }

    [Fact]
    public void AnInputLeftWithoutDataFailsAtRunTime()
    {
        using var model = TwoInputSum();

        var e = Assert.Throws<ModelException>(() => model.Predict([1, 2], 1, "a"));

        Assert.StartsWith("model.onnx failed to run on rows 0..0: ", e.Message);
        Assert.Contains("b", e.Message[e.Message.IndexOf(':')..]);
    }

    [Fact]
    public void AModelWithoutInputsCannotTakeRows()
    {
        using var model = OnnxModel.Load(new OnnxGraph()
            .Constant("c", [1, 1], [5f])
            .Output("c", OnnxGraph.Float, 1, 1)
            .ToBytes());

        var e = Assert.Throws<ModelException>(() => model.Predict([1], 1));

        Assert.Equal("model.onnx has no inputs", e.Message);
    }

    [Fact]
    public void NonFloatInputsAreRejected()
    {
        using var model = OnnxModel.Load(new OnnxGraph()
            .Input("ids", OnnxGraph.Int64, -1, 2)
            .Node("Identity", ["ids"], ["out"])
            .Output("out", OnnxGraph.Int64, -1, 2)
            .ToBytes());

        var e = Assert.Throws<ModelException>(() => model.Predict([1, 2], 1));

        Assert.Equal("input 'ids' of model.onnx takes int64 values; only float inputs are supported", e.Message);
    }

    [Fact]
    public void NonTensorOutputsAreRejected()
    {
        using var model = OnnxModel.Load(new OnnxGraph()
            .Input("x", OnnxGraph.Float, -1, 2)
            .Node("SequenceConstruct", ["x"], ["seq"])
            .SequenceOutput("seq")
            .ToBytes());

        Assert.Equal(ModelElementType.NotTensor, model.Outputs[0].ElementType);
        var e = Assert.Throws<ModelException>(() => model.Predict([1, 2], 1));

        Assert.Equal("output 'seq' of model.onnx holds non-tensor values, which cannot be read as numbers", e.Message);
    }

    [Fact]
    public void AFixedBatchSizeThatCannotTakeTheRowsIsRejected()
    {
        using var model = OnnxModel.Load(new OnnxGraph()
            .Input("x", OnnxGraph.Float, 2, 3)
            .Node("Neg", ["x"], ["y"])
            .Output("y", OnnxGraph.Float, 2, 3)
            .ToBytes());

        var e = Assert.Throws<ModelException>(() => model.Predict(new float[9], 3));

        Assert.Contains("input 'x' of model.onnx has a fixed batch size of 2, which cannot take 3 rows", e.Message);
    }

    [Fact]
    public void AFailureInsideTheModelNamesTheRows()
    {
        // Rows of three broadcast against the constant [1, 3]; rows of two only fail once the model runs.
        using var model = OnnxModel.Load(new OnnxGraph()
            .Input("x", OnnxGraph.Float, -1, -1)
            .Constant("c", [1, 3], [1f, 2f, 3f])
            .Node("Add", ["x", "c"], ["y"])
            .Output("y", OnnxGraph.Float, -1, 3)
            .ToBytes());

        Assert.Equal(new[] { 1f, 2, 3, 2, 3, 4 }, model.Predict([0, 0, 0, 1, 1, 1], 2).Values);
        var e = Assert.Throws<ModelException>(() => model.Predict(new float[4], 2));

        Assert.StartsWith("model.onnx failed to run on rows 0..1: ", e.Message);
        Assert.IsType<Microsoft.ML.OnnxRuntime.OnnxRuntimeException>(e.InnerException);
    }

    [Fact]
    public void ArgumentsOutsideTheModelsConcernThrowArgumentExceptions()
    {
        var model = Classifier();

        Assert.Throws<ArgumentOutOfRangeException>(() => model.Predict(_twoRows, 0, outputName: "Score.output"));
        model.Dispose();
        Assert.Throws<ObjectDisposedException>(() => model.Predict(_twoRows, 2, outputName: "Score.output"));
    }

    private static OnnxModel Classifier() =>
        OnnxModel.Load(SharedFixtures.Classifier(ClassifierTrainer.LbfgsMaximumEntropy).Onnx);

    /// <summary>a + b over two float inputs of 2 values per sample.</summary>
    private static OnnxModel TwoInputSum() => OnnxModel.Load(new OnnxGraph()
        .Input("a", OnnxGraph.Float, -1, 2)
        .Input("b", OnnxGraph.Float, -1, 2)
        .Node("Add", ["a", "b"], ["sum"])
        .Output("sum", OnnxGraph.Float, -1, 2)
        .ToBytes());
}
