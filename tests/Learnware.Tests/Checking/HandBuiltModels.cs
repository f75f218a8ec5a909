using Learnware.Tests.Models;

namespace Learnware.Tests.Checking;

/// <summary>Small ONNX graphs for outputs that ML.NET does not export.</summary>
internal static class HandBuiltModels
{
    /// <summary>
    /// A multi-label head: <c>sigmoid(x · W)</c> from input <c>x</c> [-1, features] to output <c>p</c> [-1, classes].
    /// Each value lies in (0, 1) but a row does not sum to 1.
    /// </summary>
    public static byte[] SigmoidHead(int features, int classes)
    {
        var weights = Enumerable.Range(0, features * classes).Select(i => (i % 3 - 1) * 0.05f + i * 0.01f).ToArray();
        return new OnnxGraph()
            .Input("x", OnnxGraph.Float, -1, features)
            .Constant("w", [features, classes], weights)
            .Node("MatMul", ["x", "w"], ["z"])
            .Node("Sigmoid", ["z"], ["p"])
            .Output("p", OnnxGraph.Float, -1, classes)
            .ToBytes();
    }

    /// <summary>Passes its input <c>x</c> [-1, columns] through as output <c>y</c>.</summary>
    public static byte[] Identity(int columns) => new OnnxGraph()
        .Input("x", OnnxGraph.Float, -1, columns)
        .Node("Identity", ["x"], ["y"])
        .Output("y", OnnxGraph.Float, -1, columns)
        .ToBytes();
}
