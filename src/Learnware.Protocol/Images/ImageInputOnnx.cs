using Google.Protobuf;
using Onnx;

namespace Learnware.Protocol.Images;

/// <summary>
/// Puts an ML.NET model exported to ONNX, whose input takes flat rows [N, C·H·W], behind a Reshape, so that the graph
/// takes images [N, C, H, W] as image learnwares do; everything else in the graph is kept as exported.
/// </summary>
public static class ImageInputOnnx
{
    private const string ImageInput = "image", FlatShape = "image_flat_shape";

    /// <summary>The model of <paramref name="onnx"/> taking [N, <paramref name="channels"/>, <paramref name="height"/>, <paramref name="width"/>].</summary>
    /// <exception cref="InvalidDataException">The graph does not have exactly one input of C·H·W floats per row.</exception>
    public static byte[] BehindReshape(byte[] onnx, int channels, int height, int width)
    {
        ArgumentNullException.ThrowIfNull(onnx);
        var model = ModelProto.Parser.ParseFrom(onnx);
        var graph = model.Graph;
        long size = (long)channels * height * width;
        if (graph.Input.Count != 1)
            throw new InvalidDataException($"the exported graph has {graph.Input.Count} inputs; one input of flat rows is expected");
        var flat = graph.Input[0];
        var dims = flat.Type.TensorType.Shape.Dim;
        if (dims.Count != 2 || dims[1].DimValue != size)
            throw new InvalidDataException($"the exported input '{flat.Name}' is [{string.Join(", ", dims.Select(d => d.DimValue))}], not [N, {size}]");
        // The Reshape passes the image's floats on unchanged, so the graph must take floats for the images to reach it.
        if (flat.Type.TensorType.ElemType != (int)TensorProto.Types.DataType.Float)
            throw new InvalidDataException($"the exported input '{flat.Name}' takes {(TensorProto.Types.DataType)flat.Type.TensorType.ElemType}, not float");

        graph.Input.Clear();
        graph.Input.Add(new ValueInfoProto
        {
            Name = ImageInput,
            Type = new TypeProto
            {
                TensorType = new TypeProto.Types.Tensor
                {
                    ElemType = (int)TensorProto.Types.DataType.Float,
                    Shape = new TensorShapeProto
                    {
                        Dim =
                        {
                            new TensorShapeProto.Types.Dimension { DimParam = "N" },
                            new TensorShapeProto.Types.Dimension { DimValue = channels },
                            new TensorShapeProto.Types.Dimension { DimValue = height },
                            new TensorShapeProto.Types.Dimension { DimValue = width },
                        },
                    },
                },
            },
        });
        graph.Initializer.Add(new TensorProto
        {
            Name = FlatShape, DataType = (int)TensorProto.Types.DataType.Int64, Dims = { 2 }, Int64Data = { -1, size },
        });
        // The Reshape produces the tensor the exported graph took as its input, under the same name.
        graph.Node.Insert(0, new NodeProto { Name = "image_flatten", OpType = "Reshape", Input = { ImageInput, FlatShape }, Output = { flat.Name } });
        return model.ToByteArray();
    }
}
