namespace BrandWatch.Rules.Pages;

/// <summary>
/// Word lists, host lists and limits of the page analysis: plain lists and numbers, so the "pages" section of the
/// rule configuration maps onto it one to one. Phrases are matched case-insensitively on word boundaries, accents
/// and punctuation folded; hosts match themselves and their subdomains.
/// </summary>
public sealed record PageAnalysisOptions
{
    public static PageAnalysisOptions Default { get; } = new();

    // ---- Limits: hostile pages are cut, never allowed to run long. ----

    /// <summary>Characters of HTML analysed; the rest is dropped before parsing (the crawler caps bodies at 2 MiB).</summary>
    public int MaxInputChars { get; init; } = 2 * 1024 * 1024;

    /// <summary>Start tags parsed; the document is cut before the next one.</summary>
    public int MaxElements { get; init; } = 20_000;

    /// <summary>Nesting depth parsed; the document is cut where a tag would open deeper (the HTML tree builder is quadratic in depth).</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Elements whose computed style is evaluated for hidden text; further hits are counted as visible.</summary>
    public int MaxStyledElements { get; init; } = 400;

    /// <summary>Inline scripts read for redirects, and characters read of each.</summary>
    public int MaxScripts { get; init; } = 64;

    public int MaxScriptChars { get; init; } = 64 * 1024;

    /// <summary>Images naming a mark, and CSS background rules naming one, whose place on the page is judged (logos, A12).</summary>
    public int MaxLogoCandidates { get; init; } = 50;

    /// <summary>Characters of an evidence fragment; longer ones are cut with an ellipsis.</summary>
    public int MaxEvidenceChars { get; init; } = 300;

    /// <summary>Largest difference-hash distance (bits of 64) at which a page image still matches a reference logo.</summary>
    public int MaxVisualDistance { get; init; } = 10;

    /// <summary>
    /// Largest difference-hash distance at which a page image still matches a reference favicon. Icons are drawn from a
    /// few simple shapes at 16–48 pixels, so two brands' icons reduced to 9×8 can differ in as few bits as a resized
    /// logo does; a copied favicon is the file itself (matched on its bytes) or a re-encoding of it.
    /// </summary>
    public int MaxIconVisualDistance { get; init; } = 4;

    /// <summary>Images narrower or lower than this never match a logo (tracking pixels, spacers).</summary>
    public int MinImageSide { get; init; } = 16;

    /// <summary>Images whose grey thumbnail varies less than this (standard deviation, 0–255) are blank or a single colour and never match.</summary>
    public double MinImageContrast { get; init; } = 8;

    /// <summary>Fetched images of one page compared with the references; more are ignored.</summary>
    public int MaxPageImages { get; init; } = 16;

    /// <summary>Findings kept per criterion and mark (e.g. the first five logo deep links).</summary>
    public int MaxFindingsPerCriterion { get; init; } = 5;

    // ---- Hidden text and stuffing (A11). ----

    /// <summary>A computed font size at or below this many CSS pixels is unreadable.</summary>
    public double TinyFontPixels { get; init; } = 2;

    /// <summary>Absolute or fixed positions, and text indents, at or beyond this many pixels to the left or top are off-screen.</summary>
    public double OffScreenPixels { get; init; } = 1000;

    /// <summary>Colour distance (sum of RGB channel differences) at or below which text and background are the same colour.</summary>
    public int SameColourTolerance { get; init; } = 24;

    /// <summary>Keyword stuffing over the page: the mark's words make up at least this share of all words …</summary>
    public double StuffingDensity { get; init; } = 0.15;

    /// <summary>… and it occurs at least this many times in visible text.</summary>
    public int StuffingMinOccurrences { get; init; } = 20;

    /// <summary>Wallpaper: one block repeats the mark this many times …</summary>
    public int StuffingRunOccurrences { get; init; } = 4;

    /// <summary>… and the mark's words make up at least this share of the block's words.</summary>
    public double StuffingRunShare { get; init; } = 0.3;

