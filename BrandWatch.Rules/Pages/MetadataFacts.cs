using AngleSharp.Dom;

namespace BrandWatch.Rules.Pages;

/// <summary>
/// Where the title, the meta and Open Graph tags and the text of images name marks. Marks the mark's entry in
/// <see cref="PageFacts.OnPage"/> (in the title, in the metadata, in image text) and keeps each mention for A10 and
/// each stuffed keywords tag for A11.
/// </summary>
internal sealed class MetadataFacts
{
    private readonly List<MetadataMention> _mentions = [];
    private readonly List<(int Mark, IElement Meta, int Repeats)> _stuffedKeywords = [];

    public MetadataFacts(PageFacts page) => PageFacts.Guard(() => Read(page));

    /// <summary>Each place the metadata names a mark, in document order (title, meta tags, images).</summary>
    public IReadOnlyList<MetadataMention> Mentions => _mentions;

    /// <summary>Meta keywords tags that repeat a mark at least <see cref="PageAnalysisOptions.StuffingMetaRepeats"/> times.</summary>
    public IReadOnlyList<(int Mark, IElement Meta, int Repeats)> StuffedKeywords => _stuffedKeywords;

    private void Read(PageFacts page)
    {
        var title = page.Title;
        foreach (var mark in page.MarksIn(title))
        {
            page.OnPage[mark].InTitle = true;
            page.OnPage[mark].InMetadata = true;
            _mentions.Add(new(mark, $"<title>{title}</title>", "title", new() { ["location"] = "title" }));
        }

        foreach (var meta in page.Metas)
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

            foreach (var mark in page.MarksIn(content))
            {
                page.OnPage[mark].InMetadata = true;
                var facts = new Dictionary<string, string> { ["location"] = location };
                if (location == "meta keywords")
                {
                    var repeats = CountOccurrences(page, content, mark);
                    facts["repeats"] = PageMarkup.Format(repeats);
                    if (repeats >= page.Options.StuffingMetaRepeats)
                    {
                        _stuffedKeywords.Add((mark, meta, repeats));
                    }
                }

                _mentions.Add(new(mark, PageMarkup.StartTag(meta), location + " tag", facts));
            }
        }

        var altFound = new HashSet<int>();
        foreach (var image in page.Images)
        {
            foreach (var attribute in (ReadOnlySpan<string>)["alt", "title"])
            {
                var marks = page.MarksIn(image.GetAttribute(attribute));
                if (marks.Count == 0)
                {
                    continue;
                }

                // A visible picture's alt text describes what the reader sees; only an image nobody sees buries the mark.
                var unseen = PageMarkup.IsTiny(image) || page.IsHidden(image);
                foreach (var mark in marks)
                {
                    page.OnPage[mark].InImageText = true;
                    if (unseen && altFound.Add(mark))
                    {
                        page.OnPage[mark].InMetadata = true;
                        _mentions.Add(new(mark, PageMarkup.StartTag(image), $"{attribute} text of an image nobody sees",
                            new() { ["location"] = "img " + attribute, ["src"] = image.GetAttribute("src") ?? string.Empty }));
                    }
                }
            }
        }
    }

    internal static int CountOccurrences(PageFacts page, string text, int mark) => page.MarkHits(text).Hits.Count(h => h.Id == mark);
}
