using System.Buffers.Binary;
using Learnware.Checking;
using Learnware.Models;
using Learnware.Tests.Checking;
using Learnware.Tests.Models;

namespace Learnware.Tests.Security;

/// <summary>
/// A model from a package may not keep tensor data in external files: ONNX Runtime would read them from the working
/// folder of whoever opens the package. Every place a tensor can sit is refused, with the tensor named.
/// </summary>
public class ExternalDataTests(LearnwareFixture fixture) : IClassFixture<LearnwareFixture>
{
    private static OnnxGraph Passthrough(string name = "main") => new OnnxGraph(name)
        .Input("x", OnnxGraph.Float, -1, 4)
        .Node("Identity", ["x"], ["y"])
        .Output("y", OnnxGraph.Float, -1, 4);

    private static string Refusal(byte[] onnx)
    {
        var e = Assert.Throws<ModelException>(() => OnnxModel.Load(onnx, "hostile.onnx"));
        Assert.StartsWith("hostile.onnx is not self-contained: ", e.Message, StringComparison.Ordinal);
        Assert.Contains("external file", e.Message, StringComparison.Ordinal);
        return e.Message;
    }

    [Theory]
    [InlineData("secret.txt", true, true)]
    [InlineData("sub/secret.txt", true, false)]
    [InlineData("secret.txt", false, true)]
    public void AnInitializerInTheMainGraph_IsRefused(string location, bool flag, bool entry)
    {
        var onnx = Passthrough().ExternalInitializer("weights", location, [4], flag, entry).ToBytes();

        Assert.Contains("tensor 'weights' in graph 'main'", Refusal(onnx), StringComparison.Ordinal);
    }

    [Fact]
    public void AConstantNodesValue_IsRefused()
    {
        var onnx = WithConstantNode(Passthrough(), OnnxGraph.ExternalTensor("leak", "secret.txt", [4])).ToBytes();

        Assert.Contains("tensor 'leak' in attribute 'value' in node 'Constant_leaked'", Refusal(onnx), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Loop", "body")]
    [InlineData("Scan", "body")]
    [InlineData("If", "then_branch")]
    [InlineData("If", "else_branch")]
    public void AnInitializerInASubgraph_IsRefused(string op, string attribute)
    {
        var body = new OnnxGraph("inner").ExternalInitializer("hidden", "secret.txt", [4]);
        var onnx = Passthrough().GraphNode(op, ["x"], ["z"], (attribute, body)).ToBytes();

        var message = Refusal(onnx);

        Assert.Contains("tensor 'hidden' in graph 'inner'", message, StringComparison.Ordinal);
        Assert.Contains($"attribute '{attribute}'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnInitializerTwoSubgraphsDeep_IsRefused()
    {
        var innermost = new OnnxGraph("then").ExternalInitializer("deep", "sub/secret.txt", [4]);
        var loopBody = new OnnxGraph("loop_body").GraphNode("If", ["c"], ["r"], ("then_branch", innermost), ("else_branch", new OnnxGraph("else")));
        var onnx = Passthrough().GraphNode("Loop", ["m", "c"], ["z"], ("body", loopBody)).ToBytes();

        var message = Refusal(onnx);

        Assert.Contains("tensor 'deep' in graph 'then'", message, StringComparison.Ordinal);
        Assert.Contains("graph 'loop_body'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFunctionBody_IsRefused()
    {
        var onnx = Passthrough().ConstantFunction("leaky", OnnxGraph.ExternalTensor("in_function", "secret.txt", [4])).ToBytes();

        var message = Refusal(onnx);

        Assert.Contains("tensor 'in_function' in attribute 'value' in node 'leaky_constant' in function 'leaky'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheValuesOfASparseInitializer_AreRefused()
    {
        var indices = new ProtoWriter().Int(1, 1).Int(2, OnnxGraph.Int64).String(8, "idx").Int(7, 0);
        var onnx = Passthrough().SparseInitializer(OnnxGraph.ExternalTensor("sparse_values", "secret.txt", [1]), indices, 4).ToBytes();

        Assert.Contains("tensor 'sparse_values'", Refusal(onnx), StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedFraming_IsNotALoadableModel()
    {
        var onnx = Passthrough().ToBytes();
        var truncated = onnx[..^3];

        var e = Assert.Throws<ModelException>(() => OnnxModel.Load(truncated, "cut.onnx"));

        Assert.StartsWith("cut.onnx is not a loadable ONNX model: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeeplyNestedSubgraphs_AreRefusedWithoutOverflowingTheStack()
    {
        var graph = new OnnxGraph("g0");
        for (var i = 1; i < 200; i++)
        {
            graph = new OnnxGraph($"g{i}").GraphNode("If", ["c"], ["r"], ("then_branch", graph));
        }

        var e = Assert.Throws<ModelException>(() => OnnxModel.Load(graph.ToBytes(), "deep.onnx"));

        Assert.Contains("nested more than", e.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The attack itself: a file beside the process holds 16 bytes, and the model hands them out as an extra output
    /// (ONNX Runtime's optimisers leave an initializer that is a graph output alone, so it is read at load time and
    /// the check passes). Refused before ONNX Runtime sees it: the check fails at "model loads" with the tensor named,
    /// and the file's bytes appear nowhere in the report.
    /// </summary>
    [Fact]
    public void TheCheckerRefusesAModelThatReadsAFileFromTheWorkingFolder()
    {
        var secretName = $"secret-{Guid.NewGuid():N}.bin";
        var secret = Path.Combine(Environment.CurrentDirectory, secretName);
        var bytes = new byte[16];
        for (var i = 0; i < 4; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * 4), 4242.5f + i);
        }

        File.WriteAllBytes(secret, bytes);
        try
        {
            var spec = fixture.Regressor.Manifest.Model;
            var onnx = new OnnxGraph("main")
                .Input(spec.Input.Name, OnnxGraph.Float, -1, 4)
                .ExternalInitializer("stolen", secretName, [4])
                .Int64Initializer("axes", 1)
                .Node("ReduceSum", [spec.Input.Name, "axes"], [spec.Output.Name], ("keepdims", 1))
                .Output(spec.Output.Name, OnnxGraph.Float, -1, 1)
                .Output("stolen", OnnxGraph.Float, 4)
                .ToBytes();
            var package = LearnwareFixture.WithFile(fixture.Regressor, TestPackages.ModelFile, onnx);

            var report = new LearnwareChecker().Check(package);

            Assert.False(report.Passed);
            var loads = Assert.Single(report.Results, r => r.Name == "model loads");
            Assert.Equal(CheckStatus.Failed, loads.Status);
            Assert.Contains("tensor 'stolen'", loads.Detail, StringComparison.Ordinal);
            Assert.DoesNotContain("4242", string.Join("\n", report.Results.Select(r => r.Detail)), StringComparison.Ordinal);
            var e = Assert.Throws<ModelException>(() => OnnxModel.Load(onnx, "stealing.onnx"));
            Assert.Contains("tensor 'stolen'", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    private static OnnxGraph WithConstantNode(OnnxGraph graph, ProtoWriter tensor) =>
        graph.RawNode(new ProtoWriter().String(2, "leaked").String(3, "Constant_leaked").String(4, "Constant")
            .Message(5, new ProtoWriter().String(1, "value").Message(5, tensor).Int(20, 4)));
}
