using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Scoring;

/// <summary>
/// F12: a country-code TLD whose law gives the holder of a protected name or mark the name itself, with no question
/// of bad faith. Traficom removes an .fi name "based on a protected name or trademark owned by another party, unless
/// the domain name holder can present an acceptable reason" and tells registrants to consult the public registers
/// first; the .ch/.li procedure asks only for a clear infringement of a distinctive sign under Swiss law; German courts
/// order a .de name released under the name right (BGB section 12) when its holder has no name right of its own.
/// The .eu regulation revokes a name identical or confusingly similar to a name "in respect of which a right is
/// recognised or established by national and/or Community law" when its holder registered it "without rights or
/// legitimate interest in the name; or" in bad faith (Regulation (EC) No 874/2004, Article 21(1)): bad faith is one
/// ground of two, and a right under the law of any member state counts.
/// Registering another's protected name there without checking is negligence: the registrant should have known.
/// </summary>
internal static class ProtectedNameRegime
{
    public static Contribution? F12(ScoringContext c)
    {
        if (!c.Rules.Words.ProtectedNameTlds.Contains(c.TldAscii) || c.IsUrlSubject || c.Mark.GenericWord || !SpellsTheName(c) || NoHolder(c))
        {
            return null;
        }

        // The regime protects names that law protects in that country: a mark or name registered there (or in the EU
        // for a member state); a mark with no stated place is not shown to be protected there.
        var country = c.Tld.ToUpperInvariant();
        var place = c.Mark.Jurisdictions.FirstOrDefault(jurisdiction => DefenceCriteria.SameJurisdiction(jurisdiction, country)
            || (country == "EU" && DefenceCriteria.SameJurisdiction("EU", jurisdiction)));
        return place is null ? null : ActCriteria.Hit(c, Criteria.F12, 1, $"{c.Mark.Name} protected in {place}; .{c.Tld} name {(c.Has(Criteria.A1) ? "identical" : "the name's words joined by hyphens")}",
            $"Under .{c.Tld}'s law the name is another's protected name itself: it is unlawful unless the holder has a right or legitimate interest of its own, whatever its intent, and a registrant who did not check the public registers should have known.");
    }

    /// <summary>
    /// The name is the protected name itself: identical (A1), or its words joined by hyphens (grit-lehmann for Grit
    /// Lehmann), which Traficom's practice counts as the same name ("a hyphen used for separating words in a protected
    /// name may be omitted").
    /// </summary>
    private static bool SpellsTheName(ScoringContext c)
    {
        if (c.Has(Criteria.A1))
        {
            return true;
        }

        return c.MarkWords.Count > 1 && c.DomainSimilarity > 0 && c.SubjectLabel == string.Join('-', c.MarkWords);
    }

    /// <summary>
    /// No one holds the name: no registration on record and no such name in the DNS. These laws act against a holder;
    /// a deleted name may be registered again by anyone who bears the name.
    /// </summary>
    private static bool NoHolder(ScoringContext c) =>
        c.Evidence.Registration is null && c.Evidence.Dns?.Outcome == DnsOutcome.NxDomain;
}
