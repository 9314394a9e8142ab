using BrandWatch.Rules.Pages;

namespace BrandWatch.Rules.Scoring.Configuration;

/// <summary>
/// The "pages" section of the configuration: the phrase lists and counts of <see cref="PageAnalysisOptions"/> (each
/// optional; an absent key keeps the analyser's default), the tarnishing terms of D3 among them.
/// </summary>
public sealed record PageRules
{
    public IReadOnlyList<string>? ForSalePhrases { get; init; }
    public IReadOnlyList<string>? ParkingPhrases { get; init; }
    public IReadOnlyList<string>? ParkingHosts { get; init; }
    public IReadOnlyList<string>? MarketplaceHosts { get; init; }
    public IReadOnlyList<string>? DisclaimerPhrases { get; init; }
    public IReadOnlyList<string>? ReviewWords { get; init; }
    public IReadOnlyList<string>? PejorativeWords { get; init; }
    public IReadOnlyList<string>? ResellerPhrases { get; init; }
    public IReadOnlyList<string>? ShopPhrases { get; init; }
    public IReadOnlyList<string>? AttributionPhrases { get; init; }
    public IReadOnlyList<string>? AdClassWords { get; init; }
    public IReadOnlyList<string>? AdCaptions { get; init; }
    public IReadOnlyList<string>? AdNetworkHosts { get; init; }
    public IReadOnlyList<string>? CreditPhrases { get; init; }
    public IReadOnlyList<string>? ScamPhrases { get; init; }
    public IReadOnlyList<string>? PlaceholderPhrases { get; init; }
    public int? MaxPlaceholderWords { get; init; }
    public int? MinParkingSignals { get; init; }
    public int? MinReviewWords { get; init; }
    public int? MinPejorativeWords { get; init; }
    public int? MinShopSignals { get; init; }
    public int? StuffingMetaRepeats { get; init; }
    public int? StuffingMinOccurrences { get; init; }

    /// <summary>Adult, gambling and similar terms that tarnish a mark (D3).</summary>
    public IReadOnlyList<string>? TarnishTerms { get; init; }

    public PageAnalysisOptions ToOptions()
    {
        var d = PageAnalysisOptions.Default;
        return d with
        {
            ForSalePhrases = ForSalePhrases ?? d.ForSalePhrases,
            ParkingPhrases = ParkingPhrases ?? d.ParkingPhrases,
            ParkingHosts = ParkingHosts ?? d.ParkingHosts,
            MarketplaceHosts = MarketplaceHosts ?? d.MarketplaceHosts,
            DisclaimerPhrases = DisclaimerPhrases ?? d.DisclaimerPhrases,
            ReviewWords = ReviewWords ?? d.ReviewWords,
            PejorativeWords = PejorativeWords ?? d.PejorativeWords,
            ResellerPhrases = ResellerPhrases ?? d.ResellerPhrases,
            ShopPhrases = ShopPhrases ?? d.ShopPhrases,
            AttributionPhrases = AttributionPhrases ?? d.AttributionPhrases,
            AdClassWords = AdClassWords ?? d.AdClassWords,
            AdCaptions = AdCaptions ?? d.AdCaptions,
            AdNetworkHosts = AdNetworkHosts ?? d.AdNetworkHosts,
            CreditPhrases = CreditPhrases ?? d.CreditPhrases,
            ScamPhrases = ScamPhrases ?? d.ScamPhrases,
            PlaceholderPhrases = PlaceholderPhrases ?? d.PlaceholderPhrases,
            MaxPlaceholderWords = MaxPlaceholderWords ?? d.MaxPlaceholderWords,
            TarnishTerms = TarnishTerms ?? d.TarnishTerms,
            MinParkingSignals = MinParkingSignals ?? d.MinParkingSignals,
            MinReviewWords = MinReviewWords ?? d.MinReviewWords,
            MinPejorativeWords = MinPejorativeWords ?? d.MinPejorativeWords,
            MinShopSignals = MinShopSignals ?? d.MinShopSignals,
            StuffingMetaRepeats = StuffingMetaRepeats ?? d.StuffingMetaRepeats,
            StuffingMinOccurrences = StuffingMinOccurrences ?? d.StuffingMinOccurrences,
        };
    }
}
