using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Pages.Visual;

namespace BrandWatch.Rules.Pages;

/// <summary>What an analyser builds once from the portfolio and the options and shares between pages (read-only).</summary>
internal sealed class AnalyzerTables
{
    public AnalyzerTables(IReadOnlyList<Mark> marks, PageAnalysisOptions options, IReadOnlyList<VisualReference>? references = null)
    {
        Marks = [.. marks];
        Options = options;
        MarkPhrases = new PhraseMatcher();
        OfficialHosts = new HostSet();
        GluedLabels = new GluedLabelIndex();
        for (var i = 0; i < Marks.Length; i++)
        {
            var mark = Marks[i];
            foreach (var domain in mark.OfficialDomains)
            {
                OfficialHosts.Add(domain, i);
            }

            // A mark that is an ordinary word ("Apple", "Shell") counts only where it is written as a name.
            var capitalised = mark.GenericWord && mark.Name.Length > 0 && char.IsUpper(mark.Name[0]);
            MarkPhrases.Add(i, mark.Name, capitalised);
            if (mark.Name.Contains('&', StringComparison.Ordinal))
            {
                MarkPhrases.Add(i, mark.Name.Replace("&", " and ", StringComparison.Ordinal), capitalised);
            }

            foreach (var label in mark.Labels)
            {
                MarkPhrases.Add(i, label, capitalised);
                GluedLabels.Add(i, label);
            }
        }

        Signals = new PhraseMatcher();
        IReadOnlyList<string>[] lists = [options.ForSalePhrases, options.ParkingPhrases, options.DisclaimerPhrases, options.ReviewWords,
            options.PejorativeWords, options.ResellerPhrases, options.ShopPhrases, options.CreditPhrases, options.ScamPhrases, options.PlaceholderPhrases,
            Detectors.OfficialClaimDetector.ClaimWords];
        for (var list = 0; list < lists.Length; list++)
        {
            for (var i = 0; i < lists[list].Count; i++)
            {
                Signals.Add(list * SignalListSize + i, lists[list][i]);
            }
        }

        Review = Build(options.ReviewWords);
        Attribution = Build(options.AttributionPhrases);
        Tarnish = Build(options.TarnishTerms);
        TarnishIsGambling = options.TarnishTerms.Select(Detectors.TarnishDetector.IsGambling).ToArray();
        AdClassWords = new HashSet<string>(options.AdClassWords, StringComparer.OrdinalIgnoreCase);
        AdCaptions = new HashSet<string>(options.AdCaptions, StringComparer.OrdinalIgnoreCase);
        LanderWords = new HashSet<string>(options.AdClassWords, StringComparer.OrdinalIgnoreCase);
        foreach (var phrase in options.ParkingPhrases)
        {
            LanderWords.UnionWith(phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        AdHosts = new HostSet(options.AdNetworkHosts);
        MarketplaceHosts = new HostSet(options.MarketplaceHosts);
        ParkingHosts = new HostSet(options.ParkingHosts);
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Marks.Length; i++)
        {
            index.TryAdd(Marks[i].Id, i);
        }

        Visual = new VisualMatcher(references ?? [], index, options);
    }

    /// <summary>Ids of <see cref="Signals"/> are list * SignalListSize + index in the list.</summary>
    public const int SignalListSize = 1 << 16;

    public const int ForSaleList = 0, ParkingList = 1, DisclaimerList = 2, ReviewList = 3, PejorativeList = 4, ResellerList = 5, ShopList = 6, CreditList = 7, ScamList = 8, PlaceholderList = 9, ClaimList = 10;

    public Mark[] Marks { get; }

    /// <summary>Every phrase list of the options in one matcher, so each block is scanned once.</summary>
    public PhraseMatcher Signals { get; }

    public PageAnalysisOptions Options { get; }

    /// <summary>Every written form of every mark; hit ids are indexes into <see cref="Marks"/>.</summary>
    public PhraseMatcher MarkPhrases { get; }

    public PhraseMatcher Review { get; }

    public PhraseMatcher Attribution { get; }

    /// <summary>The tarnishing terms (D3); hit ids are indexes into <see cref="PageAnalysisOptions.TarnishTerms"/>.</summary>
    public PhraseMatcher Tarnish { get; }

    /// <summary>Per tarnishing term (same ids as <see cref="Tarnish"/>): true when it names betting rather than adult content.</summary>
    public bool[] TarnishIsGambling { get; }

    public HashSet<string> AdClassWords { get; }

    /// <summary>Captions that label the block after them as advertising (<see cref="PageAnalysisOptions.AdCaptions"/>).</summary>
    public HashSet<string> AdCaptions { get; }

    /// <summary>The words of the parking phrases and ad classes ("sponsored", "listings", "related" …): a link text made only of them names no topic.</summary>
    public HashSet<string> LanderWords { get; }

    /// <summary>Official domains of every mark; ids are indexes into <see cref="Marks"/>.</summary>
    public HostSet OfficialHosts { get; }

    public HostSet AdHosts { get; }

    public HostSet MarketplaceHosts { get; }

    public HostSet ParkingHosts { get; }

    /// <summary>The marks' labels of five letters or more, for the marks glued into a host name.</summary>
    public GluedLabelIndex GluedLabels { get; }

    /// <summary>The marks' reference logos and favicons, for comparing page images.</summary>
    public VisualMatcher Visual { get; }

    private static PhraseMatcher Build(IReadOnlyList<string> phrases)
    {
        var matcher = new PhraseMatcher();
        for (var i = 0; i < phrases.Count; i++)
        {
            matcher.Add(i, phrases[i]);
        }

        return matcher;
    }
}
