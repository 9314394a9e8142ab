using AngleSharp.Dom;

namespace BrandWatch.Rules.Pages.Detectors;

/// <summary>A11: the mark stuffed into meta keywords, hidden from the reader by style, or repeated as keyword wallpaper.</summary>
internal sealed class HiddenTextDetector : IPageDetector
{
    public string Name => "hidden text and stuffing";

    public IReadOnlyList<string> Criteria { get; } = [Evidence.Criteria.A11];

    public void Detect(PageFacts page, FindingSink findings)
    {
        var options = page.Options;
        foreach (var (mark, meta, repeats) in page.Metadata.StuffedKeywords)
        {
            if (DescribesServicesForTheMark(page, mark, meta, repeats))
            {
                continue;
            }

            findings.Add(Evidence.Criteria.A11, mark, PageMarkup.StartTag(meta), $"The meta keywords repeat {page.MarkAt(mark).Name} {repeats} times (keyword stuffing).",
                new() { ["technique"] = "meta keywords stuffing", ["repeats"] = PageMarkup.Format(repeats) });
        }

        foreach (var mark in page.OnPage.Seen)
        {
            var onPage = page.OnPage[mark];
            if (page.Skip[mark])
            {
                continue;
            }

            var name = page.MarkAt(mark).Name;
            foreach (var hidden in onPage.Hidden)
            {
                findings.Add(Evidence.Criteria.A11, mark, PageMarkup.Fragment(hidden.Element, options.MaxEvidenceChars),
                    $"{name} appears {hidden.Count} time(s) in text a visitor cannot see ({hidden.Technique}).",
                    new() { ["technique"] = hidden.Technique, ["hiddenOccurrences"] = PageMarkup.Format(hidden.Count), ["visibleOccurrences"] = PageMarkup.Format(onPage.VisibleOccurrences) });
            }

            var markWords = Math.Max(1, TextFolder.CountWords(TextFolder.Fold(name)));
            var density = (double)onPage.VisibleOccurrences * markWords / Math.Max(1, page.Words);
            var wallpaper = onPage.BlockOccurrences
                .Where(b => b.Value >= options.StuffingRunOccurrences && (double)b.Value * markWords / Math.Max(1, b.Key.Words) >= options.StuffingRunShare)
                .OrderByDescending(b => b.Value)
                .FirstOrDefault(b => !page.IsHidden(b.Key.Element));
            if (wallpaper.Key is { } run)
            {
                var share = (double)wallpaper.Value * markWords / Math.Max(1, run.Words);
                findings.Add(Evidence.Criteria.A11, mark, PageMarkup.Text(run.Element),
                    $"{name} is repeated {wallpaper.Value} times in one block where it makes up {PageMarkup.Format(share * 100)}% of the words: keyword stuffing.",
                    new() { ["technique"] = "keyword stuffing", ["density"] = PageMarkup.Format(share), ["occurrences"] = PageMarkup.Format(wallpaper.Value), ["words"] = PageMarkup.Format(run.Words) });
            }
            else if (onPage.VisibleOccurrences >= options.StuffingMinOccurrences && density >= options.StuffingDensity)
            {
                var example = onPage.TextHits.MaxBy(g => g.Count)!;
                findings.Add(Evidence.Criteria.A11, mark, example.Snippet,
                    $"{name} makes up {PageMarkup.Format(density * 100)}% of the page's words ({onPage.VisibleOccurrences} occurrences): keyword stuffing.",
                    new() { ["technique"] = "keyword stuffing", ["density"] = PageMarkup.Format(density), ["occurrences"] = PageMarkup.Format(onPage.VisibleOccurrences), ["words"] = PageMarkup.Format(page.Words) });
            }
        }
    }

    /// <summary>
    /// A keywords tag whose entries name the mark once each, in different phrases ("Shopify developer, Shopify store
    /// setup"), on a page whose text names the mark at least as often and which does not present itself as the brand:
    /// the entries mirror what the page offers for the mark's goods, as Playboy v. Welles allowed metatags that describe
    /// the site. Stuffing names the mark for search more than the page does for its reader, or repeats it for its own
    /// sake (the same entry again, the mark again within one entry).
    /// </summary>
    private static bool DescribesServicesForTheMark(PageFacts page, int mark, IElement meta, int repeats)
    {
        if (page.OnPage[mark].VisibleOccurrences < repeats || page.Branding.Presents.Contains(mark))
        {
            return false;
        }

        var entries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in (meta.GetAttribute("content") ?? string.Empty).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var named = MetadataFacts.CountOccurrences(page, entry, mark);
            if (named > 1 || (named == 1 && !entries.Add(TextFolder.Fold(entry))))
            {
                return false;
            }
        }

        return true;
    }
}
