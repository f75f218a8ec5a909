using System.Numerics;
using System.Numerics.Tensors;
using Microsoft.ML.OnnxRuntime;

namespace Learnware.Models;

/// <summary>Copies output tensors of the numeric types we accept into float buffers.</summary>
internal static class TensorConversion
{
    public static bool CanConvert(ModelElementType type) => type is ModelElementType.Float
        or ModelElementType.Double
        or ModelElementType.Int8 or ModelElementType.Int16 or ModelElementType.Int32 or ModelElementType.Int64
        or ModelElementType.UInt8 or ModelElementType.UInt16 or ModelElementType.UInt32 or ModelElementType.UInt64
        or ModelElementType.Bool;

    public static bool IsInteger(ModelElementType type) => type is not (ModelElementType.Float or ModelElementType.Double);

    /// <summary>Writes the tensor's values into <paramref name="destination"/>, which must be exactly as long.</summary>
    public static void CopyAsFloat(OrtValue value, ModelElementType type, Span<float> destination)
    {
        switch (type)
        {
            case ModelElementType.Float:
                value.GetTensorDataAsSpan<float>().CopyTo(destination);
                break;
            case ModelElementType.Double:
                Convert<double>(value, destination);
                break;
            case ModelElementType.Int8:
                Convert<sbyte>(value, destination);
                break;
            case ModelElementType.Int16:
                Convert<short>(value, destination);
                break;
            case ModelElementType.Int32:
                Convert<int>(value, destination);
                break;
            case ModelElementType.Int64:
                Convert<long>(value, destination);
                break;
            case ModelElementType.UInt8:
                Convert<byte>(value, destination);
                break;
            case ModelElementType.UInt16:
                Convert<ushort>(value, destination);
                break;
            case ModelElementType.UInt32:
                Convert<uint>(value, destination);
                break;
            case ModelElementType.UInt64:
                Convert<ulong>(value, destination);
                break;
            case ModelElementType.Bool:
                var flags = value.GetTensorDataAsSpan<bool>();
                for (var i = 0; i < flags.Length; i++)
                {
                    destination[i] = flags[i] ? 1f : 0f;
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, "not a numeric element type");
        }
    }

    private static void Convert<T>(OrtValue value, Span<float> destination)
        where T : unmanaged, INumberBase<T> =>
        TensorPrimitives.ConvertTruncating<T, float>(value.GetTensorDataAsSpan<T>(), destination);
}
