using System.Buffers.Binary;

namespace BrandWatch.Rules.CertificateTransparency;

/// <summary>Reads TLS presentation-language values (big-endian integers, length-prefixed opaques) off a span; every read says whether it fit.</summary>
internal ref struct CtTlsReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _offset;

    public readonly int Offset => _offset;

    public readonly bool AtEnd => _offset == _data.Length;

    public readonly int Remaining => _data.Length - _offset;

    public bool TryReadByte(out byte value)
    {
        value = 0;
        if (Remaining < 1)
        {
            return false;
        }

        value = _data[_offset++];
        return true;
    }

    public bool TryReadUInt16(out ushort value)
    {
        value = 0;
        if (Remaining < 2)
        {
            return false;
        }

        value = BinaryPrimitives.ReadUInt16BigEndian(_data[_offset..]);
        _offset += 2;
        return true;
    }

    public bool TryReadUInt64(out ulong value)
    {
        value = 0;
        if (Remaining < 8)
        {
            return false;
        }

        value = BinaryPrimitives.ReadUInt64BigEndian(_data[_offset..]);
        _offset += 8;
        return true;
    }

    public bool TryReadBytes(int length, out ReadOnlySpan<byte> value)
    {
        value = default;
        if (length < 0 || Remaining < length)
        {
            return false;
        }

        value = _data.Slice(_offset, length);
        _offset += length;
        return true;
    }

    public bool TryReadOpaque24(out ReadOnlySpan<byte> value)
    {
        value = default;
        if (Remaining < 3)
        {
            return false;
        }

        var length = (_data[_offset] << 16) | (_data[_offset + 1] << 8) | _data[_offset + 2];
        _offset += 3;
        return TryReadBytes(length, out value);
    }

    public bool TryReadOpaque16(out ReadOnlySpan<byte> value)
    {
        value = default;
        return TryReadUInt16(out var length) && TryReadBytes(length, out value);
    }
}
