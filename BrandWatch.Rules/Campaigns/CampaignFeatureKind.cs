namespace BrandWatch.Rules.Campaigns;

/// <summary>What two cases can share that groups them into one campaign.</summary>
public enum CampaignFeatureKind
{
    /// <summary>The registrant's e-mail address, lower case, without a "+tag"; privacy and proxy addresses never count.</summary>
    RegistrantEmail,

    /// <summary>The registrant organisation, folded (case, punctuation, legal form); privacy services and placeholders never count.</summary>
    RegistrantOrganisation,

    /// <summary>The whole set of name servers, sorted; parking services never count.</summary>
    NameServers,

    /// <summary>One A or AAAA address.</summary>
    IpAddress,

    /// <summary>The SHA-256 of a certificate the site was served with or logged under.</summary>
    Certificate,

    /// <summary>The structural fingerprint of a page (<see cref="Pages.PageTemplate"/>).</summary>
    PageTemplate,
}
