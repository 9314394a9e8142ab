using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Scoring;

/// <summary>
/// U13: a name whose string itself points at the mark (F1 or F2) sends its visitors on to a site on another name that is
/// neither the owner's nor an authorised one, such as the registrant's own business or an unrelated shop. Policy 4(b)(iv)
/// names it: using the name to attract, for commercial gain, users the mark draws, by confusion as to source. The
/// visitor typed or followed the mark and lands elsewhere; the target's trade does not matter, since the traffic is
/// the mark's (niagararegion.ca, CIRA: a municipality's name redirected to an estate agent's site). A redirect to the
/// owner is U5; a criticism site keeps its defence (X5); a name whose string does not point at the mark (an ordinary
/// word) may be redirected for what the word means, unless the reviewer states that the redirect lands on a competitor
/// of the owner: nobody sends a look-alike of an ordinary word to the owner's rival for the word's sake (3.1.4, belll.ca
/// to the site of Bell's rival Rogers).
/// </summary>
internal static class RedirectedTraffic
{
    public static Contribution? U13(ScoringContext c)
    {
        if (c.IsOwnDomain || c.IsAuthorisedDomain || c.IsUrlSubject || c.Has(Criteria.U5) || c.Has(Criteria.U1)
            || c.Finding(Criteria.X5) is not null)
        {
            return null;
        }

        var toCompetitor = c.Reviewer?.RedirectsToCompetitor == true && FaultCriteria.HasConfusingName(c);
        if (!toCompetitor && !FaultCriteria.NamePointsAtMark(c))
        {
            return null;
        }

        foreach (var page in c.Evidence.Pages)
        {
            if (page.FinalUrl is not { } final || page.Status is >= 400)
            {
                continue;
            }

            var host = ScoringContext.HostOf(final);
            if (host == c.Host || host.EndsWith("." + c.Host, StringComparison.Ordinal) || c.Host.EndsWith("." + host, StringComparison.Ordinal)
                || ScoringContext.InList(host, c.Mark.AuthorisedDomains))
            {
                continue;
            }

            return ActCriteria.Hit(c, Criteria.U13, 1, $"{page.Url} → {final}", toCompetitor
                ? $"The name sends its visitors on to {host}, which the reviewer states is a competitor of the owner: it diverts the mark's public to a rival (3.1.4, 4(b)(iii), 4(b)(iv))."
                : $"A name that points at the mark sends its visitors on to {host}, a site that is not the owner's: it draws the mark's public to another site, for the gain of whoever runs it (4(b)(iv)).");
        }

        return toCompetitor
            ? ActCriteria.Hit(c, Criteria.U13, 1, "reviewer: redirectsToCompetitor",
                "The reviewer states that the name forwards its visitors to a competitor of the owner: it diverts the mark's public to a rival (3.1.4, 4(b)(iii), 4(b)(iv)).")
            : null;
    }
}
