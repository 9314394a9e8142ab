namespace BrandWatch.Rules.Evidence;

/// <summary>
/// Facts a reviewer or the rule case records that cannot be observed automatically. Null is unknown, never "no".
/// The Api's review facts are to be built on this record (docs/rules.md lists every field with the criterion that reads it).
/// </summary>
public sealed record ReviewerFacts
{
    public bool? CeaseAndDesistIgnored { get; init; }

    /// <summary>The registrant holds its own trademark in the name (X1); weighed with its date and place (2.12.2).</summary>
    public bool? RegistrantHoldsTrademark { get; init; }

    /// <summary>
    /// The registrant's own trademark in the name (<see cref="RegistrantHoldsTrademark"/>) was held when it registered
    /// the name and has lapsed since: it gives no right now, but a registration made under a right of its own was not
    /// made in bad faith (4(a)(iii), 2.12); diamondbrite.com, registered by 3M while it held DIAMOND BRITE for displays.
    /// </summary>
    public bool? RegistrantTrademarkLapsed { get; init; }

    /// <summary>The date the registrant's own trademark was applied for or registered, whichever is earlier.</summary>
    public DateOnly? RegistrantTrademarkDate { get; init; }

    /// <summary>Where the registrant's own trademark is registered (ISO country code, "EU", "WIPO" …).</summary>
    public string? RegistrantTrademarkJurisdiction { get; init; }

    /// <summary>When the registrant first had notice of the dispute (the first cease-and-desist or complaint).</summary>
    public DateOnly? DisputeNoticeOn { get; init; }

    /// <summary>The registrant knew the mark when it registered or acquired the name, by its own admission or on the record (F3, 3.2.2).</summary>
    public bool? RegistrantKnewMark { get; init; }

    /// <summary>
    /// The registrant is an authorised distributor, reseller or licensee of the mark's goods, by the owner's own
    /// arrangement or through its licensee (thermowood.com): the name serves the owner's distribution, as a domain the
    /// portfolio lists as authorised does (X4), and a quarrel over it belongs to that relationship (2.8, 4.14.6).
    /// </summary>
    public bool? RegistrantAuthorisedByOwner { get; init; }

    public bool? RegistrantCommonlyKnownByName { get; init; }
    public bool? PriorBonaFideBusiness { get; init; }
    public bool? RegistrantIsCompetitor { get; init; }

    /// <summary>
    /// The name forwards its visitors to a site of one of the owner's competitors (Overview 3.1.4: "redirecting the
    /// domain name to the complainant's (or a competitor's) website"), on the owner's evidence: the analyser sees where
    /// a redirect lands but cannot know whose rival that site is. The registrant need not be the competitor.
    /// </summary>
    public bool? RedirectsToCompetitor { get; init; }
    public bool? FalseContactData { get; init; }

    /// <summary>
    /// Given the chance (the owner's letter or a complaint), the registrant gave no response and no evidence of actual
    /// or contemplated good-faith use: a Telstra factor of passive holding (U7, 3.3), never bad faith alone (4.3).
    /// </summary>
    public bool? NoGoodFaithUseShown { get; init; }
    /// <summary>
    /// How many earlier published decisions (UDRP, CDRP, DRS …) found that this registrant registered other names in
    /// bad faith: a record of abusive registrations that shows a pattern with this name (F4, 3.1.2) even when the
    /// decision read does not name the other names.
    /// </summary>
    public int? PriorAdverseDecisions { get; init; }

    /// <summary>
    /// The registrant holds other names made of other owners' marks, a pattern of conduct the reviewer (or a decision)
    /// establishes without the list of names at hand (4(b)(ii), 3.1.2): F4, as listed names or earlier decisions are; and
    /// X1, as such a registrant's own mark in the name is a shield for it, not a right (2.12.2).
    /// </summary>
    public bool? RegistersOthersMarks { get; init; }

    public bool? OfferToSellAtCost { get; init; }
    public decimal? AskingPrice { get; init; }

