namespace BrandWatch.Rules.Screening;

/// <summary>
/// The screening part of the rule configuration: plain lists and numbers so that a "screening" section of the rule
/// file maps onto it one to one. <see cref="Default"/> holds the shipped values.
/// </summary>
public sealed record ScreeningOptions
{
    /// <summary>The shipped configuration.</summary>
    public static ScreeningOptions Default { get; } = new();

    /// <summary>Words that, joined to a mark, suggest impersonation (A4: affiliation terms score highest).</summary>
    public IReadOnlyList<string> RiskyTerms { get; init; } =
    [
        "login", "logon", "signin", "signon", "secure", "security", "verify", "verification", "validate", "account",
        "accounts", "support", "help", "helpdesk", "service", "services", "official", "update", "confirm", "auth",
        "authentication", "id", "billing", "payment", "pay", "wallet", "bank", "banking", "online", "web", "portal",
        "customer", "care", "recovery", "unlock", "reset", "password", "alert", "notice", "refund", "claim", "bonus",
        "gift", "promo", "free", "tech", "app", "mail", "webmail", "my", "team", "center", "centre", "desk",
        "access", "admin", "cdn", "click", "confirmation", "connect", "download", "enroll", "http", "https", "www",
        "install", "mobile", "register", "signup", "ssl", "safe", "user", "payments",
    ];

    /// <summary>
    /// Corporate and generic words dropped from a mark's name to find its distinctive part ("Groupe Renault" →
    /// renault, "Banco Santander S.A." → santander). Dotted forms are read with the dots as spaces.
    /// </summary>
    public IReadOnlyList<string> CorporateWords { get; init; } =
    [
        "groupe", "group", "grupo", "gruppe", "gruppo", "banco", "banca", "banque", "s.a.", "s.a.s.", "sa", "sas", "s.p.a.",
        "spa", "inc", "inc.", "incorporated", "corp", "corp.", "corporation", "co", "co.", "company", "ltd", "ltd.",
        "limited", "llc", "l.l.c.", "plc", "gmbh", "ag", "se", "nv", "n.v.", "bv", "b.v.", "kg", "oy", "ab", "as", "a/s",
        "holding", "holdings", "international", "brouwerijen", "brouwerij", "brewery", "breweries", "compagnie", "cie",
    ];

    /// <summary>
    /// Per mark id: domains, labels or words that are never flagged against that mark (a customer's reviewed
    /// exclusions, e.g. <c>shell</c>: <c>["seashells", "shellfish"]</c>). An entry matches the registrable domain,
    /// the registrable label, or a word of the label that contains the matched text.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Exclusions { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Matches below this similarity are not reported.</summary>
    public double MinSimilarity { get; init; } = 0.3;

    /// <summary>Shortest label form matched with one edit (typos); shorter forms match only exactly or as look-alikes.</summary>
    public int TypoMinLength { get; init; } = 4;

    /// <summary>Shortest label form matched with two edits.</summary>
    public int TwoEditsMinLength { get; init; } = 8;

    /// <summary>
    /// Shortest label form matched with any two edits, two replacements or two insertions included (arcelprmottal);
    /// forms from <see cref="TwoEditsMinLength"/> up to this length meet only two edits that shorten or keep the label.
    /// </summary>
    public int LongTypoMinLength { get; init; } = 9;

    /// <summary>Shortest label form found embedded in a longer label (combosquats, level-squats, spread labels).</summary>
    public int EmbeddedMinLength { get; init; } = 4;

    /// <summary>Embedded forms shorter than this must start or end a label or hyphenated token (iqosjp, wiiu-shop).</summary>
    public int EmbeddedAnywhereMinLength { get; init; } = 5;

    /// <summary>Shortest form matched with a typo inside a longer label (myequifaz); shorter ones only exactly or as look-alikes.</summary>
    public int TypoInComboMinLength { get; init; } = 6;

    /// <summary>What may be glued to a mark in place of its dot (paypalcom.net, wwwpaypal.com), besides its own TLDs.</summary>
    public IReadOnlyList<string> GluedSuffixes { get; init; } = ["com", "net", "org", "co", "www", "info", "biz"];
}
