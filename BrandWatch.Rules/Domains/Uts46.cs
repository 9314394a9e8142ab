using System.Buffers;
using System.Globalization;
using System.Text;

namespace BrandWatch.Rules.Domains;

/// <summary>
/// Unicode IDNA Compatibility Processing (UTS #46, Unicode 17): the mapping of <c>IdnaMappingTable.txt</c>, NFC, Punycode,
/// and the validity criteria (hyphens, STD3 ASCII rules, CONTEXTJ joiners, RFC 5893 bidi, DNS lengths). Passes all of
/// IdnaTestV2.txt for ToASCII and ToUnicode (non-transitional and transitional).
/// </summary>
public static class Uts46
{
    private const int MaxNameLength = 253;
    private const int MaxLabelLength = 63;

    [ThreadStatic]
    private static StringBuilder? scratch;

    /// <summary>UTS #46 ToASCII (section 4.2).</summary>
    public static IdnaResult ToAscii(string domain, IdnaOptions options)
    {
        ArgumentNullException.ThrowIfNull(domain);
        var error = Process(domain, options, forUnicode: false, out var processed);
        return new IdnaResult(Encode(processed, options, ref error), error);
    }

    /// <summary>UTS #46 ToUnicode (section 4.3).</summary>
    public static IdnaResult ToUnicode(string domain, IdnaOptions options)
    {
        ArgumentNullException.ThrowIfNull(domain);
        var error = Process(domain, options, forUnicode: true, out var processed);
        return new IdnaResult(processed, error);
    }

    /// <summary>ToASCII and the Unicode form in one processing pass; the first error of ToASCII, or null.</summary>
    public static IdnaError? ToAsciiAndUnicode(string domain, IdnaOptions options, out string ascii, out string unicode)
    {
        ArgumentNullException.ThrowIfNull(domain);
        var error = Process(domain, options, forUnicode: false, out unicode);
        ascii = Encode(unicode, options, ref error);
        return error;
    }

    // Section 4 Processing: map, normalise, break into labels, convert and validate each, then the bidi rule.
    private static IdnaError? Process(string domain, IdnaOptions options, bool forUnicode, out string processed)
    {
        IdnaError? error = null;

        // The mapped text lives in pooled arrays, not strings: only the results are allocated.
        var builder = Rent(domain.Length);
        Map(domain, builder, options.Transitional, ref error);
        var mappedArray = ArrayPool<char>.Shared.Rent(builder.Length);
        char[]? normalisedArray = null;
        builder.CopyTo(0, mappedArray, 0, builder.Length);
        ReadOnlySpan<char> mapped = mappedArray.AsSpan(0, builder.Length);
        try
        {
            if (!IsNfc(mapped))
            {
                normalisedArray = ArrayPool<char>.Shared.Rent((mapped.Length * 3) + 16);
                mapped.TryNormalize(normalisedArray, out var written, NormalizationForm.FormC);
                mapped = normalisedArray.AsSpan(0, written);
            }

            error = ProcessLabels(mapped, options, forUnicode, error, out processed);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(mappedArray);
            if (normalisedArray is not null)
            {
                ArrayPool<char>.Shared.Return(normalisedArray);
            }
        }

        return error;
    }

    private static IdnaError? ProcessLabels(ReadOnlySpan<char> mapped, IdnaOptions options, bool forUnicode, IdnaError? error, out string processed)
    {
        var output = Rent(mapped.Length);
        var labelCount = mapped.Count('.') + 1;
        var index = 0;
        var start = 0;
        var bidiDomain = false;
        while (true)
        {
            var dot = mapped[start..].IndexOf('.');
            dot = dot < 0 ? -1 : start + dot;
            var end = dot < 0 ? mapped.Length : dot;
            var label = mapped[start..end];
            index++;
            var outputStart = output.Length;
            if (label.StartsWith("xn--", StringComparison.Ordinal))
            {
                ConvertPunycodeLabel(label, options, output, ref error);
            }
            else
            {
                output.Append(label);
                Validate(label, label, options, options.Transitional, fromPunycode: false, ref error);
            }

            if (forUnicode && label.Length == 0 && (index < labelCount || labelCount == 1))
            {
                error ??= new IdnaError("X4_2", labelCount == 1 ? "the name is empty" : $"label {index} is empty");
            }

            bidiDomain |= options.CheckBidi && HasRtl(output, outputStart);
            if (dot < 0)
            {
                break;
            }

            output.Append('.');
            start = dot + 1;
        }

        processed = output.ToString();
        if (bidiDomain && error is null)
        {
            error = CheckBidiDomain(processed);
        }

        return error;
    }

