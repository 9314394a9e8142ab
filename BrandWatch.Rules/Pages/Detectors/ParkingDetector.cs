using AngleSharp.Dom;

namespace BrandWatch.Rules.Pages.Detectors;

/// <summary>U3: a pay-per-click parking lander (lander phrases, a parking service, links into a search feed), trading on the marks its links name.</summary>
internal sealed class ParkingDetector : IPageDetector
{
    private const int MaxTopicLinks = 20;

    public string Name => "pay-per-click parking";

    public IReadOnlyList<string> Criteria { get; } = [Evidence.Criteria.U3];

    public void Detect(PageFacts page, FindingSink findings)
    {
        var options = page.Options;
        var parkingPhrases = new HashSet<int>();
        foreach (var block in page.Blocks)
        {
            if (block.Signals.Count > 0)
            {
                parkingPhrases.UnionWith(PageFacts.Ids(AnalyzerTables.ParkingList, block));
            }
        }

        var parkingHost = LanderReferences.FirstReferenceTo(page, page.Tables.ParkingHosts);
        var searchLinks = page.Links.Where(l => LanderReferences.SearchTerm(page, l) is not null).ToList();
        var signals = new List<string>();
        signals.AddRange(parkingPhrases.Select(i => "phrase: " + options.ParkingPhrases[i]));
        if (parkingHost is not null)
        {
            signals.Add("parking service: " + WebAddress.Host(parkingHost.Value.Url));
        }

        if (searchLinks.Count >= 3)
        {
            signals.Add($"{searchLinks.Count} links into a search feed");
        }

        if (signals.Count < options.MinParkingSignals)
        {
            return;
        }

        var max = options.MaxEvidenceChars;
        var factsPpc = new Dictionary<string, string> { ["signals"] = string.Join("; ", signals), ["searchLinks"] = PageMarkup.Format(searchLinks.Count) };
        // The topics of the links, so the scorer can tell links on the mark's own trade from links that follow
        // another meaning of the name (Overview 2.9, 3.2.2); bounded like every other piece of evidence.
        // A link text made only of the lander's own words ("Sponsored listing 3") names no topic and is left out, so a
        // page whose links name nothing leaves their topic unknown rather than "another meaning".
        var topics = string.Join("; ", (searchLinks.Count > 0 ? searchLinks : page.Links).Take(MaxTopicLinks)
            .Select(l => PageMarkup.Text(l, 80)).Where(t => NamesATopic(t, page.Tables.LanderWords)));
        factsPpc["links"] = topics.Length > max ? topics[..max] : topics;
        var tradedMarks = new Dictionary<int, IElement>();
        foreach (var link in searchLinks.Count > 0 ? searchLinks : page.Links)
        {
            foreach (var mark in page.MarksIn(PageMarkup.Text(link, 200) + " " + LanderReferences.SearchTerm(page, link)))
            {
                tradedMarks.TryAdd(mark, link);
            }
        }

        var ppcEvidence = parkingHost is not null ? PageMarkup.Fragment(parkingHost.Value.Element, max)
            : searchLinks.Count > 0 ? PageMarkup.Fragment(searchLinks[0].ParentElement ?? searchLinks[0], max) : string.Join("; ", signals);
        foreach (var (mark, link) in tradedMarks)
        {
            findings.Add(Evidence.Criteria.U3, mark, PageMarkup.Fragment(link, max), $"A pay-per-click parking page offers links on {page.MarkAt(mark).Name} ({string.Join("; ", signals)}).", factsPpc);
        }

        if (tradedMarks.Count == 0)
        {
            findings.Add(Evidence.Criteria.U3, null, ppcEvidence, $"The page is a pay-per-click parking lander ({string.Join("; ", signals)}).", factsPpc);
        }
    }

    /// <summary>Whether a link text holds a word of three letters or more that is not the lander's own (singular or plural).</summary>
    internal static bool NamesATopic(string text, HashSet<string> landerWords)
    {
        foreach (var token in text.Split((char[])[' ', '\t', '\n', '-', '/', ',', '.', ':', '|', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Length >= 3 && !token.All(char.IsDigit) && !landerWords.Contains(token) && !landerWords.Contains(token + "s"))
            {
                return true;
            }
        }

        return false;
    }
}