    /// <summary>Stuffed meta keywords: the mark repeats this many times in one list.</summary>
    public int StuffingMetaRepeats { get; init; } = 4;

    // ---- Links, frames, ads (A8, A9, X9). ----

    /// <summary>Levels above a link whose subtree counts as "near" when counting third-party ads.</summary>
    public int NearbyAdLevels { get; init; } = 3;

    public IReadOnlyList<string> AdNetworkHosts { get; init; } =
    [
        "doubleclick.net", "googlesyndication.com", "googleadservices.com", "adservice.google.com", "amazon-adsystem.com",
        "adnxs.com", "taboola.com", "outbrain.com", "criteo.com", "criteo.net", "media.net", "pubmatic.com",
        "rubiconproject.com", "openx.net", "adsrvr.org", "advertising.com", "moatads.com", "revcontent.com",
        "mgid.com", "propellerads.com", "popads.net", "adform.net", "smartadserver.com", "yieldmo.com",
    ];

    /// <summary>Class or id words (split on '-', '_' and spaces) that mark an advertisement slot.</summary>
    public IReadOnlyList<string> AdClassWords { get; init; } =
        ["ad", "ads", "advert", "adverts", "advertisement", "advertising", "adsbygoogle", "sponsored", "adslot", "adunit", "adbox"];

    /// <summary>
    /// Visible captions that label the block after them as paid placement ("Sponsored links" above a list of links).
    /// The caption must be the whole text of its element, so a sentence that mentions advertising labels nothing.
    /// </summary>
    public IReadOnlyList<string> AdCaptions { get; init; } =
    [
        "ad", "ads", "advertisement", "advertisements", "advertising", "sponsored", "sponsored links", "sponsored by",
        "paid links", "partner links", "anzeige", "anzeigen", "werbung", "publicité", "publicite", "publicidad",
        "pubblicità", "advertentie", "advertenties", "reklama", "reklame", "annons", "реклама", "広告", "广告",
    ];

    /// <summary>Phrases near a text deep link that attribute the target to its owner (Ticketmaster v. Tickets.com).</summary>
    public IReadOnlyList<string> AttributionPhrases { get; init; } =
    [
        "official site", "official website", "sold by", "operated by", "provided by", "courtesy of", "source",
        "you will leave", "you are leaving", "external site", "opens the", "on the website of", "buy on", "available at",
    ];

    // ---- Malicious downloads (U8). ----

    /// <summary>File endings of executables and archives: a download of one the user did not ask for is a drive-by download.</summary>
    public IReadOnlyList<string> DownloadExtensions { get; init; } =
    [
        ".exe", ".msi", ".scr", ".com", ".bat", ".cmd", ".pif", ".vbs", ".vbe", ".js", ".jse", ".wsf", ".hta", ".ps1",
        ".jar", ".apk", ".dmg", ".pkg", ".iso", ".img", ".zip", ".rar", ".7z", ".cab", ".lnk",
    ];

    /// <summary>Script text or script addresses that only malicious pages carry (obfuscated loaders, miners, shell objects).</summary>
    public IReadOnlyList<string> MalwareMarkers { get; init; } =
    [
        "eval(unescape(", "document.write(unescape(", "eval(atob(", "eval(String.fromCharCode(", "coinhive.min.js",
        "CoinHive.Anonymous", "cryptonight.wasm", "WScript.Shell", "ActiveXObject(\"WScript", "powershell -enc",
        "powershell.exe -e",
    ];

    // ---- Parking and for sale (U3, U6). ----

