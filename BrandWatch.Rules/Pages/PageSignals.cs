using AngleSharp.Dom;

namespace BrandWatch.Rules.Pages;

/// <summary>
/// The fair-use and shop signals of the page's blocks, read once: disclaimers and platform credits in block order,
/// reseller disclosures with their goods facts, and the review, criticism and shop words of the whole page.
/// </summary>
internal sealed class PageSignals
{
    private readonly List<Notice> _notices = [];
    private readonly List<Disclosure> _disclosures = [];
    private readonly HashSet<int> _review = [];
    private readonly HashSet<int> _pejorative = [];
    private readonly HashSet<int> _shop = [];
    private readonly HashSet<int> _disclaimedMarks = [];
    private SortedSet<int>? _listingMarks;

    public PageSignals(PageFacts page)
    {
        Shown = [.. page.OnPage.Seen.Where(m => !page.Skip[m] && page.OnPage[m].Shown)];
        var options = page.Options;
        foreach (var block in page.Blocks)
        {
            if (block.Signals.Count == 0)
            {
                continue;
            }

            _review.UnionWith(PageFacts.Ids(AnalyzerTables.ReviewList, block));
            _pejorative.UnionWith(PageFacts.Ids(AnalyzerTables.PejorativeList, block));
            _shop.UnionWith(PageFacts.Ids(AnalyzerTables.ShopList, block));

            var disclaimers = PageFacts.Ids(AnalyzerTables.DisclaimerList, block);
            if (disclaimers.Count > 0 && !page.IsHidden(block.Element))
            {
                var text = PageMarkup.Text(block.Element);
                AnyDisclaimer = true;
                var named = page.MarksIn(text);
                _disclaimedMarks.UnionWith(named);
                _notices.Add(new Notice(true, text, named, options.DisclaimerPhrases[disclaimers[0]]));
            }

            var credits = PageFacts.Ids(AnalyzerTables.CreditList, block);
            if (credits.Count > 0 && !page.IsHidden(block.Element))
            {
                var text = PageMarkup.Text(block.Element, 500);
                _notices.Add(new Notice(false, text, page.MarksIn(text), options.CreditPhrases[credits[0]]));
            }

            var resale = PageFacts.Ids(AnalyzerTables.ResellerList, block);
            if (resale.Count > 0 && !page.IsHidden(block.Element))
            {
                var text = PageMarkup.Text(block.Element);
                var named = page.MarksIn(text);
                if (named.Count == 0 && Shown.Count == 1)
                {
                    named = Shown;
                }

                foreach (var mark in named)
                {
                    var prominent = block.Order < 8 || block.Element.Closest("header, h1, h2, h3, strong, b, .banner, .notice") is not null
                        || block.Element.LocalName is "h1" or "h2" or "h3" or "header";
                    var facts = new Dictionary<string, string> { ["signal"] = "reseller disclosure", ["phrase"] = options.ResellerPhrases[resale[0]], ["prominent"] = PageMarkup.Format(prominent) };
                    AddGoodsFacts(page, mark, facts);
                    _disclosures.Add(new Disclosure(mark, text, options.ResellerPhrases[resale[0]], facts));
                }
            }
        }

        // A shop's "4.8 stars from 200 reviews" is not a review page: the headline must say it is one.
        var headline = string.Join(" | ", page.Headings.Select(h => PageMarkup.Text(h, 300)).Prepend(page.Title));
        ReviewPage = _review.Count >= options.MinReviewWords && PageFacts.Ids(page.Tables.Review, headline).Count > 0;

        // Prices are looked for only on a page that already reads like a shop.
        Priced = _shop.Count > 0 && _shop.Count + 1 >= options.MinShopSignals && Shown.Count > 0
            && PagePatterns.Price().IsMatch(PageMarkup.Text(page.Document.Body ?? page.Document.DocumentElement, 200_000));
    }

    /// <summary>A disclaimer of affiliation (<c>Disclaimer</c>) or a platform credit, with the marks its block names.</summary>
    public sealed record Notice(bool Disclaimer, string Text, List<int> Marks, string Phrase);

    /// <summary>A reseller's disclosure of its relationship to a mark, with the Oki Data facts.</summary>
    public sealed record Disclosure(int Mark, string Text, string Phrase, Dictionary<string, string> Facts);

    /// <summary>The marks the page shows a visitor (not skipped on this host), in portfolio order.</summary>
    public List<int> Shown { get; }

    public IReadOnlyList<Notice> Notices => _notices;

    public IReadOnlyList<Disclosure> Disclosures => _disclosures;

    /// <summary>Indexes into <see cref="PageAnalysisOptions.ReviewWords"/> found in the page's blocks.</summary>
    public IReadOnlySet<int> ReviewWords => _review;

