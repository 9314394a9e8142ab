namespace BrandWatch.Rules.Pages.Detectors;

/// <summary>D3 (tarnishment): adult or gambling terms, not negated, in the page's title, metadata or visible text.</summary>
internal sealed class TarnishDetector : IPageDetector
{
    public string Name => "tarnishment";

    public IReadOnlyList<string> Criteria { get; } = [Evidence.Criteria.D3];

    /// <summary>Folded words that negate a term after them ("no gambling", "isn't a casino": "isn t a casino").</summary>
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "not", "no", "never", "without", "non", "nor", "t" };

    /// <summary>
    /// Words that may stand between a negation and the term ("not a casino", "does not contain adult content", "don't
    /// offer betting"). Any other word ends the look-back, so "no deposit casino bonus" stays a hit.
    /// </summary>
    private static readonly HashSet<string> NegationFillers = new(StringComparer.Ordinal)
    {
        "a", "an", "any", "the", "or", "online", "real", "offer", "offers", "sell", "sells", "host", "hosts", "contain", "contains",
        "show", "shows", "allow", "allows", "promote", "promotes", "support", "supports", "accept", "accepts", "provide", "provides",
    };

    /// <summary>Words looked back from a term for a negation.</summary>
    private const int NegationReach = 3;

    public void Detect(PageFacts page, FindingSink findings)
    {
        if (page.Tables.Tarnish.IsEmpty)
        {
            return;
        }

        var reported = new HashSet<int>();
        var sources = new List<(string Location, string Text, string Evidence)> { ("title", page.Title, $"<title>{page.Title}</title>") };
        foreach (var meta in page.Metas)
        {
            var key = (meta.GetAttribute("name") ?? meta.GetAttribute("property") ?? string.Empty).Trim().ToLowerInvariant();
            if (key is "keywords" or "news_keywords" or "description" or "og:title" or "og:description" or "twitter:title" or "twitter:description"
                && meta.GetAttribute("content") is { Length: > 0 } content)
            {
                sources.Add(("meta " + key, content, PageMarkup.StartTag(meta)));
            }
        }

        var hits = new List<PhraseHit>();
        foreach (var (location, text, evidence) in sources)
        {
            var folded = TextFolder.Fold(text);
            hits.Clear();
            page.Tables.Tarnish.Scan(folded, hits);
            foreach (var hit in Affirmed(folded, hits))
            {
                if (reported.Add(hit.Id))
                {
                    AddTarnish(page, findings, hit.Id, location, evidence);
                }
            }
        }

        var gamblingBlocks = 0;
        var inText = new List<(TextBlock Block, int Id)>();
        foreach (var (block, start, length) in page.Segments)
        {
            var folded = page.SegmentText(start, length);
            hits.Clear();
            page.Tables.Tarnish.Scan(folded, hits);
            // Whether a block is hidden costs a style look-up: it is asked only of the blocks that hold a term.
            if (hits.Count == 0 || page.IsHidden(block.Element))
            {
                continue;
            }

            var gambling = false;
            foreach (var hit in Affirmed(folded, hits))
            {
                gambling |= page.Tables.TarnishIsGambling[hit.Id];
                if (!reported.Contains(hit.Id) && !inText.Exists(h => h.Id == hit.Id))
                {
                    inText.Add((block, hit.Id));
                }
            }

            gamblingBlocks += gambling ? 1 : 0;
        }

        // Adult content tarnishes wherever it stands. A gambling term in one block among many (a parked page's "Online
        // Casino" link beside its games links) is an advertisement, not what the page is: gambling counts in the text
        // when it stands in two blocks or more, or in a third of the page's visible blocks at least.
        var gamblingPage = gamblingBlocks >= 2 || (gamblingBlocks == 1 && VisibleSegmentsAtMost(page, 3));
        foreach (var (block, id) in inText)
        {
            if (gamblingPage || !page.Tables.TarnishIsGambling[id])
            {
                reported.Add(id);
                AddTarnish(page, findings, id, "text", TarnishSnippet(page, block, id));
            }
        }
    }

    /// <summary>Stems of gambling terms: the configured terms that name betting rather than adult content.</summary>
    private static readonly string[] GamblingStems = ["casino", "gambl", "betting", "sportsbook", "bookmaker", "poker", "roulette", "blackjack", "slot", "spins", "lotter", "bingo", "wager"];

    internal static bool IsGambling(string term)
    {
        foreach (var stem in GamblingStems)
        {
            if (term.Contains(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the page has no more than <paramref name="most"/> visible text segments; stops counting past it.</summary>
    private static bool VisibleSegmentsAtMost(PageFacts page, int most)
    {
        var visible = 0;
        foreach (var (block, _, _) in page.Segments)
        {
            if (!page.IsHidden(block.Element) && ++visible > most)
            {
                return false;
            }
        }

        return true;
    }

    private static void AddTarnish(PageFacts page, FindingSink findings, int id, string location, string evidence)
    {
        var term = page.Options.TarnishTerms[id];
        findings.Add(Evidence.Criteria.D3, null, evidence, $"The page carries adult or gambling content (\"{term}\" in the {location}).",
            new() { ["term"] = term, ["location"] = location });
    }

    /// <summary>
    /// The hits not negated, in text order. A term joined to a negated one by "or", "and", "nor" or a comma is negated
    /// too ("no betting or gambling").
    /// </summary>
    private static List<PhraseHit> Affirmed(ReadOnlySpan<char> folded, List<PhraseHit> hits)
    {
        hits.Sort((a, b) => a.Start.CompareTo(b.Start));
        var affirmed = new List<PhraseHit>(hits.Count);
        var negatedEnd = -1;
        foreach (var hit in hits)
        {
            var joined = negatedEnd >= 0 && hit.Start >= negatedEnd && folded[negatedEnd..hit.Start].Trim() is var gap
                && (gap.IsEmpty || gap.SequenceEqual("or") || gap.SequenceEqual("and") || gap.SequenceEqual("nor"));
            if (joined || IsNegated(folded, hit.Start))
            {
                negatedEnd = Math.Max(negatedEnd, hit.Start + hit.Length);
                continue;
            }

            affirmed.Add(hit);
        }

        return affirmed;
    }

    /// <summary>True when a negation stands before <paramref name="start"/>, at most <see cref="NegationReach"/> words back across fillers.</summary>
    private static bool IsNegated(ReadOnlySpan<char> folded, int start)
    {
        var end = start - 1;
        for (var word = 0; word < NegationReach && end > 0; word++)
        {
            var from = folded[..end].LastIndexOf(' ') + 1;
            var before = folded[from..end];
            if (Negations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before))
            {
                return true;
            }

            if (!NegationFillers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before))
            {
                return false;
            }

            end = from - 1;
        }

        return false;
    }

    /// <summary>The original words around the first occurrence of the term in the block.</summary>
    private static string TarnishSnippet(PageFacts page, TextBlock block, int id)
    {
        var text = PageMarkup.Text(block.Element, 200_000);
        var map = new List<int>();
        var folded = TextFolder.Fold(text, map);
        var hits = new List<PhraseHit>();
        page.Tables.Tarnish.Scan(folded, hits);
        foreach (var hit in Affirmed(folded, hits))
        {
            if (hit.Id == id)
            {
                return PageMarkup.Snippet(text, map[hit.Start], map[hit.Start + hit.Length - 1] + 1);
            }
        }

        return text;
    }
}
