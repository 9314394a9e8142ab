using BrandWatch.Rules.Domains;
using BrandWatch.Rules.Marks;

namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>The shortest label of an official domain screened as a form of its mark (shorter ones are any initials).</summary>
    private const int OfficialLabelMinLength = 5;

    /// <summary>
    /// The labels of the owner's own domain names, screened as forms of the mark: a name its public types
    /// (alternativefuer.de of ALTERNATIVE FÜR DEUTSCHLAND, sifynet.com of SIFY), so one of them on another suffix, or a
    /// slip typing one, points at the owner as the mark's own forms do. Not a label of under five letters, nor one that
    /// is a word or place of the lexicon or English words run together, which say something of their own. A label that
    /// is already a form of the name is dropped by the caller as a repeat.
    /// </summary>
    private IEnumerable<string> OfficialDomainForms(Mark mark)
    {
        foreach (var domain in mark.OfficialDomains)
        {
            if (DomainName.Parse(domain).Domain is not { } official)
            {
                continue;
            }

            foreach (var own in OfficialLabelForms(official.UnicodeRegistrableLabel))
            {
                if (own.Length >= OfficialLabelMinLength && IsNoWordOrPlace(own) && !IsEnglishWordSequence(own))
                {
                    yield return own;
                }
            }
        }
    }

    /// <summary>
    /// An official domain's label as ASCII forms: as written, or for an internationalised label its letters folded and,
    /// where it has German letters, those spelt out (drägerwerk as dragerwerk and draegerwerk), never its Punycode.
    /// </summary>
    private static IEnumerable<string> OfficialLabelForms(string label)
    {
        if (System.Text.Ascii.IsValid(label))
        {
            yield return Clean(label);
            yield break;
        }

        yield return Clean(MarkLabels.Fold(label));
        if (MarkLabels.UmlautSpelling(label) is { } spelt)
        {
            yield return spelt;
        }
    }
}
