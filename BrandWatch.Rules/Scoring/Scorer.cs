using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring.Configuration;

namespace BrandWatch.Rules.Scoring;

/// <summary>
/// Scores one case on the four elements with gates and defences, keeps the three fits apart, and recommends one of
/// the legal model's actions. Pure and deterministic: the same input, rules and time give the same verdict.
/// </summary>
public sealed class Scorer
{
    private static readonly string[] FairUseDefences = [Criteria.X4, Criteria.X5, Criteria.X7, Criteria.X8, Criteria.X9];
    private static readonly string[] LegitimateInterestDefences = [Criteria.X2, Criteria.X3, Criteria.X6];
    private static readonly string[] PageMisuse = [Criteria.A8, Criteria.A9, Criteria.A10, Criteria.A11, Criteria.A12, Criteria.U4];
    private readonly OrdinaryWords _words;

    public Scorer(RuleSet rules, OrdinaryWords? words = null)
    {
        Rules = rules;
        _words = words ?? OrdinaryWords.English;
    }

    public RuleSet Rules { get; }

    public Verdict Score(ScoringInput input, DateTimeOffset now)
    {
        var c = new ScoringContext(input, Rules, _words, now);
        var lists = new List<Contribution>[5];
        for (var i = 0; i < lists.Length; i++)
        {
            lists[i] = new List<Contribution>(8);
        }

        foreach (var definition in CriterionCatalog.All)
        {
            if (definition.Evaluate(c) is not { } contribution)
            {
                continue;
            }

            var element = (int)definition.Element;
            lists[element].Add(contribution);
            if (contribution.Applies)
            {
                c.Fired.Add(definition.Id);
                c.Sums[element] += contribution.Points;
            }
        }

        var defences = lists[(int)ScoreElement.GateOrDefence];
        var g0 = c.Has(Criteria.G0);
        var g1 = c.Has(Criteria.G1);
        var defenceTotal = 0.0;
        foreach (var d in defences)
        {
            if (d.Applies && d.Criterion is not (Criteria.G0 or Criteria.G1))
            {
                defenceTotal += d.Points;
            }
        }

        var nominative = c.Has(Criteria.X8);
        var act = Clamp(c.Sums[(int)ScoreElement.Act] - (nominative ? PointsOf(lists[(int)ScoreElement.Act], Criteria.A10) : 0));
        var damage = Clamp(c.Sums[(int)ScoreElement.Damage]);
        var causation = Clamp(c.Sums[(int)ScoreElement.Causation] - (nominative ? PointsOf(lists[(int)ScoreElement.Causation], Criteria.C2) : 0));
        var fault = Clamp(c.Sums[(int)ScoreElement.Fault] + defenceTotal);
        if (g1)
        {
            // Registration before the mark cannot be in bad faith (3.8.1); later use still counts a little.
            fault *= 0.25;
        }

        // 4.14.6: a wider business dispute is left to a court unless the name was signed over to the complainant, which
        // settles the dispute's one question, or the record shows cybersquatting beside it.
        var disputeOpen = c.Reviewer is { BusinessDisputeBetweenParties: true } r && r.NameAssignedToComplainant != true;
        var cybersquattingBeside = disputeOpen && CybersquattingBesideTheDispute(c, lists[(int)ScoreElement.Fault]);
        var businessDispute = disputeOpen && !cybersquattingBeside;
        var leftToTheCourt = CourtProceedingLeftOpen(c) || businessDispute;
        var fits = ComputeFits(c, act, damage, causation, fault, g0, g1, leftToTheCourt);
        var weights = Rules.Overall;
        var overall = g0 ? 0 : Clamp((weights.Act * act) + (weights.Damage * damage) + (weights.Causation * causation) + (weights.Fault * fault));
        if (g1)
        {
            overall *= 0.3;
        }

        var priority = (int)Math.Round(100 * Clamp(Math.Max(fits.Takedown, overall * (0.8 + (0.2 * damage)))), MidpointRounding.AwayFromZero);
        var outcome = DecideOutcome(c, overall, g0, g1);
        var (action, reason) = DecideAction(c, act, fault, fits, lists[(int)ScoreElement.Fault], businessDispute);
        if (cybersquattingBeside && action == RecommendedAction.UdrpTransfer)
        {
            reason += " The business dispute between the parties does not stop it: the registrant knew the mark, claims no right of its own, and its own conduct shows bad faith beside the dispute (4.14.6).";
        }

        return UnknownEvidenceFloor.Apply(c, new Verdict
        {
            Act = new ElementScore(Round(act), lists[(int)ScoreElement.Act]),
            Damage = new ElementScore(Round(damage), lists[(int)ScoreElement.Damage]),
            Causation = new ElementScore(Round(causation), lists[(int)ScoreElement.Causation]),
            Fault = new ElementScore(Round(fault), lists[(int)ScoreElement.Fault]),
            GatesAndDefences = defences,
            Fits = fits,
            Overall = Round(overall),
            Priority = priority,
            Outcome = outcome,
            DisputePath = PathOf(c, action, leftToTheCourt),
            Action = action,
            ActionReason = reason,
            RuleVersion = Rules.Version,
            RuleHash = Rules.Hash,
        });
    }