    /// <summary>Indexes into <see cref="PageAnalysisOptions.PejorativeWords"/> found in the page's blocks.</summary>
    public IReadOnlySet<int> PejorativeWords => _pejorative;

    /// <summary>Indexes into <see cref="PageAnalysisOptions.ShopPhrases"/> found in the page's blocks.</summary>
    public IReadOnlySet<int> ShopPhrases => _shop;

    public IReadOnlySet<int> DisclaimedMarks => _disclaimedMarks;

    public bool AnyDisclaimer { get; }

    /// <summary>Enough review words, and the title or a heading says the page is a review.</summary>
    public bool ReviewPage { get; }

    /// <summary>A page that reads like a shop shows prices.</summary>
    public bool Priced { get; }

    /// <summary>
    /// Oki Data facts of a reseller finding: <c>offersGoods</c> = true when a product listing (a small visible block with
    /// a shop phrase or a price, read with its card up to two levels up) names the mark; <c>onlyMarkGoods</c> = false
    /// when the listings also name a portfolio mark of another owner. Neither is ever set the other way: a page without
    /// listings may still offer repairs, and brands outside the portfolio cannot be told from model names on the page.
    /// </summary>
    private void AddGoodsFacts(PageFacts page, int mark, Dictionary<string, string> facts)
    {
        _listingMarks ??= FindListingMarks(page);
        if (!_listingMarks.Contains(mark))
        {
            return;
        }

        facts["offersGoods"] = "true";
        var owner = page.MarkAt(mark).Owner;
        var others = _listingMarks.Where(m => m != mark && (owner is null || !string.Equals(page.MarkAt(m).Owner, owner, StringComparison.OrdinalIgnoreCase))).ToList();
        if (others.Count > 0)
        {
            facts["onlyMarkGoods"] = "false";
            facts["otherBrands"] = string.Join(", ", others.Select(m => page.MarkAt(m).Name));
        }
    }

    /// <summary>
    /// The Oki Data facts of a page that sells the mark's goods without a reseller's disclosure, or null when no product
    /// listing names the mark. <c>disclosure</c> records a disclaimer that names the mark, or any disclaimer on a page
    /// that shows only that mark.
    /// </summary>
    public Dictionary<string, string>? SellerFacts(PageFacts page, int mark)
    {
        ArgumentNullException.ThrowIfNull(page);
        var facts = new Dictionary<string, string> { ["signal"] = "seller of the goods" };
        AddGoodsFacts(page, mark, facts);
        if (!facts.ContainsKey("offersGoods"))
        {
            return null;
        }

        facts["disclosure"] = PageMarkup.Format(_disclaimedMarks.Contains(mark) || (AnyDisclaimer && Shown.Count == 1));
        facts["prominent"] = "false";
        return facts;
    }

    /// <summary>The marks named in the page's product listings, found once per page and only for a reseller page.</summary>
    private static SortedSet<int> FindListingMarks(PageFacts page)
    {
        const int MaxListingWords = 80, MaxCardChars = 1500, CardLevels = 2;
        var found = new SortedSet<int>();
        var cards = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var block in page.Blocks)
        {
            if (block.Words > MaxListingWords || block.Element.LocalName == "body")
            {
                continue;
            }

            var text = PageMarkup.Text(block.Element, MaxCardChars);
            if ((PageFacts.Ids(AnalyzerTables.ShopList, block).Count == 0 && !PagePatterns.Price().IsMatch(text)) || page.IsHidden(block.Element))
            {
                continue;
            }

            var card = block.Element;
            for (var (level, parent) = (0, card.ParentElement); level < CardLevels && parent is not null && parent.LocalName != "body"
                && PageMarkup.TextLength(parent, MaxCardChars) <= MaxCardChars; level++, parent = parent.ParentElement)
            {
                card = parent;
            }

            cards.Add(card);
        }

        // The card's TextContent runs its elements together ("Add to cartHuawei"): read the marks the walk found in its blocks.
        // A short line that offers the brand as a way to pay ("Express checkout: PayPal or Apple Pay") lists no goods of it.
        foreach (var mark in cards.Count > 0 ? page.OnPage.Seen : [])
        {
            if (!page.Skip[mark] && page.OnPage[mark].BlockOccurrences.Keys.Any(b => cards.Any(c => c == b.Element || c.Contains(b.Element)) && !IsPaymentLine(b)))
            {
                found.Add(mark);
            }
        }

        return found;
    }

    private static bool IsPaymentLine(TextBlock block)
    {
        const int MaxPaymentLineWords = 15;
        return block.Words <= MaxPaymentLineWords && ServiceLinks.PaymentLinePhrase(PageMarkup.Text(block.Element, 200)) is not null;
    }
}