    public IReadOnlyList<string> ForSalePhrases { get; init; } =
    [
        "domain is for sale", "domain for sale", "domain may be for sale", "buy this domain", "make an offer",
        "make offer", "is available for purchase", "purchase this domain", "inquire about this domain",
        "enquire about this domain", "get this domain", "this domain name is for sale", "acquire this domain",
        "buy now for", "lease to own",

        // The same offers in German, French, Spanish, Italian, Portuguese and Dutch, each naming the domain.
        "diese domain steht zum verkauf", "diese domain kaufen", "domain zu verkaufen",
        "ce domaine est à vendre", "nom de domaine à vendre", "acheter ce domaine",
        "este dominio está en venta", "dominio en venta", "comprar este dominio",
        "questo dominio è in vendita", "dominio in vendita", "acquista questo dominio",
        "este domínio está à venda", "domínio à venda", "compre este domínio",
        "dit domein is te koop", "domeinnaam te koop", "koop dit domein",

        // Auctions and marketplace listings offer the domain for sale too (3.1.1).
        "place bid", "place a bid", "current bid", "starting bid", "bid now", "domain auction", "auction ends",
        "time left to bid",
    ];

    public IReadOnlyList<string> MarketplaceHosts { get; init; } =
    [
        "sedo.com", "dan.com", "afternic.com", "atom.com", "squadhelp.com", "hugedomains.com", "buydomains.com",
        "undeveloped.com", "efty.com", "brandbucket.com", "flippa.com", "domainmarket.com",
        "uniregistry.com", "epik.com", "auctions.godaddy.com", "namejet.com", "snapnames.com", "dropcatch.com",
    ];

    public IReadOnlyList<string> ParkingPhrases { get; init; } =
    [
        "related searches", "related links", "sponsored listings", "sponsored links", "trending searches",
        "top searches", "popular categories", "this domain has been registered", "parked free", "parked domain",
        "domain parking",

        // Parking services serve their landers in the visitor's language: the same captions in German, French,
        // Spanish, Italian, Portuguese and Dutch.
        "gesponserte links", "ähnliche suchanfragen", "verwandte suchanfragen", "diese domain wurde registriert", "geparkte domain",
        "liens sponsorisés", "recherches associées", "ce domaine a été enregistré", "domaine parqué",
        "enlaces patrocinados", "búsquedas relacionadas", "este dominio ha sido registrado", "dominio aparcado",
        "link sponsorizzati", "ricerche correlate", "questo dominio è stato registrato", "dominio parcheggiato",
        "links patrocinados", "pesquisas relacionadas", "este domínio foi registrado", "domínio estacionado",
        "gesponsorde links", "gerelateerde zoekopdrachten", "dit domein is geregistreerd", "geparkeerd domein",
    ];

    public IReadOnlyList<string> ParkingHosts { get; init; } =
    [
        "sedoparking.com", "parkingcrew.net", "bodis.com", "above.com", "parklogic.com", "domainsponsor.com",
        "skenzo.com", "dsparking.com", "parked.com", "smartname.com", "trafficz.com", "voodoo.com", "namebright.com",
        "fabulous.com", "rookmedia.net",
    ];

    /// <summary>Distinct parking signals (phrases, hosts, search-feed links) needed for a pay-per-click finding.</summary>
    public int MinParkingSignals { get; init; } = 2;

    /// <summary>
    /// What a page that holds no content of its own says, in the languages most squats are met in (folded: no accents):
    /// a site still to come, a registrar's or server's default page. A short page of these is passive holding
    /// (Overview 3.3: "a blank or 'coming soon' page").
    /// </summary>
    public IReadOnlyList<string> PlaceholderPhrases { get; init; } =
    [
        "coming soon", "under construction", "launching soon", "site is being built", "website is being built",
        "new website is on its way", "future home of", "this site is under development", "page under construction",
        "default web page", "default page", "welcome to nginx", "apache2 default page", "website coming soon",
        "no website has been set up", "this domain is not configured", "site not configured",
        "this domain has been registered", "this domain was registered", "en construction", "bientot disponible",
        "en construccion", "proximamente", "in costruzione", "prossimamente", "em construcao", "em breve", "im aufbau",
        "demnachst online", "in aanbouw", "binnenkort online", "under uppbyggnad", "kommer snart", "w budowie",
    ];

