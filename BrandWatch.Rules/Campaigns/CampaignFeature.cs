namespace BrandWatch.Rules.Campaigns;

/// <summary>One feature of a case that another case may share (a registrant, a name-server set, an address …), normalised.</summary>
public sealed record CampaignFeature(CampaignFeatureKind Kind, string Value)
{
    /// <summary>
    /// True for a feature that alone shows one party behind both cases: the same registrant, or one certificate issued
    /// for both names. Hosting (addresses, name servers) and a page template are shared by strangers too, so they show
    /// common control only two at a time.
    /// </summary>
    public bool ShowsControl => Kind is CampaignFeatureKind.RegistrantEmail or CampaignFeatureKind.RegistrantOrganisation or CampaignFeatureKind.Certificate;
}
