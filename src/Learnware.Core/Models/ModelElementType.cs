namespace Learnware.Models;

/// <summary>The element type of a model input or output, as declared in the ONNX graph.</summary>
public enum ModelElementType
{
    Float,
    Double,
    Float16,
    BFloat16,
    Int8,
    Int16,
    Int32,
    Int64,
    UInt8,
    UInt16,
    UInt32,
    UInt64,
    Bool,
    String,

    /// <summary>A tensor of a type not listed here (complex, 8-bit float, ...).</summary>
    Other,

    /// <summary>Not a tensor at all: a sequence, map or optional value.</summary>
    NotTensor,
}
