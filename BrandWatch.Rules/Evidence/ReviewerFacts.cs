namespace BrandWatch.Rules.Evidence;

/// <summary>Facts a reviewer or the rule case records that cannot be observed automatically. Null is unknown.</summary>
public sealed record ReviewerFacts
{
    public bool? CeaseAndDesistIgnored { get; init; }
    public bool? RegistrantHoldsTrademark { get; init; }
    public bool? RegistrantCommonlyKnownByName { get; init; }
    public bool? PriorBonaFideBusiness { get; init; }
    public bool? RegistrantIsCompetitor { get; init; }
    public bool? FalseContactData { get; init; }
    public bool? OfferToSellAtCost { get; init; }
    public decimal? AskingPrice { get; init; }
    public bool? ActualConfusion { get; init; }
    public bool? CounterfeitGoods { get; init; }
    public decimal? QuantifiedLoss { get; init; }
    public DateOnly? MarkRenamedOn { get; init; }
    public string? Note { get; init; }
}
