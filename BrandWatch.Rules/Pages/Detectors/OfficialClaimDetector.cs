using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace BrandWatch.Rules.Pages.Detectors;

/// <summary>
/// U1 without a form: a page, on a host the mark's owner does not own, that calls itself the owner's official site in
/// its own words ("The official website of Sun Microsystems", "ACME Official Store", "site officiel de ACME"). A
/// false claim of being the owner is impersonation whatever the page goes on to do, and never confers a right (Overview
/// 2.13.1; sun.ir, WIPO DIR2006-0005). The claim must name the page: its title, a heading, a strapline of a few words,
/// or words that introduce the page ("welcome to", "this is"); a longer sentence about the official site is a
/// reference to it, as news and reviews make. A page that points to the official site ("visit the official website of …"),
/// a link that names it, and a page that disclaims the mark or discloses a reseller's tie are no claim. It defers to
/// the credential form and the support scam, which already report the page, and to the unauthorised shop, which reports
/// a shop's pretence to be the owner's store as what it is: selling under the owner's name (U4).
/// </summary>
internal sealed partial class OfficialClaimDetector : IPageDetector
{
    private const int MaxClaimText = 400;

    /// <summary>A block this short names the page (a strapline), where a longer sentence may speak of another site.</summary>
    private const int MaxStraplineWords = 10;

    /// <summary>Words between the claim and the mark it names: "official website of the …", "site officiel de …".</summary>
    private static readonly HashSet<string> Connectives = new(StringComparer.Ordinal)
    {
        "of", "for", "the", "s", "de", "du", "des", "la", "le", "l", "di", "del", "della", "dello", "da", "do", "dos", "das",
        "von", "der", "van", "het",
    };

    /// <summary>
    /// Words that make "the official site" another site than this one (visit, on, at, see …), or deny the claim (not,
    /// unofficial): the page then points at the official site or says it is none.
    /// </summary>
    private static readonly HashSet<string> ReferenceWords = new(StringComparer.Ordinal)
    {
        "visit", "visiting", "see", "open", "opens", "lead", "leads", "link", "links", "go", "goes", "shop", "buy", "order",
        "browse", "use", "try", "find", "read", "follow", "contact", "call", "download", "check",
        "on", "at", "from", "via", "to", "in", "into", "per", "by", "than", "like", "and", "or", "other", "its", "their",
        "not", "no", "never", "unofficial",
        "visitez", "sur", "au", "voir", "visita", "en", "sul", "nel", "na", "auf", "besuchen", "besuche", "zur", "zum", "op",
        "bezoek", "naar",
    };

    /// <summary>Words the tests of what comes before the claim skip over: articles.</summary>
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
    {
        "the", "an", "a", "le", "la", "el", "il", "lo", "o", "der", "die", "das", "de", "het",
    };

    /// <summary>
    /// The words of a claim, found in each block as the page is read (<see cref="AnalyzerTables.ClaimList"/>): only the
    /// blocks that hold one are read again here, so a page without them costs nothing more.
    /// </summary>
    public static IReadOnlyList<string> ClaimWords { get; } =
        ["official", "officiel", "officielle", "officiele", "oficial", "ufficiale", "offizielle", "offiziellen", "offizieller", "offizielles"];

    public string Name => "official-site claim";

    public IReadOnlyList<string> Criteria { get; } = [Evidence.Criteria.U1];

    public void Detect(PageFacts page, FindingSink findings)
    {
        if (findings.HasAny(Evidence.Criteria.U1))
        {
            return;
        }

        var claimed = new HashSet<int>();
        if (PageFacts.Ids(page.Tables.Signals, page.Title).Any(i => i / AnalyzerTables.SignalListSize == AnalyzerTables.ClaimList))
        {
            Check(page, page.Title, prominent: true, claimed, findings);
        }

        foreach (var block in page.Blocks)
        {
            if (!PageFacts.Has(AnalyzerTables.ClaimList, block) || page.IsHidden(block.Element) || block.Element.Closest("a") is not null || LinksNameTheClaim(block.Element))
            {
                continue;
            }

            var prominent = block.Element.LocalName is "h1" or "h2" or "h3" or "header" || block.Element.Closest("h1, h2, h3, header") is not null;
            Check(page, PageMarkup.Text(block.Element, MaxClaimText), prominent, claimed, findings);
        }
    }

    /// <summary>
    /// Reports the marks a text claims the page is the official site of. A claim counts where the page names itself: in
    /// its title, a heading or a strapline of a few words, or after words that introduce the page ("welcome to", "this
    /// is"); a sentence that goes on about the official site ("the official website of ACME lists the prices") is a
    /// reference to it, as news and reviews make.
    /// </summary>
    private static void Check(PageFacts page, string text, bool prominent, HashSet<int> claimed, FindingSink findings)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        prominent |= text.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Length <= MaxStraplineWords;

        var map = new List<int>();
        var folded = TextFolder.Fold(text, map);
        var claims = Claim().Matches(folded);
        if (claims.Count == 0)
        {
            return;
        }

