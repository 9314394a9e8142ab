using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Worker.Pipeline;

/// <summary>
/// A small screener used until the Rules mark index is on main: the mark's label on another TLD, the mark with
/// hyphens or other words joined (combosquat), and one edit (omission, insertion, replacement, transposition) of a
/// label of five letters or more. It checks every label but the TLD against every label form (Unicode forms against
/// the Unicode labels): enough for the
/// pipeline, far slower and narrower than the real index.
/// </summary>
internal sealed class LabelScreener : IDomainScreener
{
    private const int MinimumEmbeddedLength = 4;
    private const int MinimumTypoLength = 5;
    private readonly List<(Mark Mark, string Form)> _forms = [];

    public LabelScreener(IReadOnlyList<Mark> marks)
    {
        foreach (var mark in marks)
        {
            foreach (var form in mark.Labels.Where(l => l.Length >= 3).Distinct(StringComparer.Ordinal))
            {
                _forms.Add((mark, form));
            }
        }
    }

    public IReadOnlyList<DomainMatch> Screen(string domain)
    {
        var ascii = domain.Trim().TrimEnd('.').ToLowerInvariant();
        var asciiLabels = ascii.Split('.');
        var unicodeLabels = ToUnicode(ascii).Split('.');
        if (asciiLabels.Length < 2 || unicodeLabels.Length != asciiLabels.Length)
        {
            return [];
        }

        var matches = new List<DomainMatch>();
        foreach (var (mark, form) in _forms)
        {
            if (IsOwnDomain(mark, ascii) || matches.Any(m => m.Mark == mark.Id))
            {
                continue;
            }

            var labels = form.All(char.IsAscii) ? asciiLabels : unicodeLabels;
            for (var i = labels.Length - 2; i >= 0; i--)
            {
                if (Match(ascii, labels[i], i == labels.Length - 2, mark, form) is { } match)
                {
                    matches.Add(match);
                    break;
                }
            }
        }

        return matches;
    }

    private static DomainMatch? Match(string domain, string label, bool registrable, Mark mark, string form)
    {
        if (label == form)
        {
            return registrable
                ? Make(domain, mark, form, MatchKind.TldSwap, 1.0, $"the mark '{form}' on another TLD")
                : Make(domain, mark, form, MatchKind.LevelSquat, 0.9, $"the mark '{form}' as a subdomain of an unrelated domain");
        }

        var joined = label.Replace("-", string.Empty, StringComparison.Ordinal);
        if (joined == form)
        {
            return Make(domain, mark, form, MatchKind.Hyphenation, 0.95, $"the mark '{form}' split by hyphens");
        }

        if (form.Length >= MinimumEmbeddedLength && label.Contains(form, StringComparison.Ordinal))
        {
            var added = label.Split(form, 2).SelectMany(p => p.Split('-', StringSplitOptions.RemoveEmptyEntries)).ToList();
            return Make(domain, mark, form, MatchKind.Combosquat, Math.Round((double)form.Length / joined.Length, 3),
                $"the mark '{form}' with '{string.Join("', '", added)}' added") with { AddedWords = added };
        }

        if (form.Length >= MinimumTypoLength && OneEdit(joined, form) is { } edit)
        {
            return Make(domain, mark, form, edit.Kind, Math.Round(1.0 - (1.0 / form.Length), 3), edit.Explanation);
        }

        return null;
    }

    private static (MatchKind Kind, string Explanation)? OneEdit(string label, string form)
    {
        if (label.Length == form.Length)
        {
            var diffs = Enumerable.Range(0, form.Length).Where(i => label[i] != form[i]).ToList();
            if (diffs.Count == 1)
            {
                return (MatchKind.Replacement, $"replaced '{form[diffs[0]]}' with '{label[diffs[0]]}' at position {diffs[0] + 1}");
            }

            if (diffs.Count == 2 && diffs[1] == diffs[0] + 1 && label[diffs[0]] == form[diffs[1]] && label[diffs[1]] == form[diffs[0]])
            {
                return (MatchKind.Transposition, $"swapped '{form[diffs[0]]}' and '{form[diffs[1]]}' at position {diffs[0] + 1}");
            }

            return null;
        }

        if (label.Length == form.Length - 1)
        {
            for (var i = 0; i < form.Length; i++)
            {
                if (string.Equals(form.Remove(i, 1), label, StringComparison.Ordinal))
                {
                    return (MatchKind.Omission, $"left out '{form[i]}' at position {i + 1}");
                }
            }
        }

        if (label.Length == form.Length + 1)
        {
            for (var i = 0; i < label.Length; i++)
            {
                if (string.Equals(label.Remove(i, 1), form, StringComparison.Ordinal))
                {
                    var kind = (i > 0 && label[i] == label[i - 1]) ? MatchKind.Repetition : MatchKind.Insertion;
                    return (kind, $"inserted '{label[i]}' at position {i + 1}");
                }
            }
        }

        return null;
    }

    private static bool IsOwnDomain(Mark mark, string domain) =>
        mark.OfficialDomains.Concat(mark.AuthorisedDomains).Any(own =>
            domain == own || domain.EndsWith("." + own, StringComparison.Ordinal));

    private static DomainMatch Make(string domain, Mark mark, string form, MatchKind kind, double similarity, string explanation) => new()
    {
        Domain = domain,
        Unicode = ToUnicode(domain),
        Mark = mark.Id,
        Kind = kind,
        LabelForm = form,
        Similarity = similarity,
        Explanation = explanation,
    };

    private static string ToUnicode(string domain)
    {
        try
        {
            return new System.Globalization.IdnMapping().GetUnicode(domain);
        }
        catch (ArgumentException)
        {
            return domain;
        }
    }
}
