using BrandWatch.Rules.Domains;

namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>
    /// What every match rule reads about one candidate domain, computed once before the rules run: the label
    /// boundaries, the joined look-alike key of the labels left of the suffix, and the registrable label's own lookups.
    /// </summary>
    internal readonly ref struct ScreenFacts
    {
        public ScreenFacts(MarkIndex index, DomainName domain, Layout layout, ReadOnlySpan<char> joined)
        {
            Index = index;
            Domain = domain;
            Ascii = domain.Ascii;
            Layout = layout;
            Joined = joined;
            var r = layout.Registrable;
            RegistrableRaw = Ascii.AsSpan(layout.LabelStart[r], layout.LabelEnd[r] - layout.LabelStart[r]);
            RegistrableKey = joined[layout.KeyStart[r]..layout.KeyEnd[r]];
            RegistrableIsIdn = RegistrableRaw.StartsWith("xn--");
            UnicodeRegistrable = RegistrableIsIdn ? domain.UnicodeRegistrableLabel : null;
            ExactForms = index._exact.TryGetValue(UnicodeRegistrable ?? RegistrableRaw, out var exact) ? exact : null;
            KeyForms = index._byKey.TryGetValue(RegistrableKey, out var alike) ? alike : null;
            IdnHasLatin = UnicodeRegistrable is not null && UnicodeRegistrable.Any(char.IsAsciiLetter);
        }

        public MarkIndex Index { get; }

        public DomainName Domain { get; }

        /// <summary>The domain's ASCII form (xn-- labels for IDNs).</summary>
        public string Ascii { get; }

        /// <summary>Where each label starts and ends, in the ASCII form and in the joined key.</summary>
        public Layout Layout { get; }

        /// <summary>Every label left of the suffix, folded to look-alike form (rn→m, 0→o …), hyphens dropped, joined.</summary>
        public ReadOnlySpan<char> Joined { get; }

        /// <summary>The label just left of the public suffix as written (ASCII, hyphens kept).</summary>
        public ReadOnlySpan<char> RegistrableRaw { get; }

        /// <summary>The registrable label's part of <see cref="Joined"/>.</summary>
        public ReadOnlySpan<char> RegistrableKey { get; }

        /// <summary>True when the registrable label is an xn-- label.</summary>
        public bool RegistrableIsIdn { get; }

        /// <summary>The registrable label in Unicode when it is an IDN; null otherwise.</summary>
        public string? UnicodeRegistrable { get; }

        /// <summary>True when the IDN registrable label holds Latin letters (mixed with look-alikes of other scripts).</summary>
        public bool IdnHasLatin { get; }

        /// <summary>The forms whose text is the registrable label exactly (its Unicode form for IDNs); null when none.</summary>
        public int[]? ExactForms { get; }

        /// <summary>The ASCII forms whose look-alike key is the registrable label's key; null when none.</summary>
        public int[]? KeyForms { get; }
    }
}
