using System.Text;

namespace BrandWatch.Rules.Domains;

/// <summary>
/// RFC 3492 Punycode for one label, without the <c>xn--</c> prefix. Written here because .NET exposes Punycode only
/// inside <see cref="System.Globalization.IdnMapping"/>, which always applies its own (older) IDNA mapping as well.
/// </summary>
internal static class Punycode
{
    private const int Base = 36;
    private const int TMin = 1;
    private const int TMax = 26;
    private const int Skew = 38;
    private const int Damp = 700;
    private const int InitialBias = 72;
    private const int InitialN = 0x80;

    /// <summary>Encodes the code points of <paramref name="label"/>; false on overflow or an unpaired surrogate.</summary>
    public static bool TryEncode(ReadOnlySpan<char> label, StringBuilder output)
    {
        // Code points first: the algorithm counts in code points, not UTF-16 units.
        Span<int> buffer = label.Length <= 128 ? stackalloc int[label.Length] : new int[label.Length];
        var count = 0;
        for (var i = 0; i < label.Length; i++)
        {
            var c = label[i];
            if (char.IsHighSurrogate(c) && i + 1 < label.Length && char.IsLowSurrogate(label[i + 1]))
            {
                buffer[count++] = char.ConvertToUtf32(c, label[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
            else
            {
                buffer[count++] = c;
            }
        }

        var codePoints = buffer[..count];
        var basic = 0;
        foreach (var cp in codePoints)
        {
            if (cp < 0x80)
            {
                output.Append((char)cp);
                basic++;
            }
        }

        if (basic > 0)
        {
            output.Append('-');
        }

        long n = InitialN;
        long delta = 0;
        var bias = InitialBias;
        var handled = basic;
        while (handled < count)
        {
            long m = int.MaxValue;
            foreach (var cp in codePoints)
            {
                if (cp >= n && cp < m)
                {
                    m = cp;
                }
            }

            delta += (m - n) * (handled + 1);
            if (delta > int.MaxValue)
            {
                return false;
            }

            n = m;
            foreach (var cp in codePoints)
            {
                if (cp < n && ++delta > int.MaxValue)
                {
                    return false;
                }

                if (cp != n)
                {
                    continue;
                }

                var q = delta;
                for (var k = Base; ; k += Base)
                {
                    var t = k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;
                    if (q < t)
                    {
                        break;
                    }

                    output.Append(Digit((int)(t + ((q - t) % (Base - t)))));
                    q = (q - t) / (Base - t);
                }

                output.Append(Digit((int)q));
                bias = Adapt(delta, handled + 1, handled == basic);
                delta = 0;
                handled++;
            }

            delta++;
            n++;
        }

        return true;
    }

    /// <summary>
    /// Decodes <paramref name="encoded"/> (ASCII, case-insensitive) into <paramref name="destination"/>, which needs room
    /// for two chars per input char; false for any malformed input.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<char> encoded, Span<char> destination, out int written)
    {
        written = 0;
        Span<int> codePoints = encoded.Length <= 128 ? stackalloc int[encoded.Length] : new int[encoded.Length];
        var count = 0;
        var delimiter = encoded.LastIndexOf('-');
        if (delimiter > 0)
        {
            foreach (var c in encoded[..delimiter])
            {
                if (c >= 0x80)
                {
                    return false;
                }

                codePoints[count++] = c;
            }
        }

        long n = InitialN;
        long i = 0;
        var bias = InitialBias;

        // A leading '-' with nothing before it is no delimiter: RFC 3492 has none, and '-' is not a digit.
        var position = delimiter > 0 ? delimiter + 1 : 0;
        while (position < encoded.Length)
        {
            var oldI = i;
            long w = 1;
            for (var k = Base; ; k += Base)
            {
                if (position >= encoded.Length)
                {
                    return false;
                }

                var digit = DigitValue(encoded[position++]);
                if (digit < 0)
                {
                    return false;
                }

                i += digit * w;
                if (i > int.MaxValue)
                {
                    return false;
                }

                var t = k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;
                if (digit < t)
                {
                    break;
                }

                w *= Base - t;
                if (w > int.MaxValue)
                {
                    return false;
                }
            }

            var length = count + 1;
            bias = Adapt(i - oldI, length, oldI == 0);
            n += i / length;
            i %= length;
            if (n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF) || count >= codePoints.Length)
            {
                return false;
            }

            codePoints[(int)i..count].CopyTo(codePoints[((int)i + 1)..]);
            codePoints[(int)i] = (int)n;
            count++;
            i++;
        }

        foreach (var cp in codePoints[..count])
        {
            written += new Rune(cp).EncodeToUtf16(destination[written..]);
        }

        return true;
    }

    private static int Adapt(long delta, int numPoints, bool firstTime)
    {
        delta = firstTime ? delta / Damp : delta / 2;
        delta += delta / numPoints;
        var k = 0;
        while (delta > ((Base - TMin) * TMax) / 2)
        {
            delta /= Base - TMin;
            k += Base;
        }

        return (int)(k + (((Base - TMin + 1) * delta) / (delta + Skew)));
    }

    private static char Digit(int d) => (char)(d < 26 ? 'a' + d : '0' + d - 26);

    private static int DigitValue(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= 'A' and <= 'Z' => c - 'A',
        >= '0' and <= '9' => c - '0' + 26,
        _ => -1,
    };
}