    /// <summary>Who first raised the sale (U6, F5, 3.1.1): a price named in reply to the owner's approach is weaker.</summary>
    public SaleInitiator? SaleInitiatedBy { get; init; }

    /// <summary>When the domain was first offered for sale or a price was named.</summary>
    public DateOnly? SaleOfferedOn { get; init; }

    /// <summary>The domain is listed in an auction or on a marketplace ("place bid", a broker's listing): an offer to sell (U6).</summary>
    public bool? AuctionListing { get; init; }

    /// <summary>The site serves malware or starts downloads without a user's request, as seen by a sandbox, a blocklist or a reviewer (U8).</summary>
    public bool? MaliciousDownloads { get; init; }

    /// <summary>
    /// E-mails sent from the name impersonate the owner or phish its staff or customers, as the owner's evidence or a
    /// reviewer shows (U1): a use other than a website that is bad faith (Overview 3.4) and never a legitimate
    /// interest, whatever the word means (2.13.1).
    /// </summary>
    public bool? PhishingEmails { get; init; }

    /// <summary>
    /// The registrant presented itself as the owner or as connected with it outside a web page or an e-mail (to
    /// customers by telephone, on a marketplace or social media, in correspondence), as the owner's evidence shows (U1):
    /// impersonation never confers a legitimate interest (Overview 2.13.1), and a name held to pass as the owner is held
    /// in bad faith (4(b)(iv), 3.1.4).
    /// </summary>
    public bool? ImpersonatedOwner { get; init; }

    /// <summary>The site (including any pay-per-click links) uses the name in its ordinary dictionary meaning, not for the mark's trade (X6, 2.10).</summary>
    public bool? OrdinaryMeaningUse { get; init; }

    /// <summary>
    /// The day the registrant sold its rights in the name to the complainant (by agreement, alone or with a mark) while it
    /// kept holding the name (business.ca): what it held before the sale is the buyer's, so neither its earlier
    /// registration (G1) nor its own rights (X1, X3) weigh against the buyer.
    /// </summary>
    public DateOnly? NameSoldToComplainantOn { get; init; }

    /// <summary>
    /// The day the name lapsed from the complainant, which had held it, before the registrant took it (a drop or an
    /// expired-name auction, leonardodicaprio.org): a name its owner held until then, identical or confusingly similar
    /// to a distinctive mark, was not chosen without knowing whose it was (F3, 3.2.2, 3.2.3).
    /// </summary>
    public DateOnly? NameLapsedFromComplainantOn { get; init; }

    /// <summary>
    /// The registrant registered or acquired the name before the complainant had any right in the mark, as the record
    /// states without giving both dates (a decision that says the marks did not yet exist when the name was bought):
    /// the name cannot have been taken to target the mark (G1, 3.8.1).
    /// </summary>
    public bool? TakenBeforeComplainantsRights { get; init; }

    /// <summary>
    /// The complainant shows no right in the mark it claims: an unregistered term whose distinctiveness in trade is not
    /// proven (Overview 1.3), a registration that covers only a logo, a licensee whose licence gives it none. Without a
    /// right the first element fails and no complaint can succeed (G0).
    /// </summary>
    public bool? ComplainantRightsNotShown { get; init; }

    /// <summary>
    /// The mark's term is also in use by other, unrelated businesses: companies or marks of the same name, earlier
    /// holders of the name, a term many traders use. For a mark not shown to be well known the string then has other
    /// owners a registrant may have had in mind, so it alone shows no aim at the complainant (F2), and it has plausible
    /// good-faith uses (U7, Telstra's fourth factor). Panels: "many third-party uses of that combination of letters"
    /// (INW.com, WIPO D2012-0454); clario.com, bought from a company of that name.
    /// </summary>
    public bool? TermUsedByOthers { get; init; }

    /// <summary>
    /// The recorded transfer kept the name with the same underlying holder (to the registrant's own company, a relative,
    /// a privacy service): "where [there is] an unbroken chain of underlying ownership", a change of the recorded holder
    /// is no new registration (Overview 3.9), so the name dates from its first registration (gopets.com: re-registered
    /// in the name of the registrant's own company).
    /// </summary>
    public bool? UnbrokenChainOfOwnership { get; init; }