    private Fits ComputeFits(ScoringContext c, double act, double damage, double causation, double fault, bool g0, bool g1, bool leftToTheCourt)
    {
        var udrpBlocked = g1 || c.IsUrlSubject || c.Has(Criteria.X1) || c.Has(Criteria.X10) || c.IsOwnDomain || leftToTheCourt;
        var udrp = udrpBlocked ? 0 : c.DomainSimilarity * fault;
        var jurisdiction = Jurisdiction(c);
        var court = act < Rules.Thresholds.MinAct ? 0 : causation * (0.4 + (0.6 * damage)) * (0.5 + (0.5 * fault)) * jurisdiction;
        // Malware is a takedown matter for the mark only when a look-alike serves it (LEGAL.md).
        var abuse = HasAbuseOnTheName(c) || (c.Has(Criteria.U8) && c.DomainSimilarity > 0) ? 1.0 : c.Reviewer?.CounterfeitGoods == true ? 0.9 : 0;
        // A dead host leaves a page nothing to take down; phishing e-mail sent from the name is the name's own use,
        // whatever its web host, and the registrar suspends names used for it.
        var takedown = abuse * (c.Live == false && c.Reviewer?.PhishingEmails != true ? 0.3 : 1);
        // Without valid rights (G0) no complaint or claim fits, nor a counterfeit claim; phishing and malware are taken
        // down all the same.
        return g0 ? new Fits(0, 0, abuse >= 1 ? Round(takedown) : 0) : new Fits(Round(Clamp(udrp)), Round(Clamp(court)), Round(takedown));
    }

    /// <summary>
    /// U1 from the name's own page or mail: what a registrar, a host or a blocklist can take down. Impersonation recorded
    /// only outside them (by telephone, on a marketplace) is bad faith for a complaint, but nothing on the name to remove.
    /// </summary>
    private static bool HasAbuseOnTheName(ScoringContext c) =>
        c.Has(Criteria.U1) && (c.Finding(Criteria.U1) is not null || c.Reviewer?.PhishingEmails == true);

    private Outcome DecideOutcome(ScoringContext c, double overall, bool g0, bool g1)
    {
        if (g0 || g1 || FairUseDefences.Any(c.Has) || LegitimateInterestDefences.Any(c.Has))
        {
            return Outcome.Unlikely;
        }

        var outcome = overall >= Rules.Thresholds.OutcomeLikely ? Outcome.Likely
            : overall >= Rules.Thresholds.OutcomePossible ? Outcome.Possible
            : Outcome.Unlikely;
        // Bad faith is an element of every complaint (UDRP 4(a)(iii)): without it a complaint is at best possible.
        if (outcome == Outcome.Likely && (c.Has(Criteria.X1) || c.Sums[(int)ScoreElement.Fault] < Rules.Thresholds.BadFaith))
        {
            return Outcome.Possible;
        }

        return outcome;
    }

    /// <summary>
    /// How well the owner's courts reach the registrant: full where the mark is protected and the registrant's country
    /// is among its jurisdictions (or unknown), low where the registrant sits outside all of them, whose courts the
    /// owner would have to seize abroad; the UDRP reaches every registrant of a gTLD through its registrar.
    /// </summary>
    private static double Jurisdiction(ScoringContext c)
    {
        if (c.Mark.Jurisdictions.Count == 0)
        {
            return 0.7;
        }

        if (c.Evidence.Registration?.RegistrantCountry is not { Length: > 0 } country)
        {
            return 1.0;
        }

        foreach (var place in c.Mark.Jurisdictions)
        {
            if (DefenceCriteria.SameJurisdiction(place, country))
            {
                return 1.0;
            }
        }

        return 0.3;
    }