        var hits = new List<PhraseHit>();
        page.Tables.MarkPhrases.Scan(folded, hits, text, map);
        foreach (Match claim in claims)
        {
            foreach (var hit in hits)
            {
                if (page.Skip[hit.Id] || claimed.Contains(hit.Id) || findings.Has(Evidence.Criteria.U4, hit.Id)
                    || page.Signals.DisclaimedMarks.Contains(hit.Id) || page.Signals.Disclosures.Any(d => d.Mark == hit.Id)
                    || !Names(folded, claim, hit))
                {
                    continue;
                }

                var start = Math.Min(claim.Index, hit.Start);
                if (!IntroducesThePage(folded, start) && (!prominent || PointsElsewhere(folded, start)))
                {
                    continue;
                }

                claimed.Add(hit.Id);
                var name = page.MarkAt(hit.Id).Name;
                var evidence = text.Length > page.Options.MaxEvidenceChars ? text[..page.Options.MaxEvidenceChars] : text;
                findings.Add(Evidence.Criteria.U1, hit.Id, evidence,
                    $"The page calls itself the official site of {name} (\"{claim.Value}\") on a host {name} does not own: impersonation of the owner.",
                    new() { ["signal"] = "official claim", ["phrase"] = claim.Value });
            }
        }
    }

    /// <summary>The mark is the claim's subject: inside it ("the official ACME store"), right after it through connectives, or right before it.</summary>
    private static bool Names(string folded, Match claim, PhraseHit hit)
    {
        var claimEnd = claim.Index + claim.Length;
        if (hit.Start >= claim.Index && hit.Start + hit.Length <= claimEnd)
        {
            return true;
        }

        if (hit.Start >= claimEnd)
        {
            return OnlyConnectives(folded.AsSpan(claimEnd, hit.Start - claimEnd));
        }

        var hitEnd = hit.Start + hit.Length;
        return hitEnd <= claim.Index && OnlyConnectives(folded.AsSpan(hitEnd, claim.Index - hitEnd));
    }

    private static bool OnlyConnectives(ReadOnlySpan<char> between)
    {
        var connectives = Connectives.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = 0;
        foreach (var range in between.Split(' '))
        {
            var word = between[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > 3 || !connectives.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the words before the claim and the mark it names make it another site's ("visit the official site", "opens
    /// the ACME official site", "not the official site").
    /// </summary>
    private static bool PointsElsewhere(string folded, int claimStart)
    {
        var (before, last) = WordsBefore(folded, claimStart);
        return last >= 0 && ReferenceWords.Contains(before[last]);
    }

    /// <summary>Whether the words before the claim introduce the page itself ("welcome to the official site", "this is the official site").</summary>
    private static bool IntroducesThePage(string folded, int claimStart)
    {
        var (before, last) = WordsBefore(folded, claimStart);
        if (last < 1)
        {
            return false;
        }

        var (first, second) = (before[last - 1], before[last]);
        return (first, second) is ("welcome", "to") or ("this", "is") or ("are", "on") or ("are", "at") or ("are", "visiting")
            or ("bienvenue", "sur") or ("bienvenue", "a") or ("bienvenido", "a") or ("bienvenido", "al") or ("bienvenidos", "a")
            or ("bienvenidos", "al") or ("benvenuti", "sul") or ("benvenuto", "sul") or ("willkommen", "auf") or ("welkom", "op")
            || second is "bienvenue" or "bienvenido" or "bienvenidos" or "benvenuti" or "willkommen" or "welkom";
    }

    /// <summary>The words before the claim, and the index of the last one that is no article (-1 when none is left).</summary>
    private static (string[] Words, int Last) WordsBefore(string folded, int claimStart)
    {
        var before = folded[..claimStart].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = before.Length - 1;
        while (last >= 0 && Articles.Contains(before[last]))
        {
            last--;
        }

        return (before, last);
    }

    /// <summary>A link inside the block whose own words make the claim: the block points at the official site.</summary>
    private static bool LinksNameTheClaim(IElement block)
    {
        foreach (var link in block.QuerySelectorAll("a"))
        {
            if (Claim().IsMatch(TextFolder.Fold(PageMarkup.Text(link, MaxClaimText))))
            {
                return true;
            }
        }

        return false;
    }

    // On folded text (lower case, accents dropped, punctuation as one space). English and the adjective-first languages
    // put up to three words between "official" and the noun ("official Iranian website"); the Romance languages put the
    // adjective after the noun ("site officiel", "sitio web oficial").
    [GeneratedRegex(@"\b(?:official|offizielle[nrs]?|officiele)\s+(?:[a-z0-9]+\s+){0,3}?(?:web\s?site|site|home\s?page|online\s+store|store|online\s+shop|shop|portal|webseite|internetseite|seite|onlineshop|winkel)\b|\b(?:site|sitio|sito|pagina|page|portail|portal|boutique|tienda|loja)\s+(?:web\s+|internet\s+)?(?:officiel(?:le)?|oficial|ufficiale)\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 200)]
    private static partial Regex Claim();
}
