using System.Buffers.Binary;

namespace Learnware.Tests.Models;

/// <summary>
/// Builds small ONNX models op by op, for shapes and types that ML.NET does not export
/// (integer inputs, fixed batch sizes, several inputs, ...). Field numbers are those of onnx.proto.
/// </summary>
internal sealed class OnnxGraph
{
    // TensorProto.DataType codes.
    public const int Float = 1;
    public const int Int32 = 6;
    public const int Int64 = 7;
    public const int Bool = 9;
    public const int Double = 11;
    public const int UInt32 = 12;

    private readonly ProtoWriter _graph;
    private readonly List<ProtoWriter> _functions = [];

    public OnnxGraph(string name = "test") => _graph = new ProtoWriter().String(2, name);

    /// <summary>Declares a graph input; -1 in <paramref name="dims"/> is a named dynamic dimension.</summary>
    public OnnxGraph Input(string name, int elementType, params int[] dims)
    {
        _graph.Message(11, ValueInfo(name, TensorType(elementType, dims, name)));
        return this;
    }

    /// <summary>Declares a graph output; -1 in <paramref name="dims"/> is a named dynamic dimension.</summary>
    public OnnxGraph Output(string name, int elementType, params int[] dims)
    {
        _graph.Message(12, ValueInfo(name, TensorType(elementType, dims, name)));
        return this;
    }

    /// <summary>Declares an output that is a sequence of float tensors rather than a tensor.</summary>
    public OnnxGraph SequenceOutput(string name)
    {
        var sequence = new ProtoWriter().Message(1, TensorType(Float, [-1, -1], name));
        _graph.Message(12, ValueInfo(name, new ProtoWriter().Message(4, sequence)));
        return this;
    }

    /// <summary>Adds a node with integer attributes.</summary>
    public OnnxGraph Node(string opType, string[] inputs, string[] outputs, params (string Name, long Value)[] attributes)
    {
        var node = NodeHeader(opType, inputs, outputs);
        foreach (var (name, value) in attributes)
        {
            node.Message(5, new ProtoWriter().String(1, name).Int(3, value).Int(20, 2));
        }

        _graph.Message(1, node);
        return this;
    }

    /// <summary>Adds a Constant node that yields a float tensor.</summary>
    public OnnxGraph Constant(string output, long[] dims, float[] values)
    {
        var node = new ProtoWriter().String(2, output).String(3, $"Constant_{output}").String(4, "Constant")
            .Message(5, new ProtoWriter().String(1, "value").Message(5, FloatTensor(output, dims, values)).Int(20, 4));
        _graph.Message(1, node);
        return this;
    }

    /// <summary>Adds a constant int64 tensor (such as a target shape for Reshape).</summary>
    public OnnxGraph Int64Initializer(string name, params long[] values)
    {
        var raw = new byte[values.Length * sizeof(long)];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(raw.AsSpan(i * sizeof(long)), values[i]);
        }

