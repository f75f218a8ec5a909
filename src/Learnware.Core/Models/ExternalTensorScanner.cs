namespace Learnware.Models;

/// <summary>
/// Finds tensors whose data lives outside the model bytes (<c>data_location = EXTERNAL</c> or <c>external_data</c>
/// entries), by walking the protobuf wire format of an ONNX model: the main graph, every graph-valued attribute
/// (the bodies of If, Loop and Scan, at any depth), sparse tensors, training graphs and function bodies.
/// </summary>
/// <remarks>
/// ONNX Runtime resolves external data against the process's working folder when a model is loaded from bytes, so a
/// package could make a check read the files around it. A model from a package must be self-contained; the walk runs
/// on the bytes before ONNX Runtime sees them. Field numbers are those of onnx.proto. The walk is stricter than
/// protobuf: malformed framing, groups and nesting beyond <see cref="MaxDepth"/> are refused rather than skipped.
/// </remarks>
internal static class ExternalTensorScanner
{
    /// <summary>Deepest message nesting walked; protobuf's own parser stops at 100 as well.</summary>
    public const int MaxDepth = 100;

    private const int Varint = 0, Fixed64 = 1, LengthDelimited = 2, StartGroup = 3, EndGroup = 4, Fixed32 = 5;

    private enum Kind { Model, Graph, Node, Attribute, Tensor, SparseTensor, Function, TrainingInfo }

    /// <summary>Where the first external tensor sits (e.g. "tensor 'w' in graph 'main', node 'loop' attribute 'body'"), or null.</summary>
    /// <exception cref="InvalidDataException">The bytes are not well-formed protobuf.</exception>
    public static string? FindExternalTensor(ReadOnlySpan<byte> model) => Walk(model, Kind.Model, "the model", 0);

    private static string? Walk(ReadOnlySpan<byte> message, Kind kind, string where, int depth)
    {
        if (depth > MaxDepth)
            throw new InvalidDataException($"messages are nested more than {MaxDepth} deep at {where}");
        string? name = null;
        bool external = false;
        var children = new List<(Kind Kind, int Start, int Length, string Label)>();
        int position = 0;
        while (position < message.Length)
        {
            ulong tag = ReadVarint(message, ref position);
            int field = (int)Math.Min(tag >> 3, int.MaxValue), wireType = (int)(tag & 7);
            if (field == 0)
                throw new InvalidDataException($"field number 0 in {where}");
            if (wireType != LengthDelimited)
            {
                if (kind == Kind.Tensor && field == 14 && wireType == Varint)
                    external |= ReadVarint(message, ref position) == 1; // TensorProto.data_location: EXTERNAL = 1
                else if (kind == Kind.Tensor && field is 13 or 14)
                    external = true; // a mis-typed location field is refused, not guessed at
                else
                    Skip(message, ref position, wireType, where);
                continue;
            }

            int length = checked((int)Math.Min(ReadVarint(message, ref position), int.MaxValue));
            if (length > message.Length - position)
                throw new InvalidDataException($"a field of {length} bytes runs past the end of {where}");
            var payload = message.Slice(position, length);
            if (ChildKind(kind, field) is { } child)
                children.Add((child, position, length, Label(kind, field)));
            else if (kind == Kind.Tensor && field == 13)
                external = true; // TensorProto.external_data
            else if (IsNameField(kind, field))
                name = System.Text.Encoding.UTF8.GetString(payload);
            position += length;
        }

        string here = name is null ? where : $"{Describe(kind)} '{name}' in {where}";
        if (external)
            return here;
        foreach (var (child, start, length, label) in children)
        {
            if (Walk(message.Slice(start, length), child, label.Length == 0 ? here : $"{label} of {here}", depth + 1) is { } found)
                return found;
        }

        return null;
    }

    // The message-valued fields that can hold tensors or graphs, per onnx.proto.
    private static Kind? ChildKind(Kind parent, int field) => (parent, field) switch
    {
        (Kind.Model, 7) => Kind.Graph,               // ModelProto.graph
        (Kind.Model, 20) => Kind.TrainingInfo,       // ModelProto.training_info
        (Kind.Model, 25) => Kind.Function,           // ModelProto.functions
        (Kind.TrainingInfo, 1 or 2) => Kind.Graph,   // initialization, algorithm
        (Kind.Graph, 1) => Kind.Node,                // GraphProto.node
        (Kind.Graph, 5) => Kind.Tensor,              // GraphProto.initializer
        (Kind.Graph, 15) => Kind.SparseTensor,       // GraphProto.sparse_initializer
        (Kind.Function, 7) => Kind.Node,             // FunctionProto.node
        (Kind.Function, 11) => Kind.Attribute,       // FunctionProto.attribute_proto (defaults)
        (Kind.Node, 5) => Kind.Attribute,            // NodeProto.attribute
        (Kind.Attribute, 5 or 10) => Kind.Tensor,    // AttributeProto.t, tensors
        (Kind.Attribute, 6 or 11) => Kind.Graph,     // AttributeProto.g, graphs (If, Loop and Scan bodies)
        (Kind.Attribute, 22 or 23) => Kind.SparseTensor, // sparse_tensor, sparse_tensors
        (Kind.SparseTensor, 1 or 2) => Kind.Tensor,  // values, indices
        _ => null,
    };

    private static bool IsNameField(Kind kind, int field) => (kind, field) switch
    {
        (Kind.Graph, 2) or (Kind.Node, 3) or (Kind.Attribute, 1) or (Kind.Tensor, 8) or (Kind.Function, 1) => true,
        _ => false,
    };

    private static string Label(Kind parent, int field) => (parent, field) switch
    {
        (Kind.SparseTensor, 1) => "the values",
        (Kind.SparseTensor, 2) => "the indices",
        (Kind.TrainingInfo, 1) => "the initialisation",
        (Kind.TrainingInfo, 2) => "the algorithm",
        _ => "",
    };

    private static string Describe(Kind kind) => kind switch
    {
        Kind.Model => "model",
        Kind.Graph => "graph",
        Kind.Node => "node",
        Kind.Attribute => "attribute",
        Kind.Tensor => "tensor",
        Kind.SparseTensor => "sparse tensor",
        Kind.Function => "function",
        _ => "training info",
    };

    private static void Skip(ReadOnlySpan<byte> message, ref int position, int wireType, string where)
    {
        int size = wireType switch
        {
            Varint => 0,
            Fixed64 => 8,
            Fixed32 => 4,
            StartGroup or EndGroup => throw new InvalidDataException($"protobuf groups are not used by ONNX (in {where})"),
            _ => throw new InvalidDataException($"wire type {wireType} is not protobuf (in {where})"),
        };
        if (wireType == Varint)
        {
            ReadVarint(message, ref position);
            return;
        }

        if (size > message.Length - position)
            throw new InvalidDataException($"a fixed-size field runs past the end of {where}");
        position += size;
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> message, ref int position)
    {
        ulong value = 0;
        for (int shift = 0; shift < 70; shift += 7)
        {
            if (position >= message.Length)
                throw new InvalidDataException("a varint runs past the end of its message");
            byte b = message[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
                return value;
        }

        throw new InvalidDataException("a varint is longer than 10 bytes");
    }
}