    /// <summary>The most visible words a placeholder page may have: beyond it, the page says something of its own.</summary>
    public int MaxPlaceholderWords { get; init; } = 40;

    // ---- Fair use (X4, X5, X8, X9). ----

    public IReadOnlyList<string> DisclaimerPhrases { get; init; } =
    [
        "not affiliated with", "not affiliated in any way with", "not affiliated to", "no affiliation", "not endorsed by", "not sponsored by",
        "not associated with", "not connected with", "not an official", "unofficial", "independent of",
        "is a trademark of", "is a registered trademark of", "are trademarks of", "are registered trademarks of",
        "trademarks of their respective owners", "not authorised by", "not authorized by", "without endorsement",
        "not the website of", "not the official website", "not the official site",
    ];

    public IReadOnlyList<string> ReviewWords { get; init; } =
    [
        "review", "reviews", "reviewed", "reviewer", "our verdict", "verdict", "pros and cons", "pros", "cons",
        "rating", "rated", "hands on", "we tested", "tested", "comparison", "compared", "benchmark", "stars",
    ];

    /// <summary>Pejorative words of criticism sites ("… sucks"); a few distinct ones near the mark open the criticism defence.</summary>
    public IReadOnlyList<string> PejorativeWords { get; init; } =
    [
        "sucks", "scam", "scams", "scammed", "rip off", "ripoff", "ripped off", "boycott", "complaint", "complaints",
        "worst", "avoid", "protest", "shame", "shameful", "lawsuit", "victims", "cheated", "overcharged",
        "mis sold", "misselling", "mis selling", "disgrace", "broken promises", "hate", "hated", "horror stories",
        "ruined my life", "cruelty", "cruel", "inhumane", "unethical", "exploitation", "greenwashing",
        "misrepresentation", "misrepresentations", "misled", "deceived",
        // A union's campaign against its employer speaks of the dispute (bcaaonstrike.com, a strike site).
        "on strike", "picket line", "picket lines", "strikers", "boycotting",
        // The same complaints in the languages of the lexicon's largest markets, folded as pages are (reclamações: reclamacoes),
        // with the boycott's verbs and the strike (jeboycottedanone.com: "Je boycotte Danone", "la grève des caddies").
        "arnaque", "arnaques", "escroquerie", "escrocs", "plaintes", "honteux", "boycottez", "boycotte", "boycotter", "boycottons", "greve",
        "estafa", "estafas", "estafadores", "quejas", "boicot", "boicotea", "boicotear", "verguenza", "huelga",
        "betrug", "betrueger", "abzocke", "beschwerden", "boykott", "boykottiert", "schande", "streik",
        "truffa", "truffe", "truffatori", "reclami", "vergogna", "boicottare", "boicottate", "sciopero",
        "golpistas", "reclamacoes", "vergonha", "boicote",
    ];

    /// <summary>Distinct review words for a review page; one of them must also be in the title or a top heading.</summary>
    public int MinReviewWords { get; init; } = 2;

    public int MinPejorativeWords { get; init; } = 2;

    public IReadOnlyList<string> ResellerPhrases { get; init; } =
    [
        "authorised reseller", "authorized reseller", "authorised dealer", "authorized dealer",
        "authorised distributor", "authorized distributor", "authorised service", "authorized service",
        "authorised repair", "authorized repair", "authorised partner", "authorized partner",
        "authorised representative", "authorized representative", "official representative",
        "official retailer", "authorised retailer", "authorized retailer",
        "independent reseller", "independent dealer", "independent repair", "independent service",
        "certified reseller", "certified repair", "reseller of genuine", "we sell genuine",
    ];

    /// <summary>Phrases of a web shop; with a price pattern they make a page a shop (U4 when it has no disclosure).</summary>
    public IReadOnlyList<string> ShopPhrases { get; init; } =
    [
        "add to cart", "add to basket", "add to bag", "buy now", "checkout", "check out", "shopping cart",
        "in stock", "out of stock", "free shipping", "free delivery", "shop now", "order now", "cash on delivery",
    ];