        _graph.Message(5, new ProtoWriter().Int(1, values.Length).Int(2, Int64).String(8, name).Bytes(9, raw));
        return this;
    }

    /// <summary>Adds a node whose attributes are graphs, such as the body of a Loop or the branches of an If.</summary>
    public OnnxGraph GraphNode(string opType, string[] inputs, string[] outputs, params (string Name, OnnxGraph Graph)[] attributes)
    {
        var node = NodeHeader(opType, inputs, outputs);
        foreach (var (name, graph) in attributes)
        {
            node.Message(5, new ProtoWriter().String(1, name).Message(6, graph._graph).Int(20, 5));
        }

        _graph.Message(1, node);
        return this;
    }

    /// <summary>Adds a node written by the caller.</summary>
    public OnnxGraph RawNode(ProtoWriter node)
    {
        _graph.Message(1, node);
        return this;
    }

    /// <summary>Adds a scalar initializer (no dimensions) of an integer or bool type.</summary>
    public OnnxGraph ScalarInitializer(string name, int elementType, long value)
    {
        var tensor = new ProtoWriter().Int(2, elementType).String(8, name);
        tensor.Int(elementType == Int64 ? 7 : 5, value);
        _graph.Message(5, tensor);
        return this;
    }

    /// <summary>
    /// Adds a float initializer whose data lives in an external file, declared by <c>data_location = EXTERNAL</c>
    /// and an <c>external_data</c> location entry, or by only one of the two.
    /// </summary>
    public OnnxGraph ExternalInitializer(string name, string location, long[] dims, bool locationFlag = true, bool locationEntry = true)
    {
        _graph.Message(5, ExternalTensor(name, location, dims, locationFlag, locationEntry));
        return this;
    }

    /// <summary>A float tensor message whose data lives in an external file.</summary>
    public static ProtoWriter ExternalTensor(string name, string location, long[] dims, bool locationFlag = true, bool locationEntry = true)
    {
        var tensor = new ProtoWriter();
        foreach (var dim in dims)
        {
            tensor.Int(1, dim);
        }

        tensor.Int(2, Float).String(8, name);
        if (locationEntry)
        {
            tensor.Message(13, new ProtoWriter().String(1, "location").String(2, location));
        }

        if (locationFlag)
        {
            tensor.Int(14, 1);
        }

        return tensor;
    }

    /// <summary>Adds a sparse initializer whose values are the given tensor message.</summary>
    public OnnxGraph SparseInitializer(ProtoWriter values, ProtoWriter indices, params long[] dims)
    {
        var sparse = new ProtoWriter().Message(1, values).Message(2, indices);
        foreach (var dim in dims)
        {
            sparse.Int(3, dim);
        }

        _graph.Message(15, sparse);
        return this;
    }

    /// <summary>Adds a model-local function whose body is one Constant node yielding <paramref name="value"/>.</summary>
    public OnnxGraph ConstantFunction(string name, ProtoWriter value)
    {
        var constant = new ProtoWriter().String(2, "out").String(3, $"{name}_constant").String(4, "Constant")
            .Message(5, new ProtoWriter().String(1, "value").Message(5, value).Int(20, 4));
        _functions.Add(new ProtoWriter().String(1, name).String(5, "out").Message(7, constant).String(10, "local"));
        return this;
    }

    public byte[] ToBytes(int opset = 13)
    {
        var model = new ProtoWriter()
            .Int(1, 7)
            .String(2, "learnware-tests")
            .Message(7, _graph)
            .Message(8, new ProtoWriter().String(1, string.Empty).Int(2, opset));
        foreach (var function in _functions)
        {
            model.Message(25, function);
        }

        return model.ToArray();
    }

    /// <summary>A node's inputs, outputs, name (after its first output) and operator, without attributes.</summary>
    private static ProtoWriter NodeHeader(string opType, string[] inputs, string[] outputs)
    {
        var node = new ProtoWriter();
        foreach (var input in inputs)
        {
            node.String(1, input);
        }

        foreach (var output in outputs)
        {
            node.String(2, output);
        }

        return node.String(3, $"{opType}_{outputs[0]}").String(4, opType);
    }

    private static ProtoWriter FloatTensor(string name, long[] dims, float[] values)
    {
        var tensor = new ProtoWriter();
        foreach (var dim in dims)
        {
            tensor.Int(1, dim);
        }

        tensor.Int(2, Float).String(8, name);
        foreach (var value in values)
        {
            tensor.Float(4, value);
        }

        return tensor;
    }

    private static ProtoWriter ValueInfo(string name, ProtoWriter type) =>
        new ProtoWriter().String(1, name).Message(2, type);

    // Each dynamic dimension gets a name of its own, so ONNX Runtime does not take two of them to be equal.
    private static ProtoWriter TensorType(int elementType, int[] dims, string owner)
    {
        var shape = new ProtoWriter();
        for (var i = 0; i < dims.Length; i++)
        {
            shape.Message(1, dims[i] < 0
                ? new ProtoWriter().String(2, $"{owner}_d{i}")
                : new ProtoWriter().Int(1, dims[i]));
        }

        var tensor = new ProtoWriter().Int(1, elementType).Message(2, shape);
        return new ProtoWriter().Message(1, tensor);
    }
}
