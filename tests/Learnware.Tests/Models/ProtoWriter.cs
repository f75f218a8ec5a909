using System.Buffers.Binary;
using System.Text;

namespace Learnware.Tests.Models;

/// <summary>Writes protobuf wire format, just enough to build small ONNX graphs by hand.</summary>
internal sealed class ProtoWriter
{
    private readonly MemoryStream _stream = new();

    public ProtoWriter Int(int field, long value)
    {
        Tag(field, 0);
        Varint((ulong)value);
        return this;
    }

    public ProtoWriter String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

    public ProtoWriter Message(int field, ProtoWriter message) => Bytes(field, message.ToArray());

    public ProtoWriter Bytes(int field, byte[] value)
    {
        Tag(field, 2);
        Varint((ulong)value.Length);
        _stream.Write(value);
        return this;
    }

    public ProtoWriter Float(int field, float value)
    {
        Tag(field, 5);
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteSingleLittleEndian(bytes, value);
        _stream.Write(bytes);
        return this;
    }

    public byte[] ToArray() => _stream.ToArray();

    private void Tag(int field, int wireType) => Varint((ulong)((field << 3) | wireType));

    private void Varint(ulong value)
    {
        while (value >= 0x80)
        {
            _stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        _stream.WriteByte((byte)value);
    }
}
