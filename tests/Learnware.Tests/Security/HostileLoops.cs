using Learnware.Tests.Models;

namespace Learnware.Tests.Security;

/// <summary>ONNX models built to run for ever or to eat memory, from an ONNX <c>Loop</c> with 10^15 iterations.</summary>
internal static class HostileLoops
{
    public const long Iterations = 1_000_000_000_000_000;

    /// <summary>
    /// Input <paramref name="input"/> [-1, <paramref name="features"/>] summed to [-1, 1], then carried through a Loop
    /// of 10^15 Identity steps to output <paramref name="output"/> [-1, 1]: a run that never ends on its own.
    /// </summary>
    public static byte[] Endless(string input = "x", string output = "y", int features = 4) =>
        Looping(input, output, features, scanElements: 0);

    /// <summary>
    /// The same Loop, each iteration also emitting a fresh tensor of <paramref name="scanElements"/> floats as a scan
    /// output, which ONNX Runtime keeps until the loop ends: memory grows by that much per iteration.
    /// </summary>
    public static byte[] Hungry(int scanElements, string input = "x", string output = "y", int features = 4) =>
        Looping(input, output, features, scanElements);

    private static byte[] Looping(string input, string output, int features, int scanElements)
    {
        var body = new OnnxGraph("body")
            .Input("i", OnnxGraph.Int64)
            .Input("keep_going", OnnxGraph.Bool)
            .Input("carried", OnnxGraph.Float, -1, 1)
            .Node("Identity", ["keep_going"], ["keep_going_out"])
            .Node("Identity", ["carried"], ["carried_out"])
            .Output("keep_going_out", OnnxGraph.Bool)
            .Output("carried_out", OnnxGraph.Float, -1, 1);
        string[] loopOutputs = [output];
        if (scanElements > 0)
        {
            body.Int64Initializer("scan_shape", scanElements)
                .Node("Cast", ["i"], ["i_float"], ("to", OnnxGraph.Float))
                .Node("Expand", ["i_float", "scan_shape"], ["scan"])
                .Output("scan", OnnxGraph.Float, scanElements);
            loopOutputs = [output, "stacked"];
        }

        return new OnnxGraph("main")
            .Input(input, OnnxGraph.Float, -1, features)
            .Int64Initializer("axes", 1)
            .Node("ReduceSum", [input, "axes"], ["total"], ("keepdims", 1))
            .ScalarInitializer("trip_count", OnnxGraph.Int64, Iterations)
            .ScalarInitializer("start", OnnxGraph.Bool, 1)
            .GraphNode("Loop", ["trip_count", "start", "total"], loopOutputs, ("body", body))
            .Output(output, OnnxGraph.Float, -1, 1)
            .ToBytes();
    }
}