    private (RecommendedAction Action, string Reason) DecideAction(ScoringContext c, double act, double fault, Fits fits, List<Contribution> faultCriteria, bool businessDispute)
    {
        var t = Rules.Thresholds;
        if (c.Has(Criteria.G0))
        {
            // Phishing and malware are fraud whatever the state of the owner's registration: a takedown needs no mark.
            var unshown = c.Reviewer?.ComplainantRightsNotShown == true;
            return TakedownReason(c, fits) is { } why
                ? (RecommendedAction.AbuseTakedown, why + (unshown
                    ? " The complainant shows no right in the mark (G0), so no complaint beside it."
                    : " The mark is not registered yet (G0), so no complaint beside it."))
                : (RecommendedAction.NoAction, unshown
                    ? "No action: on the record the complainant shows no right in the mark (G0), so a complaint cannot succeed."
                    : "No action: the complainant holds no valid rights in the mark yet (G0).");
        }

        if (c.IsOwnDomain)
        {
            return (RecommendedAction.NoAction, "No action: the domain is the owner's own.");
        }

        if (c.IsAuthorisedDomain)
        {
            return (RecommendedAction.NoActionFairUse, "No action: the domain belongs to an authorised reseller or licensee of the mark (X4).");
        }

        // A fair use is a reason of its own: it answers even when little act remains once it is taken into account.
        foreach (var id in FairUseDefences)
        {
            if (c.Has(id))
            {
                return (RecommendedAction.NoActionFairUse, id switch
                {
                    Criteria.X4 => "No action: an authorised or Oki Data-compliant reseller (X4).",
                    Criteria.X5 => "No action: genuine noncommercial criticism (X5); monitor for a change of use.",
                    Criteria.X7 => "No action: a genuine noncommercial fan or commentary site under a name that says so (X7, 2.7); monitor for a change of use.",
                    Criteria.X8 => "No action: nominative or review use of the mark (X8).",
                    _ => "No action: lawful linking with attribution (X9).",
                });
            }
        }

        if (act < t.MinAct)
        {
            return (RecommendedAction.NoAction, c.NotATypo is { } why
                ? $"No action: not confusingly similar; {why}."
                : "No action: the similarity to the mark is too weak to act on.");
        }

        // Phishing and malware are abuse whatever the name's age: a takedown asks a registrar or host to stop the abuse,
        // not a panel to find bad faith at registration, so G1 does not stand in its way; it only rules out the complaint.
        if (TakedownReason(c, fits) is { } reason)
        {
            return (RecommendedAction.AbuseTakedown, reason);
        }

        // Consent ends the case before its merits, so before the name's age too: a panel orders the transfer on the
        // registrant's consent without asking whether the name predates the mark (4.10; checkjet.com, Forum FA1316357).
        if (c.Reviewer?.RegistrantConsentsToTransfer == true && c.DomainSimilarity > 0 && !c.IsUrlSubject)
        {
            return (RecommendedAction.UdrpTransfer, "File, or go on: the registrant consents to transfer the name, and panels order the transfer on that consent without deciding the merits (4.10).");
        }

        if (c.Has(Criteria.G1))
        {
            return (RecommendedAction.DoNotFile, "Do not file: the domain predates the mark (G1), so a complaint risks a reverse domain name hijacking finding; consider buying it.");
        }

        if (CourtProceedingLeftOpen(c))
        {
            return (RecommendedAction.NegotiateOrCourt, "Follow the court: a court proceeding or a court-supervised agreement already concerns the name, and a panel may suspend or dismiss a complaint that duplicates it (4.14).");
        }

        if (businessDispute)
        {
            return (RecommendedAction.NegotiateOrCourt, "Negotiate or go to court: the name is part of a wider business or contractual dispute between the parties, which panels leave to a court as beyond the Policy's scope (4.14.6).");
        }

        if (c.Has(Criteria.X1))
        {
            return (RecommendedAction.NegotiateOrCourt, c.Reviewer?.RegistrantTrademarkLapsed == true
                ? "Negotiate or go to court: the registrant registered the name under its own trademark (X1), since lapsed, so the registration was not in bad faith and UDRP is not the route; a court may still weigh the present use."
                : "Negotiate, oppose or go to court: the registrant holds its own trademark in the name (X1), so both hold rights and UDRP is not the route.");
        }

        foreach (var id in LegitimateInterestDefences)
        {
            if (c.Has(id))
            {
                return (RecommendedAction.NoAction, $"No action: the registrant has a right or legitimate interest in the name ({id}).");
            }
        }

        if (c.Reviewer?.OfferToSellAtCost == true)
        {
            return (RecommendedAction.Settlement, "Settle: the registrant offers to transfer the domain at cost.");
        }

        var others = c.Evidence.RegistrantOtherFlaggedDomains?.Count ?? 0;
        if (c.Has(Criteria.D7) && fault >= t.BadFaith)
        {
            return (RecommendedAction.Court, "Court: a quantified loss (D7) needs money damages, which only a court awards.");
        }

        // The court route follows the court fit, not the count alone: a registrant out of reach of the owner's courts
        // is better met by the UDRP, which reaches it through the registrar.
        if (others >= t.RepeatOffenderDomains && fault >= t.BadFaith && fits.Court >= t.CourtFit)
        {
            return (RecommendedAction.Court, $"Court: a repeat offender across {others} other names (F4) within reach of the owner's courts; statutory damages deter where transfers do not.");
        }

        if (fault >= t.BadFaith && (Rules.Words.NoPolicyTlds.Contains(c.TldAscii) || c.Has(Criteria.X10)))
        {
            return (RecommendedAction.Court, c.Has(Criteria.X10)
                ? $"Court: bad faith is shown but the CNDRP {t.CndrpBarYears}-year bar (X10) closes the dispute policy."
                : c.Has(Criteria.F12)
                    ? $"Court: .{c.Tld} has no dispute policy, and its courts give the holder of a protected name the identical name when the registrant has no right of its own (F12)."
                    : $"Court: .{c.Tld} has no dispute policy.");
        }

        if (fits.Takedown >= t.TakedownFit)
        {
            return (RecommendedAction.AbuseTakedown, "Immediate abuse takedown: counterfeit goods are sold under the mark (U4).");
        }

        // 3.1.4's presumption from a famous mark is rebuttable: when it is the only ground of bad faith and the name
        // hosts a live business of the registrant's own, the registrant's answer to a letter may rebut it (2.2).
        if (fits.Udrp >= t.UdrpFit && fault >= t.BadFaith && !c.IsUrlSubject && c.Live == true && RestsOnFameAlone(faultCriteria))
        {
            return (RecommendedAction.CeaseAndDesist, "Cease-and-desist first, then a UDRP/CNDRP complaint: bad faith rests only on the presumption a well-known mark raises (F1, 3.1.4), and the name hosts a live business of its own that may rebut it.");
        }

        if (fits.Udrp >= t.UdrpFit && fault >= t.BadFaith && !c.IsUrlSubject)
        {
            return (RecommendedAction.UdrpTransfer, c.Has(Criteria.F12)
                ? $"File the .{c.Tld} dispute procedure for transfer: the name is another's protected name itself, which that law lets no one hold without a right or legitimate interest of its own, intent or not (F12)."
                : "File a UDRP/CNDRP complaint for transfer: the name is confusingly similar, the registrant shows no rights and bad faith is established.");
        }

        foreach (var id in PageMisuse)
        {
            if (c.Has(id))
            {
                return (RecommendedAction.CeaseAndDesist, $"Cease-and-desist, then escalate: page-level misuse of the mark ({id}).");
            }
        }

        if (c.Has(Criteria.A7) || (c.Live == true && fault >= t.BadFaith / 2))
        {
            return (RecommendedAction.CeaseAndDesist, "Cease-and-desist, then escalate: the use is problematic but bad faith is not yet established.");
        }

        // 4.16: a complaint brought after the owner's own bid to buy the name, with nothing on record that the name was
        // aimed at the mark, is the "Plan B" panels read as an attempt at reverse domain name hijacking.
        if (c.Reviewer?.SaleInitiatedBy == SaleInitiator.Complainant && fault < t.BadFaith / 2 && !FaultCriteria.NamePointsAtMark(c))
        {
            return (RecommendedAction.DoNotFile, "Do not file: the owner approached the registrant to buy the name and nothing on record shows that the name was aimed at the mark; a complaint after failed purchase talks risks a finding of reverse domain name hijacking (4.16). Buy it, or wait for evidence.");
        }

        return (RecommendedAction.Monitor, c.Has(Criteria.U7)
            ? "Monitor: passive holding without enough Telstra factors (3.3)."
            : "Monitor: borderline similarity or too little evidence of bad faith so far.");
    }

