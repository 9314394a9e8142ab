using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Scoring;

/// <summary>Damage: urgency and remedy, never a gate (D1–D7).</summary>
internal static class DamageCriteria
{
    public static Contribution? D1Diversion(ScoringContext c)
    {
        if (c.Has(Criteria.A8) || c.Has(Criteria.A9) || c.Has(Criteria.U3) || c.Has(Criteria.U5))
        {
            return ActCriteria.Hit(c, Criteria.D1, 1, c.Host, "Users looking for the owner are diverted through this page or domain.");
        }

        return c.DomainSimilarity > 0 && c.Live == true
            ? ActCriteria.Hit(c, Criteria.D1, 1, c.Host, "A live site on a confusingly similar name diverts users looking for the owner.")
            : null;
    }

    public static Contribution? D2ConsumerFraud(ScoringContext c)
    {
        if (c.Has(Criteria.U1))
        {
            return ActCriteria.Hit(c, Criteria.D2, 1, c.Host, "Credentials or payments are collected from consumers who believe they deal with the owner.");
        }

        if (c.Has(Criteria.U8))
        {
            return ActCriteria.Hit(c, Criteria.D2, 1, c.Host, "Visitors who trust the name download malware onto their machines.");
        }

        if (c.Reviewer?.CounterfeitGoods == true)
        {
            return ActCriteria.Hit(c, Criteria.D2, 1, c.Host, "Consumers are sold counterfeit goods under the mark.");
        }

        return c.Has(Criteria.U2)
            ? ActCriteria.Hit(c, Criteria.D2, 0.5, (c.Evidence.Dns is { Mx.Count: > 0 } dns ? dns.Mx[0] : c.Host), "Mail from a look-alike domain can defraud the owner's customers or staff (fraudulent e-mail).")
            : null;
    }

    public static Contribution? D3Tarnishment(ScoringContext c) => ActCriteria.FromFinding(c, Criteria.D3, Tarnishment.Content(c),
        "The mark is associated with adult, gambling or similar content that tarnishes it.");

    public static Contribution? D4Dilution(ScoringContext c) =>
        c.Mark.WellKnown && c.Sums[(int)ScoreElement.Act] >= c.Rules.Thresholds.MinAct
            ? ActCriteria.Hit(c, Criteria.D4, 1, c.Mark.Name, $"'{c.Mark.Name}' is a well-known mark; unrelated use dilutes its distinctiveness.")
            : null;

    public static Contribution? D5BypassedHomePage(ScoringContext c) =>
        c.Has(Criteria.A8) || c.Has(Criteria.A9)
            ? ActCriteria.Hit(c, Criteria.D5, 1, c.Finding(Criteria.A8)?.Evidence ?? c.Finding(Criteria.A9)?.Evidence ?? c.Host,
                "Visitors skip the owner's home page and the advertising and offers it carries.")
            : null;

    public static Contribution? D6Blocking(ScoringContext c)
    {
        if (c.Has(Criteria.A1) && !c.IsUrlSubject)
        {
            return ActCriteria.Hit(c, Criteria.D6, 1, c.Host, $"The owner cannot register its own name '{c.SubjectLabel}' under .{c.Tld}.");
        }

        return c.Has(Criteria.F4)
            ? ActCriteria.Hit(c, Criteria.D6, 0.5, c.Host, "The registrant blocks several owners from their own names (4(b)(ii)).")
            : null;
    }

    public static Contribution? D7QuantifiedLoss(ScoringContext c) =>
        c.Reviewer?.QuantifiedLoss is > 0 and var loss
            ? ActCriteria.Hit(c, Criteria.D7, 1, $"loss {loss.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
                "A quantified loss is documented; money damages need a court.")
            : null;
}