    private static void Map(string domain, StringBuilder builder, bool transitional, ref IdnaError? error)
    {
        var table = IdnaMappingTable.Default;
        var span = domain.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            // ASCII maps by itself: capitals to small letters, everything else stays (STD3 rules are checked later).
            var c = span[i];
            if (c < 0x80)
            {
                builder.Append(char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c);
                i++;
                continue;
            }

            // An unpaired surrogate decodes as U+FFFD, which the table disallows: it is reported in validation.
            Rune.DecodeFromUtf16(span[i..], out var rune, out var consumed);
            switch (table.Lookup(rune.Value, out var mapping))
            {
                case IdnaStatus.Ignored:
                    break;
                case IdnaStatus.Mapped when transitional:
                    // A mapping may yield a deviation (U+1E9E maps to U+00DF), which transitional processing maps on.
                    foreach (var mappedRune in mapping.EnumerateRunes())
                    {
                        var mappedStatus = table.Lookup(mappedRune.Value, out var deviation);
                        builder.Append(mappedStatus == IdnaStatus.Deviation ? deviation : mappedRune.ToString());
                    }

                    break;
                case IdnaStatus.Mapped:
                    builder.Append(mapping);
                    break;
                case IdnaStatus.Deviation when transitional:
                    builder.Append(mapping);
                    break;
                default:
                    if (consumed == 1 && char.IsSurrogate(span[i]))
                    {
                        error ??= new IdnaError("P1", $"unpaired surrogate U+{(int)span[i]:X4} at position {i + 1}");
                        builder.Append('\uFFFD');
                    }
                    else
                    {
                        builder.Append(span.Slice(i, consumed));
                    }

                    break;
            }

            i += consumed;
        }
    }

    // Section 4 step 4.1: an xn-- label is decoded and validated as non-transitional.
    private static void ConvertPunycodeLabel(ReadOnlySpan<char> label, IdnaOptions options, StringBuilder output, ref IdnaError? error)
    {
        if (!Ascii.IsValid(label))
        {
            error ??= new IdnaError("P4", $"label '{label}' starts with xn-- but holds non-ASCII characters");
            output.Append(label);
            return;
        }

        var capacity = (2 * label.Length) + 2;
        Span<char> buffer = capacity <= 256 ? stackalloc char[capacity] : new char[capacity];
        if (!Punycode.TryDecode(label[4..], buffer, out var written))
        {
            error ??= new IdnaError("A3", $"label '{label}' is not valid punycode");
            output.Append(label);
            return;
        }

        var decoded = buffer[..written];
        output.Append(decoded);
        if (decoded.Length == 0 || Ascii.IsValid(decoded))
        {
            error ??= new IdnaError("P4", $"label '{label}' is not valid punycode: it decodes to {(decoded.Length == 0 ? "nothing" : "ASCII only")}");
        }

        Validate(decoded, label, options, transitional: false, fromPunycode: true, ref error);
    }

    // Section 4.1 Validity Criteria, steps 1 to 8 (step 9, bidi, needs the whole name and runs afterwards).
    private static void Validate(ReadOnlySpan<char> label, ReadOnlySpan<char> shown, IdnaOptions options, bool transitional, bool fromPunycode, ref IdnaError? error)
    {
        if (error is not null || label.Length == 0)
        {
            return;
        }

        if (fromPunycode && !IsNfc(label))
        {
            error = new IdnaError("V1", $"label '{shown}' is not in Unicode normalization form C");
            return;
        }

        if (options.CheckHyphens)
        {
            if (label.Length >= 4 && label[2] == '-' && label[3] == '-')
            {
                error = new IdnaError("V2", $"label '{shown}' has hyphens in the third and fourth positions but is not an xn-- label");
                return;
            }

            if (label[0] == '-' || label[^1] == '-')
            {
                error = new IdnaError("V3", $"label '{shown}' starts or ends with a hyphen");
                return;
            }
        }
        else if (label.StartsWith("xn--", StringComparison.Ordinal))
        {
            error = new IdnaError("V4", $"label '{shown}' decodes to another xn-- label");
            return;
        }

        if (label.Contains('.'))
        {
            error = new IdnaError("V5", $"label '{shown}' decodes to a full stop");
            return;
        }

        Rune.DecodeFromUtf16(label, out var first, out _);
        if (IsMark(first))
        {
            error = new IdnaError("V6", $"label '{shown}' begins with the combining mark U+{first.Value:X4}");
            return;
        }

        var table = IdnaMappingTable.Default;
        foreach (var rune in label.EnumerateRunes())
        {
            var status = rune.IsAscii ? IdnaStatus.Valid : table.Lookup(rune.Value, out _);
            if (!(status == IdnaStatus.Valid || (status == IdnaStatus.Deviation && !transitional)))
            {
                error = new IdnaError("V7", fromPunycode
                    ? $"label '{shown}' is not valid punycode: it decodes to U+{rune.Value:X4} ({Rune.GetUnicodeCategory(rune)}), which IDNA disallows"
                    : $"label '{shown}' contains U+{rune.Value:X4} ({Rune.GetUnicodeCategory(rune)}), which IDNA disallows");
                return;
            }

            if (options.UseStd3AsciiRules && rune.IsAscii && !(char.IsAsciiLetterLower((char)rune.Value) || char.IsAsciiDigit((char)rune.Value) || rune.Value == '-'))
            {
                error = new IdnaError("U1", $"label '{shown}' contains U+{rune.Value:X4} ({Rune.GetUnicodeCategory(rune)}), which IDNA disallows in host names (STD3 rules)");
                return;
            }
        }

        if (options.CheckJoiners)
        {
            error = CheckJoiners(label, shown);
        }
    }

    // RFC 5892 Appendix A.1 and A.2 (CONTEXTJ).
    private static IdnaError? CheckJoiners(ReadOnlySpan<char> label, ReadOnlySpan<char> shown)
    {
        var data = IdnaCharacterData.Default;
        for (var i = 0; i < label.Length; i++)
        {
            var c = label[i];
            if (c != '\u200C' && c != '\u200D')
            {
                continue;
            }

            if (i > 0 && data.IsVirama(PreviousCodePoint(label, i)))
            {
                continue;
            }

            if (c == '\u200D')
            {
                return new IdnaError("C2", $"label '{shown}' has a zero width joiner that does not follow a virama");
            }

            if (!JoinsBothSides(label, i, data))
            {
                return new IdnaError("C1", $"label '{shown}' has a zero width non-joiner outside a joining context");
            }
        }

        return null;
    }

    // (Joining_Type:{L,D})(Joining_Type:T)* ZWNJ (Joining_Type:T)*(Joining_Type:{R,D})
    private static bool JoinsBothSides(ReadOnlySpan<char> label, int zwnj, IdnaCharacterData data)
    {
        var left = false;
        for (var i = zwnj; i > 0;)
        {
            var cp = PreviousCodePoint(label, i);
            i -= cp > 0xFFFF ? 2 : 1;
            var type = data.JoiningType(cp);
            if (type == "T")
            {
                continue;
            }

            left = type is "L" or "D";
            break;
        }

        if (!left)
        {
            return false;
        }

        for (var i = zwnj + 1; i < label.Length;)
        {
            Rune.DecodeFromUtf16(label[i..], out var rune, out var consumed);
            i += consumed;
            var type = data.JoiningType(rune.Value);
            if (type == "T")
            {
                continue;
            }

            return type is "R" or "D";
        }

        return false;
    }

    // RFC 5893 section 2, applied to every label of a name that holds an RTL label.
    private static IdnaError? CheckBidiDomain(string name)
    {
        var data = IdnaCharacterData.Default;
        foreach (var range in name.AsSpan().Split('.'))
        {
            var label = name.AsSpan(range);
            if (label.Length == 0)
            {
                continue;
            }

            Rune.DecodeFromUtf16(label, out var first, out _);
            var firstClass = data.BidiClass(first.Value);
            var rtl = firstClass is "R" or "AL";
            if (!rtl && firstClass != "L")
            {
                return new IdnaError("B1", $"label '{label}' in a right-to-left name starts with a character of bidi class {firstClass}");
            }

            string? last = null;
            bool hasEn = false, hasAn = false;
            foreach (var rune in label.EnumerateRunes())
            {
                var bidi = data.BidiClass(rune.Value);
                var allowed = rtl
                    ? bidi is "R" or "AL" or "AN" or "EN" or "ES" or "CS" or "ET" or "ON" or "BN" or "NSM"
                    : bidi is "L" or "EN" or "ES" or "CS" or "ET" or "ON" or "BN" or "NSM";
                if (!allowed)
                {
                    return new IdnaError(rtl ? "B2" : "B5", $"label '{label}' mixes directions: U+{rune.Value:X4} has bidi class {bidi} in a {(rtl ? "right-to-left" : "left-to-right")} label");
                }

                hasEn |= bidi == "EN";
                hasAn |= bidi == "AN";
                if (bidi != "NSM")
                {
                    last = bidi;
                }
            }

            if (rtl ? last is not ("R" or "AL" or "EN" or "AN") : last is not ("L" or "EN"))
            {
                return new IdnaError(rtl ? "B3" : "B6", $"label '{label}' ends with a character of bidi class {last} in a {(rtl ? "right-to-left" : "left-to-right")} label");
            }

            if (rtl && hasEn && hasAn)
            {
                return new IdnaError("B4", $"label '{label}' mixes European and Arabic-Indic digits in a right-to-left label");
            }
        }

        return null;
    }

    // Section 4.2 ToASCII steps 3 and 4: Punycode for non-ASCII labels, then the DNS lengths.
    private static string Encode(string processed, IdnaOptions options, ref IdnaError? error)
    {
        var output = Rent(processed.Length + 8);
        var start = 0;
        var index = 0;
        var labelCount = processed.Count('.') + 1;
        while (true)
        {
            var dot = processed.IndexOf('.', start);
            var end = dot < 0 ? processed.Length : dot;
            var label = processed.AsSpan(start, end - start);
            index++;
            var outputStart = output.Length;
            if (Ascii.IsValid(label))
            {
                output.Append(label);
            }
            else
            {
                output.Append("xn--");
                if (!Punycode.TryEncode(label, output))
                {
                    error ??= new IdnaError("A3", $"label {index} cannot be encoded as punycode");
                }
            }

            // With VerifyDnsLength the root label counts too: IdnaTestV2 expects "a.b." to fail (A4_2).
            var length = output.Length - outputStart;
            if (options.VerifyDnsLength && (length == 0 || length > MaxLabelLength))
            {
                error ??= new IdnaError("A4_2", length == 0
                    ? (labelCount == 1 ? "the name is empty" : $"label {index} is empty")
                    : $"label {index} is longer than {MaxLabelLength} characters in ASCII form ({length})");
            }

            if (dot < 0)
            {
                break;
            }

            output.Append('.');
            start = dot + 1;
        }

        var nameLength = output.Length;
        if (options.VerifyDnsLength && (nameLength == 0 || nameLength > MaxNameLength))
        {
            error ??= new IdnaError("A4_1", nameLength == 0 ? "the name is empty" : $"longer than {MaxNameLength} characters in ASCII form ({nameLength})");
        }

        return output.ToString();
    }

    private static bool HasRtl(StringBuilder output, int start)
    {
        var data = IdnaCharacterData.Default;
        for (var i = start; i < output.Length; i++)
        {
            int cp = output[i];
            if (cp < 0x0590)
            {
                continue;
            }

            if (char.IsHighSurrogate(output[i]) && i + 1 < output.Length && char.IsLowSurrogate(output[i + 1]))
            {
                cp = char.ConvertToUtf32(output[i], output[i + 1]);
                i++;
            }

            if (data.IsRtl(cp))
            {
                return true;
            }
        }

        return false;
    }

    private static int PreviousCodePoint(ReadOnlySpan<char> text, int index)
    {
        var c = text[index - 1];
        return char.IsLowSurrogate(c) && index >= 2 && char.IsHighSurrogate(text[index - 2])
            ? char.ConvertToUtf32(text[index - 2], c)
            : c;
    }

    private static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    // Text below U+0300 holds no combining character, so it is in NFC already; only the rest asks ICU.
    private static bool IsNfc(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= 0x300)
            {
                return text.IsNormalized(NormalizationForm.FormC);
            }
        }

        return true;
    }

    // One builder per thread, handed out cleared: each call uses it for one stretch and copies the result out.
    private static StringBuilder Rent(int capacity)
    {
        var builder = scratch ??= new StringBuilder(256);
        builder.Clear();
        builder.EnsureCapacity(capacity);
        return builder;
    }
}