    /// <summary>Why an abuse takedown answers: live phishing (U1) or malware on a look-alike (U8); null when neither applies.</summary>
    private string? TakedownReason(ScoringContext c, Fits fits)
    {
        if (fits.Takedown < Rules.Thresholds.TakedownFit)
        {
            return null;
        }

        const string Takedown = "Immediate abuse takedown with the registrar, host and blocklists";
        if (!HasAbuseOnTheName(c))
        {
            return c.Has(Criteria.U8) ? $"{Takedown}: the look-alike serves malware or drive-by downloads (U8, 3.4)." : null;
        }

        const string Phishing = "live phishing under the mark (U1).";
        return c.IsUrlSubject || c.Has(Criteria.A7) ? $"{Takedown}: {Phishing}"
            : c.Has(Criteria.G1) ? $"{Takedown}: {Phishing} The name predates the mark (G1), so no UDRP complaint beside it."
            : c.Has(Criteria.G0) ? $"{Takedown}: {Phishing}"
            : $"{Takedown}, in parallel with a UDRP/URS filing: {Phishing}";
    }

    /// <summary>True when F1, the famous mark's presumption, is the only fault criterion that earned points.</summary>
    private static bool RestsOnFameAlone(List<Contribution> faultCriteria)
    {
        var fame = false;
        foreach (var contribution in faultCriteria)
        {
            if (!contribution.Applies || contribution.Points <= 0)
            {
                continue;
            }

            if (contribution.Criterion != Criteria.F1)
            {
                return false;
            }

            fame = true;
        }

        return fame;
    }

