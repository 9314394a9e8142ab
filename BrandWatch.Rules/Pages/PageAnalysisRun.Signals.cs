using System.Text.RegularExpressions;
using AngleSharp.Dom;
using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Pages;

/// <summary>U3/U6 (parking, for sale), U5/D1 (redirects), X4/X5/X8/X9 (fair use) and U4 (unauthorised shop).</summary>
internal sealed partial class PageAnalysisRun
{
    private SortedSet<int>? _listingMarks;

    [GeneratedRegex(@"(?:[$€£¥]\s?\d[\d,.]*|\d[\d,.]*\s?(?:USD|EUR|GBP|JPY|CNY|円|元|€|\$))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 200)]
    private static partial Regex Price();

    [GeneratedRegex(@"(?:window\.|document\.|top\.|self\.|parent\.)?location(?:\.href)?\s*=\s*[""']([^""']{1,2048})[""']|location\.(?:replace|assign)\(\s*[""']([^""']{1,2048})[""']", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex ScriptRedirect();

    [GeneratedRegex(@"^\s*\d*(?:\.\d+)?\s*[;,]?\s*(?:url\s*=\s*)?['""]?([^'""]*)['""]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Refresh();

    private static readonly string[] SearchParameters = ["q", "query", "search", "kw", "keyword", "term", "searchtext"];

    private void DetectParkingAndSale()
    {
        var saleBlocks = new List<(TextBlock Block, List<int> Phrases)>();
        var parkingPhrases = new HashSet<int>();
        foreach (var block in _blocks)
        {
            if (block.Signals.Count == 0)
            {
                continue;
            }

            var sale = Ids(AnalyzerTables.ForSaleList, block);
            if (sale.Count > 0)
            {
                saleBlocks.Add((block, sale));
            }

            parkingPhrases.UnionWith(Ids(AnalyzerTables.ParkingList, block));
        }

        var marketplace = FirstReferenceTo(_tables.MarketplaceHosts);
        var parkingHost = FirstReferenceTo(_tables.ParkingHosts);
        var searchLinks = _links.Where(IsSearchFeedLink).ToList();

        // For sale (U6): a lander phrase or a marketplace link.
        if (saleBlocks.Count > 0 || marketplace is not null)
        {
            var evidenceBlock = saleBlocks.Count > 0 ? saleBlocks[0].Block : null;
            var offerText = string.Join(' ', saleBlocks.Select(b => Text(b.Block.Element)));
            var price = Price().Match(offerText) is { Success: true } m ? m.Value.Trim() : null;
            var facts = new Dictionary<string, string>
            {
                ["phrases"] = string.Join("; ", saleBlocks.SelectMany(b => b.Phrases).Distinct().Select(i => _options.ForSalePhrases[i])),
            };
            if (marketplace is not null)
            {
                facts["marketplace"] = marketplace.Value.Url.AbsoluteUri;
            }

            if (price is not null)
            {
                facts["price"] = price;
            }

            var evidence = evidenceBlock is not null ? Text(evidenceBlock.Element) : Fragment(marketplace!.Value.Element);
            var targeted = MarksIn(offerText);
            foreach (var mark in targeted)
            {
                Add(Criteria.U6, mark, evidence, $"The page offers the domain for sale and names {MarkAt(mark).Name} in the offer (targeted).",
                    new(facts) { ["targeted"] = "true" });
            }

            if (targeted.Count == 0)
            {
                Add(Criteria.U6, null, evidence, "The page offers the domain for sale (a generic listing).", new(facts) { ["targeted"] = "false" });
            }
        }

        // Pay-per-click parking (U3): lander phrases, a parking service, links into a search feed.
        var signals = new List<string>();
        signals.AddRange(parkingPhrases.Select(i => "phrase: " + _options.ParkingPhrases[i]));
        if (parkingHost is not null)
        {
            signals.Add("parking service: " + WebAddress.Host(parkingHost.Value.Url));
        }

        if (searchLinks.Count >= 3)
        {
            signals.Add($"{searchLinks.Count} links into a search feed");
        }

        if (signals.Count < _options.MinParkingSignals)
        {
            return;
        }

        var factsPpc = new Dictionary<string, string> { ["signals"] = string.Join("; ", signals), ["searchLinks"] = Format(searchLinks.Count) };
        var tradedMarks = new Dictionary<int, IElement>();
        foreach (var link in searchLinks.Count > 0 ? searchLinks : _links)
        {
            foreach (var mark in MarksIn(Text(link, 200) + " " + SearchTerm(link)))
            {
                tradedMarks.TryAdd(mark, link);
            }
        }

        var ppcEvidence = parkingHost is not null ? Fragment(parkingHost.Value.Element) : searchLinks.Count > 0 ? Fragment(searchLinks[0].ParentElement ?? searchLinks[0]) : string.Join("; ", signals);
        foreach (var (mark, link) in tradedMarks)
        {
            Add(Criteria.U3, mark, Fragment(link), $"A pay-per-click parking page offers links on {MarkAt(mark).Name} ({string.Join("; ", signals)}).", factsPpc);
        }

        if (tradedMarks.Count == 0)
        {
            Add(Criteria.U3, null, ppcEvidence, $"The page is a pay-per-click parking lander ({string.Join("; ", signals)}).", factsPpc);
        }
    }

    private (IElement Element, Uri Url)? FirstReferenceTo(HostSet hosts)
    {
        foreach (var element in _links.Concat(_frames).Concat(_scripts).Concat(_forms))
        {
            var reference = element.GetAttribute("href") ?? element.GetAttribute("src") ?? element.GetAttribute("action");
            if (WebAddress.QuickHost(reference) is { Length: > 0 } host && hosts.Contains(host) && WebAddress.Resolve(_base, reference) is { } uri)
            {
                return (element, uri);
            }
        }

        return null;
    }

    private bool IsSearchFeedLink(IElement link) => SearchTerm(link) is not null;

    private string? SearchTerm(IElement link)
    {
        if (link.GetAttribute("href")?.Contains('?', StringComparison.Ordinal) != true || Href(link) is not { Query.Length: > 1 } uri)
        {
            return null;
        }

        foreach (var pair in uri.Query[1..].Split('&'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && SearchParameters.Contains(pair[..equals], StringComparer.OrdinalIgnoreCase))
            {
                try
                {
                    return Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
                }
                catch (UriFormatException)
                {
                    return pair[(equals + 1)..];
                }
            }
        }

        return null;
    }

    private void DetectRedirects()
    {
        var targets = new List<(string Method, string Evidence, Uri Target)>();
        foreach (var meta in _metas)
        {
            if (!string.Equals(meta.GetAttribute("http-equiv")?.Trim(), "refresh", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var content = meta.GetAttribute("content") ?? string.Empty;
            if (content.Length < 2048 && Refresh().Match(content) is { Success: true } match && WebAddress.Resolve(_base, match.Groups[1].Value) is { } target)
            {
                targets.Add(("meta refresh", StartTag(meta), target));
            }
        }

        foreach (var script in _scripts)
        {
            if (script.HasAttribute("src"))
            {
                continue;
            }

            var code = script.TextContent;
            if (code.Length > _options.MaxScriptChars)
            {
                code = code[.._options.MaxScriptChars];
            }

            try
            {
                foreach (Match match in ScriptRedirect().Matches(code))
                {
                    var reference = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
                    if (WebAddress.Resolve(_base, reference) is { } target)
                    {
                        targets.Add(("script", match.Value, target));
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological script is not evidence of anything: skip it.
            }
        }

        foreach (var (method, evidence, target) in targets)
        {
            var host = WebAddress.Host(target);
            if (host == _host)
            {
                continue;
            }

            var facts = new Dictionary<string, string> { ["target"] = target.AbsoluteUri, ["method"] = method, ["executed"] = "false" };
            var owners = (_tables.OfficialHosts.Find(host) ?? []).Where(m => !_skip[m]).ToList();
            foreach (var mark in owners)
            {
                Add(Criteria.U5, mark, evidence, $"The page redirects visitors to {MarkAt(mark).Name}'s own site {target.AbsoluteUri} ({method}, recorded, not followed).", facts);
            }

            if (owners.Count == 0)
            {
                Add(Criteria.D1, null, evidence, $"The page redirects visitors to another site, {target.AbsoluteUri} ({method}, recorded, not followed).", facts);
            }
        }
    }

    private void DetectFairUseAndShops()
    {
        var shown = _onPage.Seen.Where(m => !_skip[m] && _onPage[m].Shown).ToList();
        var review = new HashSet<int>();
        var pejorative = new HashSet<int>();
        var shop = new HashSet<int>();
        var disclaimerMarks = new HashSet<int>();
        var anyDisclaimer = false;
        foreach (var block in _blocks)
        {
            if (block.Signals.Count == 0)
            {
                continue;
            }

            review.UnionWith(Ids(AnalyzerTables.ReviewList, block));
            pejorative.UnionWith(Ids(AnalyzerTables.PejorativeList, block));
            shop.UnionWith(Ids(AnalyzerTables.ShopList, block));

            var disclaimers = Ids(AnalyzerTables.DisclaimerList, block);
            if (disclaimers.Count > 0 && !IsHidden(block.Element))
            {
                var text = Text(block.Element);
                anyDisclaimer = true;
                var named = MarksIn(text);
                var facts = new Dictionary<string, string> { ["signal"] = "disclaimer", ["phrase"] = _options.DisclaimerPhrases[disclaimers[0]] };
                foreach (var mark in named)
                {
                    disclaimerMarks.Add(mark);
                    Add(Criteria.X8, mark, text, $"The page disclaims any affiliation with {MarkAt(mark).Name}.", facts);
                }

                if (named.Count == 0)
                {
                    Add(Criteria.X8, null, text, "The page carries a general disclaimer of affiliation.", facts);
                }
            }

            var credits = Ids(AnalyzerTables.CreditList, block);
            if (credits.Count > 0 && !IsHidden(block.Element))
            {
                var text = Text(block.Element, 500);
                foreach (var mark in MarksIn(text))
                {
                    Add(Criteria.X8, mark, text, $"The page credits {MarkAt(mark).Name} as the platform or service it runs on (\"{_options.CreditPhrases[credits[0]]}\"): nominative use.",
                        new() { ["signal"] = "platform credit", ["phrase"] = _options.CreditPhrases[credits[0]] });
                }
            }

            var resale = Ids(AnalyzerTables.ResellerList, block);
            if (resale.Count > 0 && !IsHidden(block.Element))
            {
                var text = Text(block.Element);
                var named = MarksIn(text);
                if (named.Count == 0 && shown.Count == 1)
                {
                    named = shown;
                }

                foreach (var mark in named)
                {
                    var prominent = block.Order < 8 || block.Element.Closest("header, h1, h2, h3, strong, b, .banner, .notice") is not null
                        || block.Element.LocalName is "h1" or "h2" or "h3" or "header";
                    var facts = new Dictionary<string, string> { ["signal"] = "reseller disclosure", ["phrase"] = _options.ResellerPhrases[resale[0]], ["prominent"] = Format(prominent) };
                    AddGoodsFacts(mark, facts);
                    Add(Criteria.X4, mark, text, $"The page discloses its relationship to {MarkAt(mark).Name} (\"{_options.ResellerPhrases[resale[0]]}\").", facts);
                }
            }
        }

        // A shop's "4.8 stars from 200 reviews" is not a review page: the headline must say it is one.
        var headline = string.Join(" | ", _headings.Select(h => Text(h, 300)).Prepend(_title));
        var reviewPage = review.Count >= _options.MinReviewWords && Ids(_tables.Review, headline).Count > 0;

        // Prices are looked for only on a page that already reads like a shop.
        var priced = shop.Count > 0 && shop.Count + 1 >= _options.MinShopSignals && shown.Count > 0 && Price().IsMatch(Text(_document.Body ?? _document.DocumentElement, 200_000));
        foreach (var mark in shown)
        {
            var name = MarkAt(mark).Name;
            if (reviewPage)
            {
                var words = string.Join(", ", review.Order().Select(i => _options.ReviewWords[i]));
                var evidence = _onPage[mark].InTitle ? $"<title>{_title}</title>" : _onPage[mark].TextHits.FirstOrDefault()?.Snippet ?? name;
                Add(Criteria.X8, mark, evidence, $"The page reviews {name} and names it in plain text ({words}).",
                    new() { ["signal"] = "review", ["words"] = words, ["logo"] = Format(_onPage[mark].HasLogo), ["disclaimer"] = Format(disclaimerMarks.Contains(mark)) });
            }

            if (pejorative.Count >= _options.MinPejorativeWords)
            {
                var words = string.Join(", ", pejorative.Order().Select(i => _options.PejorativeWords[i]));
                var evidence = _onPage[mark].InTitle ? $"<title>{_title}</title>" : _onPage[mark].TextHits.FirstOrDefault()?.Snippet ?? name;
                Add(Criteria.X5, mark, evidence, $"The page criticises {name} ({words}).", new() { ["signal"] = "criticism", ["words"] = words });
            }

            var shopSignals = shop.Count + (priced ? 1 : 0);
            // Selling genuine goods under the seller's own name is lawful: U4 is a shop that presents itself as the brand.
            var styledAsMark = _presents.Contains(mark);
            var authorised = WebAddress.IsOnAny(_host, MarkAt(mark).AuthorisedDomains);
            var commentary = reviewPage || pejorative.Count >= _options.MinPejorativeWords;
            var lander = _perCriterion.Keys.Any(k => k.Item1 is Criteria.U3 or Criteria.U6);
            if (shopSignals >= _options.MinShopSignals && !authorised && !commentary && !lander && !Has(Criteria.X4, mark) && !anyDisclaimer && styledAsMark)
            {
                var signals = string.Join("; ", shop.Order().Select(i => _options.ShopPhrases[i]).Concat(priced ? ["prices"] : []));
                var evidence = _onPage[mark].InTitle ? $"<title>{_title}</title>" : _onPage[mark].TextHits.FirstOrDefault()?.Snippet ?? name;
                Add(Criteria.U4, mark, evidence, $"The page is a shop presenting itself as {name} ({PresenceText(mark)}) without disclosing that it is not the owner or an authorised seller.",
                    new() { ["signals"] = signals, ["disclosure"] = "false", ["logo"] = Format(_onPage[mark].HasLogo), ["presentsAs"] = PresenceText(mark) });
            }
        }
    }

    /// <summary>
    /// Oki Data facts of a reseller finding: <c>offersGoods</c> = true when a product listing (a small visible block with
    /// a shop phrase or a price, read with its card up to two levels up) names the mark; <c>onlyMarkGoods</c> = false
    /// when the listings also name a portfolio mark of another owner. Neither is ever set the other way: a page without
    /// listings may still offer repairs, and brands outside the portfolio cannot be told from model names on the page.
    /// </summary>
    private void AddGoodsFacts(int mark, Dictionary<string, string> facts)
    {
        _listingMarks ??= FindListingMarks();
        if (!_listingMarks.Contains(mark))
        {
            return;
        }

        facts["offersGoods"] = "true";
        var owner = MarkAt(mark).Owner;
        var others = _listingMarks.Where(m => m != mark && (owner is null || !string.Equals(MarkAt(m).Owner, owner, StringComparison.OrdinalIgnoreCase))).ToList();
        if (others.Count > 0)
        {
            facts["onlyMarkGoods"] = "false";
            facts["otherBrands"] = string.Join(", ", others.Select(m => MarkAt(m).Name));
        }
    }

    /// <summary>The marks named in the page's product listings, found once per page and only for a reseller page.</summary>
    private SortedSet<int> FindListingMarks()
    {
        const int MaxListingWords = 80, MaxCardChars = 1500, CardLevels = 2;
        var found = new SortedSet<int>();
        var cards = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var block in _blocks)
        {
            if (block.Words > MaxListingWords || block.Element.LocalName == "body")
            {
                continue;
            }

            var text = Text(block.Element, MaxCardChars);
            if ((Ids(AnalyzerTables.ShopList, block).Count == 0 && !Price().IsMatch(text)) || IsHidden(block.Element))
            {
                continue;
            }

            var card = block.Element;
            for (var (level, parent) = (0, card.ParentElement); level < CardLevels && parent is not null && parent.LocalName != "body"
                && (parent.TextContent?.Length ?? 0) <= MaxCardChars; level++, parent = parent.ParentElement)
            {
                card = parent;
            }

            cards.Add(card);
        }

        // The card's TextContent runs its elements together ("Add to cartHuawei"): read the marks the walk found in its blocks.
        foreach (var mark in cards.Count > 0 ? _onPage.Seen : [])
        {
            if (!_skip[mark] && _onPage[mark].BlockOccurrences.Keys.Any(b => cards.Any(c => c == b.Element || c.Contains(b.Element))))
            {
                found.Add(mark);
            }
        }

        return found;
    }
}