    public int MinShopSignals { get; init; } = 2;

    // ---- Tarnishment (D3). ----

    /// <summary>
    /// Adult and gambling terms whose presence in visible text or metadata tarnishes a look-alike of a mark. Phrases
    /// rather than bare words where a word has innocent uses: "adult content", not "adult" (adult education); "escort
    /// service", not "escort" (the car).
    /// </summary>
    public IReadOnlyList<string> TarnishTerms { get; init; } =
    [
        "porn", "porno", "pornography", "xxx", "adult content", "adult entertainment", "adult videos", "adult video",
        "adult movies", "adult dating", "sex cams", "live sex", "sex chat", "hentai", "nsfw", "escort service",
        "escort services", "escort agency", "escort girls", "nude photos", "nude photo", "nude pics", "nude pictures",
        "nude videos", "nude video", "nude gallery", "nude girls", "naked girls", "erotic", "erotica", "sex videos",
        "sex video", "sex tube", "cam girls", "webcam sex",
        "casino", "casinos", "gambling", "betting", "sportsbook", "bookmaker", "poker", "roulette", "blackjack",
        "slot machines", "free spins",
    ];

    // ---- Platform credits (X8). ----

    /// <summary>Phrases that credit the software or service a site runs on ("Powered by …"): nominative use of that mark.</summary>
    public IReadOnlyList<string> CreditPhrases { get; init; } =
    [
        "powered by", "proudly powered by", "built with", "built on", "made with", "hosted by", "hosted on", "theme by",
        "runs on", "processed by", "processed securely by", "payments by", "payments are processed securely by",
    ];

    // ---- Impersonation (U1). ----

    /// <summary>
    /// Phrases of pages that pose as a brand to get a call, a payment or remote access without a form: alarms (support
    /// scams) and charges to cancel (fake invoices). With a phone number on a page presenting itself as a mark they
    /// make an impersonation finding.
    /// </summary>
    public IReadOnlyList<string> ScamPhrases { get; init; } =
    [
        "is infected", "has been infected", "virus detected", "spyware detected", "trojan", "has been blocked", "has been locked",
        "been compromised", "do not restart", "do not shut down", "do not close this page", "call support", "toll free",
        "has been charged", "will be charged", "been charged", "subscription renewed", "automatic renewal", "to cancel",
        "get a refund", "receive a refund", "did not authorise", "did not authorize", "did not make this payment", "not you",
        "remote support", "connect to your device remotely", "fix the problem remotely",
    ];

    /// <summary>File endings of a download that installs software (remote-access tools in support scams).</summary>
    public IReadOnlyList<string> InstallerExtensions { get; init; } = [".exe", ".msi", ".pkg", ".dmg", ".apk", ".scr", ".bat", ".cmd", ".msix"];

    /// <summary>Brand-presence points a mark needs to count as the page's own branding (logo 2, script-built logo 2, title 1, heading 1, favicon 1, host name 1); one of them must be visual (a logo, the favicon, the host name).</summary>
    public int MinBrandPresence { get; init; } = 2;

    // ---- Credential and payment forms (U1). ----

    /// <summary>Words in an input's name, id, autocomplete or placeholder that make it a payment-card field.</summary>
    public IReadOnlyList<string> CardFieldWords { get; init; } =
    [
        "cc-number", "cc-csc", "cc-exp", "ccnumber", "cardnumber", "card-number", "card_number", "cardno", "cvv",
        "cvc", "cvv2", "csc", "expiry", "exp-date", "expdate", "card number", "security code", "iban", "pin",
    ];

    /// <summary>Words in a field's name, id or placeholder that make it a wallet recovery (seed) phrase field.</summary>
    public IReadOnlyList<string> RecoveryPhraseWords { get; init; } =
        ["recovery phrase", "seed phrase", "secret phrase", "mnemonic", "private key", "12-word", "24-word", "passphrase"];
}
