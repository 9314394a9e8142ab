using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Scoring;

/// <summary>
/// U12: the mark's own name (A1) leading to a page that presents the mark as its subject (its title or metadata name
/// it, A10, or a page about the mark, U11). A name identical to the mark "carries a high risk of implied affiliation"
/// (Overview 2.5.1), and a fan, news or tribute page under it impersonates the owner, whatever its purpose: of the two
/// views Overview 2.7.2 records, the one 2.5.1 supports and tomwelling.com applied (ladygaga.org took the other).
/// Only for a mark that is no ordinary word: a page about apples under apple.example uses the word (2.10).
/// </summary>
internal static class BareNameImpersonation
{
    public static Contribution? U12(ScoringContext c)
    {
        if (!c.Has(Criteria.A1) || c.IsOwnDomain || c.IsAuthorisedDomain || c.IsUrlSubject || c.Live != true
            || FaultCriteria.IsCommonWordMark(c))
        {
            return null;
        }

        var subject = c.Has(Criteria.A10) ? c.Finding(Criteria.A10) : c.Finding(Criteria.U11);
        return subject is null ? null : ActCriteria.Hit(c, Criteria.U12, 1, subject.Evidence,
            "The mark's own name leads to a page that presents the mark as its subject: the name holds itself out as the owner's, an implied affiliation no fan, news or tribute page may claim (2.5.1, 2.7.2).");
    }
}