    /// <summary>
    /// The name was registered to capitalise on the complainant's nascent rights, before they arose: after the mark's
    /// public announcement or launch, on insider knowledge, or once the complainant had applied for it (Overview 3.8.2;
    /// starlink.com.br, registered after the project's international launch by a firm of the same trade). A name older
    /// than the mark then is no defence (G1), and its timing shows the registrant had the mark in view (F3).
    /// </summary>
    public bool? RegisteredInAnticipation { get; init; }

    /// <summary>
    /// A court proceeding between the parties, or an agreement made under a court's supervision, concerns the name
    /// (nexendentalstudioinsights.com): a panel may suspend, dismiss or decline such a dispute (Overview 4.14), so the
    /// route is the court's, not a complaint.
    /// </summary>
    public bool? CourtProceedingOnName { get; init; }

    /// <summary>
    /// A court has already given judgment for the complainant on the name or its use (infringement, passing off), and
    /// the registrant keeps the name (money4wheelsautoverpanden.nl). Nothing is left for a court to decide: the
    /// proceeding no longer routes the case to the court, and holding on to a name whose use a court has condemned is
    /// knowing (F3, 3.2.2; panels rely on such a judgment, 4.14.2).
    /// </summary>
    public bool? CourtRuledForComplainant { get; init; }

    /// <summary>
    /// The name is part of a wider business or contractual dispute between the parties (former partners, a licence or
    /// distribution agreement, a co-existence or consent agreement, an employment): panels leave such disputes to a
    /// court as beyond the Policy's scope (Overview 4.14.6), so the route is negotiation or the court, not a complaint.
    /// </summary>
    public bool? BusinessDisputeBetweenParties { get; init; }

    /// <summary>
    /// The registrant signed the name over to the complainant (a deed of assignment, a partnership or employment
    /// agreement that plainly gives it the name) and kept it (armapartners.com). A contract that settles the question
    /// leaves nothing for a court to construe: panels decide such a dispute (Overview 4.14.6) and read the holding of a
    /// name the registrant gave away as knowing whose it is (3.2.2).
    /// </summary>
    public bool? NameAssignedToComplainant { get; init; }

    /// <summary>
    /// The name was moved away from the complainant, which held it, without its consent (its registrar account
    /// hijacked, a forged transfer), and the registrant holds it since (gpz.com, gvp.com): a registration obtained by
    /// taking the owner's own name is in bad faith by itself (F11).
    /// </summary>
    public bool? NameTakenFromComplainant { get; init; }

    /// <summary>
    /// Once on notice of the dispute (the owner's letter or the complaint), the registrant changed what the name shows,
    /// away from the mark (floridagators.com: a site on the university's teams turned into one on alligators). The
    /// content of the site, "including any changes by the respondent", shows what the registrant knew (3.2.1): for a
    /// name whose string points at the mark, the change admits that the earlier use traded on it (F3).
    /// </summary>
    public bool? ContentChangedAfterNotice { get; init; }

    /// <summary>
    /// Once on notice of the dispute (the owner's letter, the complaint, a court's order), the name was moved to another
    /// holder or another registrar, or its holder's details were changed, so that the owner or the forum would have to
    /// chase it (aol.org: moved to a Korean registrar after the transfer order). Panels call this cyberflight and read
    /// it as bad faith in itself; the UDRP forbids it while a proceeding is pending (Policy 8, Rules 4(b)) (F13).
    /// </summary>
    public bool? MovedAfterNotice { get; init; }

    /// <summary>
    /// The registrant consented, in the proceeding, to transfer the name (in its response or a message to the provider):
    /// panels then order the transfer without deciding the merits (Overview 4.10).
    /// </summary>
    public bool? RegistrantConsentsToTransfer { get; init; }

    public bool? ActualConfusion { get; init; }
    public bool? CounterfeitGoods { get; init; }
    public decimal? QuantifiedLoss { get; init; }
    public DateOnly? MarkRenamedOn { get; init; }
    public string? Note { get; init; }
}