    /// <summary>A court proceeding on the name (4.14) that has not already been decided for the complainant.</summary>
    private static bool CourtProceedingLeftOpen(ScoringContext c) =>
        c.Reviewer?.CourtProceedingOnName == true && c.Reviewer.CourtRuledForComplainant != true;

    /// <summary>
    /// 4.14.6: panels leave to a court what is really a business or contractual quarrel, but go on where the name was
    /// plainly taken in bad faith beside it (mold.ca, CIRA; iga-la.com, WIPO): a registrant shown to know the mark, who
    /// claims no right or interest of its own, and whose conduct reaches bad faith by itself (a competitor's name-grab,
    /// a name taken from the complainant, an offer to sell, a move on notice). The string and the knowledge do not count
    /// towards that conduct: between business partners both are given.
    /// </summary>
    private bool CybersquattingBesideTheDispute(ScoringContext c, List<Contribution> faultCriteria)
    {
        if (c.Reviewer?.RegistrantKnewMark != true || c.Has(Criteria.X1) || LegitimateInterestDefences.Any(c.Has))
        {
            return false;
        }

        var conduct = 0.0;
        foreach (var contribution in faultCriteria)
        {
            if (contribution.Applies && contribution.Criterion is not (Criteria.F2 or Criteria.F3 or Criteria.F10))
            {
                conduct += contribution.Points;
            }
        }

        return conduct >= Rules.Thresholds.BadFaith;
    }

    private static DisputePath PathOf(ScoringContext c, RecommendedAction action, bool leftToTheCourt) => action switch
    {
        RecommendedAction.DoNotFile => c.Has(Criteria.G1) ? DisputePath.PredatesMark : DisputePath.None,
        RecommendedAction.NegotiateOrCourt => leftToTheCourt ? DisputePath.None : DisputePath.BothHoldRights,
        RecommendedAction.Settlement => DisputePath.Settlement,
        RecommendedAction.AbuseTakedown or RecommendedAction.UdrpTransfer or RecommendedAction.CeaseAndDesist or RecommendedAction.Court
            => DisputePath.OnlyComplainantHoldsRights,
        _ => c.Has(Criteria.G1) ? DisputePath.PredatesMark : DisputePath.None,
    };

    private static double PointsOf(List<Contribution> list, string criterion)
    {
        foreach (var contribution in list)
        {
            if (contribution.Criterion == criterion && contribution.Applies)
            {
                return contribution.Points;
            }
        }

        return 0;
    }

    private static double Clamp(double value) => value < 0 ? 0 : value > 1 ? 1 : value;

    private static double Round(double value) => Math.Round(value, 4);
}
