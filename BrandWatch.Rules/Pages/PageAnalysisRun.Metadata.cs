using AngleSharp.Dom;
using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Pages;

/// <summary>A10 (the mark in metadata) and A11 (hidden text, stuffing, burying).</summary>
internal sealed partial class PageAnalysisRun
{
    /// <summary>Each place the metadata names a mark, reported as A10 only once the page is known not to discuss the mark.</summary>
    private readonly List<(int Mark, string Evidence, string Location, Dictionary<string, string> Facts)> _metadataHits = [];

    private void DetectMetadata()
    {
        var title = _title;
        foreach (var mark in MarksIn(title))
        {
            _onPage[mark].InTitle = true;
            _onPage[mark].InMetadata = true;
            _metadataHits.Add((mark, $"<title>{title}</title>", "title", new() { ["location"] = "title" }));
        }

        foreach (var meta in _metas)
        {
            var key = (meta.GetAttribute("name") ?? meta.GetAttribute("property") ?? meta.GetAttribute("itemprop") ?? string.Empty).Trim().ToLowerInvariant();
            var location = key switch
            {
                "keywords" or "news_keywords" => "meta keywords",
                "description" => "meta description",
                _ when key.StartsWith("og:", StringComparison.Ordinal) => "Open Graph " + key,
                _ when key.StartsWith("twitter:", StringComparison.Ordinal) => "Twitter card " + key,
                _ => null,
            };
            var content = meta.GetAttribute("content");
            if (location is null || string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (var mark in MarksIn(content))
            {
                _onPage[mark].InMetadata = true;
                var facts = new Dictionary<string, string> { ["location"] = location };
                if (location == "meta keywords")
                {
                    var repeats = CountOccurrences(content, mark);
                    facts["repeats"] = Format(repeats);
                    if (repeats >= _options.StuffingMetaRepeats)
                    {
                        Add(Criteria.A11, mark, StartTag(meta), $"The meta keywords repeat {MarkAt(mark).Name} {repeats} times (keyword stuffing).",
                            new() { ["technique"] = "meta keywords stuffing", ["repeats"] = Format(repeats) });
                    }
                }

                _metadataHits.Add((mark, StartTag(meta), location + " tag", facts));
            }
        }

        var altFound = new HashSet<int>();
        foreach (var image in _images)
        {
            foreach (var attribute in (ReadOnlySpan<string>)["alt", "title"])
            {
                var marks = MarksIn(image.GetAttribute(attribute));
                if (marks.Count == 0)
                {
                    continue;
                }

                // A visible picture's alt text describes what the reader sees; only an image nobody sees buries the mark.
                var unseen = IsTiny(image) || IsHidden(image);
                foreach (var mark in marks)
                {
                    _onPage[mark].InImageText = true;
                    if (unseen && altFound.Add(mark))
                    {
                        _onPage[mark].InMetadata = true;
                        _metadataHits.Add((mark, StartTag(image), $"{attribute} text of an image nobody sees",
                            new() { ["location"] = "img " + attribute, ["src"] = image.GetAttribute("src") ?? string.Empty }));
                    }
                }
            }
        }
    }

    private static bool IsTiny(IElement image) =>
        int.TryParse(image.GetAttribute("width"), out var width) && int.TryParse(image.GetAttribute("height"), out var height) && width <= 2 && height <= 2;

    /// <summary>
    /// A10: the mark in the metadata of a page that presents itself as the brand, or of a page that never shows the
    /// mark to its reader (Brookfield). A page that discusses, reviews or sells the mark's goods names it in its
    /// title and description as a headline does (Playboy v. Welles): that is not burying.
    /// </summary>
    private void EmitMetadata()
    {
        foreach (var (mark, evidence, location, facts) in _metadataHits)
        {
            var onPage = _onPage[mark];
            var name = MarkAt(mark).Name;
            if (_presents.Contains(mark))
            {
                Add(Criteria.A10, mark, evidence, $"The {location} names {name} on a page that presents itself as {name} ({PresenceText(mark)}).",
                    new(facts) { ["discussed"] = "false", ["presentsAsMark"] = "true" });
            }
            else if (onPage.VisibleOccurrences == 0 && !onPage.HasLogo)
            {
                Add(Criteria.A10, mark, evidence, $"The {location} names {name}, but the page never shows {name} to its reader (burying).",
                    new(facts) { ["discussed"] = "false", ["presentsAsMark"] = "false", ["hiddenOccurrences"] = Format(onPage.HiddenOccurrences) });
            }
        }
    }

    private int CountOccurrences(string text, int mark)
    {
        var map = new List<int>();
        var hits = new List<PhraseHit>();
        _tables.MarkPhrases.Scan(TextFolder.Fold(text, map), hits, text, map);
        return hits.Count(h => h.Id == mark);
    }

    private void DetectHiddenAndStuffing()
    {
        foreach (var mark in _onPage.Seen)
        {
            var onPage = _onPage[mark];
            if (_skip[mark])
            {
                continue;
            }

            var name = MarkAt(mark).Name;
            foreach (var hidden in onPage.Hidden)
            {
                Add(Criteria.A11, mark, Fragment(hidden.Element),
                    $"{name} appears {hidden.Count} time(s) in text a visitor cannot see ({hidden.Technique}).",
                    new() { ["technique"] = hidden.Technique, ["hiddenOccurrences"] = Format(hidden.Count), ["visibleOccurrences"] = Format(onPage.VisibleOccurrences) });
            }

            var markWords = Math.Max(1, TextFolder.CountWords(TextFolder.Fold(name)));
            var density = (double)onPage.VisibleOccurrences * markWords / Math.Max(1, _words);
            var wallpaper = onPage.BlockOccurrences
                .Where(b => b.Value >= _options.StuffingRunOccurrences && (double)b.Value * markWords / Math.Max(1, b.Key.Words) >= _options.StuffingRunShare)
                .OrderByDescending(b => b.Value)
                .FirstOrDefault(b => !IsHidden(b.Key.Element));
            if (wallpaper.Key is { } run)
            {
                var share = (double)wallpaper.Value * markWords / Math.Max(1, run.Words);
                Add(Criteria.A11, mark, Text(run.Element),
                    $"{name} is repeated {wallpaper.Value} times in one block where it makes up {Format(share * 100)}% of the words: keyword stuffing.",
                    new() { ["technique"] = "keyword stuffing", ["density"] = Format(share), ["occurrences"] = Format(wallpaper.Value), ["words"] = Format(run.Words) });
            }
            else if (onPage.VisibleOccurrences >= _options.StuffingMinOccurrences && density >= _options.StuffingDensity)
            {
                var example = onPage.TextHits.MaxBy(g => g.Count)!;
                Add(Criteria.A11, mark, example.Snippet,
                    $"{name} makes up {Format(density * 100)}% of the page's words ({onPage.VisibleOccurrences} occurrences): keyword stuffing.",
                    new() { ["technique"] = "keyword stuffing", ["density"] = Format(density), ["occurrences"] = Format(onPage.VisibleOccurrences), ["words"] = Format(_words) });
            }
        }
    }
}
