using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Learnware.Models;

/// <summary>Maps ONNX Runtime's type descriptions to <see cref="ModelElementType"/> and back to ONNX type names.</summary>
internal static class ModelElementTypes
{
    public static ModelElementType From(NodeMetadata metadata) =>
        metadata.IsTensor ? From(metadata.ElementDataType) : ModelElementType.NotTensor;

    public static ModelElementType From(TensorElementType type) => type switch
    {
        TensorElementType.Float => ModelElementType.Float,
        TensorElementType.Double => ModelElementType.Double,
        TensorElementType.Float16 => ModelElementType.Float16,
        TensorElementType.BFloat16 => ModelElementType.BFloat16,
        TensorElementType.Int8 => ModelElementType.Int8,
        TensorElementType.Int16 => ModelElementType.Int16,
        TensorElementType.Int32 => ModelElementType.Int32,
        TensorElementType.Int64 => ModelElementType.Int64,
        TensorElementType.UInt8 => ModelElementType.UInt8,
        TensorElementType.UInt16 => ModelElementType.UInt16,
        TensorElementType.UInt32 => ModelElementType.UInt32,
        TensorElementType.UInt64 => ModelElementType.UInt64,
        TensorElementType.Bool => ModelElementType.Bool,
        TensorElementType.String => ModelElementType.String,
        _ => ModelElementType.Other,
    };

    /// <summary>The ONNX spelling (<c>float</c>, <c>int64</c>, ...), which is what users see in model viewers.</summary>
    public static string Describe(ModelElementType type) => type switch
    {
        ModelElementType.NotTensor => "non-tensor",
        ModelElementType.Other => "other",
        _ => type.ToString().ToLowerInvariant(),
    };
}
