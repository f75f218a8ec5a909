using Learnware.Models;

namespace Learnware.Tests.Models;

/// <summary>Shapes and output types that ML.NET does not export, on hand-built graphs.</summary>
public class OnnxModelGraphTests
{
    [Theory]
    [InlineData(OnnxGraph.Double, ModelElementType.Double, false, new[] { 0f, 1.5f, 3f })]
    [InlineData(OnnxGraph.Int64, ModelElementType.Int64, true, new[] { 0f, 1f, 3f })]
    [InlineData(OnnxGraph.Int32, ModelElementType.Int32, true, new[] { 0f, 1f, 3f })]
    [InlineData(OnnxGraph.UInt32, ModelElementType.UInt32, true, new[] { 0f, 1f, 3f })]
    [InlineData(OnnxGraph.Bool, ModelElementType.Bool, true, new[] { 0f, 1f, 1f })]
    [InlineData(OnnxGraph.Float, ModelElementType.Float, false, new[] { 0f, 1.5f, 3f })]
    public void OutputsOfEachNumericTypeComeBackAsFloats(int onnxType, ModelElementType type, bool isInteger, float[] expected)
    {
        using var model = OnnxModel.Load(new OnnxGraph()
            .Input("x", OnnxGraph.Float, -1, 3)
            .Node("Cast", ["x"], ["y"], ("to", onnxType))
            .Output("y", onnxType, -1, 3)
            .ToBytes());

        Assert.Equal(type, Assert.Single(model.Outputs).ElementType);
        var output = model.Predict([0f, 1.5f, 3f, 0f, 1.5f, 3f], 2);

        Assert.Equal("y", output.Name);
        Assert.Equal((2, 3), (output.Rows, output.Columns));
        Assert.Equal(isInteger, output.IsInteger);
        Assert.Equal(expected.Concat(expected), output.Values);
    }

    [Fact]
    public void OneDimensionalOutputHasOneColumn()
    {
        using var model = OnnxModel.Load(new OnnxGraph()
            .Input("x", OnnxGraph.Float, -1, 3)
            .Int64Initializer("axes", 1)
            .Node("ReduceSum", ["x", "axes"], ["sum"], ("keepdims", 0))
            .Output("sum", OnnxGraph.Float, -1)
            .ToBytes());

        var output = model.Predict([1f, 2f, 3f, 10f, 20f, 30f], 2);

        Assert.Equal(new[] { -1 }, model.Outputs[0].Shape);
        Assert.Equal((2, 1), (output.Rows, output.Columns));
        Assert.Equal(new[] { 6f, 60f }, output.Values);
    }

    [Fact]
    public void MultiDimensionalSamplesAreFedInTheirShapeAndFlattenedOnOutput()
    {
        // Neg keeps the [N, 2, 3] layout; Transpose moves the batch axis last, which has no row-per-sample reading.
        using var transpose = OnnxModel.Load(new OnnxGraph()
            .Input("x", OnnxGraph.Float, -1, 2, 3)
            .Node("Transpose", ["x"], ["t"])
            .Output("t", OnnxGraph.Float, 3, 2, -1)
            .ToBytes());
        using var perSample = OnnxModel.Load(new OnnxGraph()
            .Input("x", OnnxGraph.Float, -1, 2, 3)
            .Node("Neg", ["x"], ["n"])
            .Output("n", OnnxGraph.Float, -1, 2, 3)
            .ToBytes());

        var output = perSample.Predict([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 2);

        Assert.Equal((2, 6), (output.Rows, output.Columns));
        Assert.Equal(new[] { -1f, -2, -3, -4, -5, -6, -7, -8, -9, -10, -11, -12 }, output.Values);
        var transposed = Assert.Throws<ModelException>(() => transpose.Predict([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 2));
        Assert.Contains("one output row per input row", transposed.Message);
    }

    [Fact]
    public void ADynamicSampleDimensionTakesItsSizeFromTheRowLength()
    {
        using var model = OnnxModel.Load(new OnnxGraph()
            .Input("x", OnnxGraph.Float, -1, -1)
            .Node("Abs", ["x"], ["y"])
            .Output("y", OnnxGraph.Float, -1, -1)
            .ToBytes());

        var output = model.Predict([-1, 2, -3, 4, -5, 6, -7, 8, -9, 10], 2);

        Assert.Equal(new[] { -1, -1 }, model.Inputs[0].Shape);
        Assert.Equal((2, 5), (output.Rows, output.Columns));
        Assert.Equal(new[] { 1f, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, output.Values);
    }

    [Fact]
    public void AFixedBatchSizeRunsRowsInBatchesOfThatSize()
    {
        using var model = OnnxModel.Load(new OnnxGraph()
            .Input("x", OnnxGraph.Float, 2, 3)
            .Node("Neg", ["x"], ["y"])
            .Output("y", OnnxGraph.Float, 2, 3)
            .ToBytes());

        var rows = Enumerable.Range(0, 12).Select(i => (float)i).ToArray();
        var output = model.Predict(rows, 4);

        Assert.Equal((4, 3), (output.Rows, output.Columns));
        Assert.Equal(rows.Select(v => -v), output.Values);
    }

    [Fact]
    public void InputsAndOutputsAreListedInGraphOrder()
    {
        using var model = OnnxModel.Load(new OnnxGraph()
            .Input("b", OnnxGraph.Float, -1, 2)
            .Input("a", OnnxGraph.Int64, 1)
            .Node("Neg", ["b"], ["z"])
            .Node("Abs", ["b"], ["y"])
            .Output("z", OnnxGraph.Float, -1, 2)
            .Output("y", OnnxGraph.Float, -1, 2)
            .ToBytes());

        Assert.Equal(new[] { "b", "a" }, model.Inputs.Select(i => i.Name));
        Assert.Equal(ModelElementType.Int64, model.Inputs[1].ElementType);
        Assert.Equal(new[] { "z", "y" }, model.Outputs.Select(o => o.Name));
        Assert.Equal("b: float[-1, 2]", model.Inputs[0].ToString());
    }
}
