namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>The mark split across the dot into the public suffix (tes.co for TESCO, tes.co.uk).</summary>
    private static void AcrossTheDot(in ScreenFacts facts, ref Findings found)
    {
        var layout = facts.Layout;
        var r = layout.Registrable;
        Span<char> buffer = stackalloc char[Math.Min(MaxKey, facts.RegistrableRaw.Length + facts.Domain.PublicSuffixSpan.Length)];
        var length = DropHyphens(facts.Ascii.AsSpan(layout.LabelStart[r], layout.LabelEnd[r] - layout.LabelStart[r]), buffer);

        var labelLength = length;
        var suffix = facts.Domain.PublicSuffixSpan;
        foreach (var c in suffix)
        {
            if (c == '.')
            {
                // First try the label plus the suffix's first label (tes.co.uk), then the whole suffix.
                AcrossLookup(facts, ref found, buffer[..length], labelLength);
                continue;
            }

            if (length < buffer.Length)
            {
                buffer[length++] = c;
            }
        }

        AcrossLookup(facts, ref found, buffer[..length], labelLength);
    }

    private static void AcrossLookup(in ScreenFacts facts, ref Findings found, ReadOnlySpan<char> text, int labelPart)
    {
        var index = facts.Index;
        if (!index._exact.TryGetValue(text, out var forms) && !index._byKey.TryGetValue(text, out forms))
        {
            return;
        }

        foreach (var f in forms)
        {
            var form = index._forms[f];
            if (!form.IsAscii)
            {
                continue;
            }

            var shown = $"{text[..labelPart]}.{text[labelPart..]}";
            found.Add(form, MatchKind.AcrossTheDot, 0.9, $"'{facts.Domain.RegistrableDomain}' reads as {form.Describe(index.MarkName(form))} split across the dot ('{shown}')");
        }
    }
}
