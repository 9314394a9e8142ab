namespace BrandWatch.Rules.Cases;

/// <summary>What a case is about. Part of the Api contract (kebab-case on the wire) and of alert filters.</summary>
public enum SubjectKind
{
    /// <summary>A look-alike domain registration.</summary>
    Domain,
    /// <summary>A page linking deep into the owner's site under its mark.</summary>
    DeepLink,
    /// <summary>A page framing the owner's pages.</summary>
    Framing,
    /// <summary>A page burying the mark in metadata or hidden text.</summary>
    MetaTags,
    /// <summary>A live phishing or impersonation page.</summary>
    Phishing,
    /// <summary>A shop selling counterfeit or unauthorised goods under the mark (U4).</summary>
    Counterfeit,
}
