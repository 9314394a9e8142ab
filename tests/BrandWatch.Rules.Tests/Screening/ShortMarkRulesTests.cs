using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>Short marks, look-alikes that need stronger evidence, and multi-word mark forms (issue 13).</summary>
public sealed class ShortMarkRulesTests
{
    private static Mark MarkOf(string id, string name, bool wellKnown = false, bool genericWord = false, params string[] official) =>
        new() { Id = id, Name = name, Labels = MarkLabels.Derive(name, null), WellKnown = wellKnown, GenericWord = genericWord, OfficialDomains = official };

    private static readonly MarkIndex Index = MarkIndex.Build(
    [
        MarkOf("ghd", "GHD"), MarkOf("aku", "AKU"), MarkOf("six", "SIX"), MarkOf("uber", "UBER", wellKnown: true, official: "uber.com"),
        MarkOf("aldi", "ALDI"), MarkOf("lindt", "LINDT"), MarkOf("kodak", "KODAK"), MarkOf("zenni", "ZENNI", wellKnown: true),
        MarkOf("vanguard", "VANGUARD"), MarkOf("pricerunner", "PRICE RUNNER"), MarkOf("gunbroker", "GUNBROKER .COM"),
        MarkOf("patanjali", "UNIVERSITY OF PATANJALI"), MarkOf("prada", "PRADA"), MarkOf("on", "ON"),
        MarkOf("cme", "CME"), MarkOf("g4s", "G4S"), MarkOf("aon", "AON"), MarkOf("man", "MAN"), MarkOf("le", "LE"), MarkOf("sap", "SAP"), MarkOf("pv", "PV"), MarkOf("adm", "ADM"), MarkOf("abt", "ABT"), MarkOf("mi", "MI"), MarkOf("bet188", "188BET"), MarkOf("ca", "C&A"),
        MarkOf("jet", "JET"), MarkOf("air", "AIR"), MarkOf("tods", "TOD'S or HOGAN"), MarkOf("deadoralive", "DEAD OR ALIVE"),
        MarkOf("hermitage", "HOTEL HERMITAGE - MONTE-CARLO"), MarkOf("boatwear", "boatwear.nl"), MarkOf("quinbank", "QUIN A. BANK"),
        MarkOf("kubox", "KUBOX"), MarkOf("louisxiii", "LOUIS XIII"), MarkOf("zapito", "ZAPITO"), MarkOf("kubo", "KUBO"), MarkOf("f5", "F5"), MarkOf("maaf", "MAAF"),
    ], ScreeningOptions.Default);

    private static DomainMatch? Match(string domain, string mark) => Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

    [Theory]
    [InlineData("ghdgoldsuomi.com", "ghd", "'ghdgoldsuomi' reads as 'ghd' (GHD) + 'gold' (English word) + 'suomi' (Finnish: Finland)")]
    [InlineData("akuschoenen.com", "aku", "'akuschoenen' reads as 'aku' (AKU) + 'schoenen' (Dutch: shoes)")]
    [InlineData("chaussuresakusoldes.com", "aku", "'chaussuresakusoldes' reads as 'chaussures' (French: shoes) + 'aku' (AKU) + 'soldes' (French: sales)")]
    [InlineData("ghd-ireland.com", "ghd", "'ghd-ireland' holds 'ghd' as a hyphen-separated word of its own")]
    [InlineData("cmefinance.com", "cme", "'cmefinance' reads as 'cme' (CME) + 'finance' (English word)")]
    [InlineData("cmeclaw.com", "cme", "'cmeclaw' reads as 'cme' (CME) + 'claw' (English word)")]
    [InlineData("ghdcloud.com", "ghd", "'ghdcloud' reads as 'ghd' (GHD) + 'cloud' (English word)")]
    [InlineData("akubakancs.com", "aku", "'akubakancs' reads as 'aku' (AKU) + 'bakancs' (Hungarian word)")]
    [InlineData("ng-g4s.com", "g4s", "'ng-g4s' holds 'g4s' as a hyphen-separated word of its own, plus the word 'ng'")]
    [InlineData("on-mexico.com", "on", "'on-mexico' holds 'on' as a hyphen-separated word of its own, plus the word 'mexico'")]
    [InlineData("onrunning-tr.com", "on", "'onrunning-tr' reads as 'on' (ON) + 'running' (English word)")]
    [InlineData("cashoponline.com", "ca", "'cashoponline' reads as 'ca' (C&A) + 'shop' (English: shop) + 'online'")] // cash: four letters begin too many names to win over the mark
    [InlineData("oncloudsverige.com", "on", "'oncloudsverige' reads as 'on' (ON) + 'cloud' (English word) + 'sverige' (Swedish: Sweden)")]
    [InlineData("onrunningshoesaustralia.com", "on", "'onrunningshoesaustralia' reads as 'on' (ON) + 'running' (English word) + 'shoes' (English: shoes) + 'australia' (English: Australia)")]
    [InlineData("jettoolsoutlet.com", "jet", "'jettoolsoutlet' reads as 'jet' (JET) + 'tools' (English word) + 'outlet' (English: outlet)")]
    [InlineData("akubootsuk.com", "aku", "'akubootsuk' reads as 'aku' (AKU) + 'boots' (English: boots) + 'uk' (code of United Kingdom)")]
    [InlineData("ghdnzshops.com", "ghd", "'ghdnzshops' reads as 'ghd' (GHD) + 'nz' (code of New Zealand) + 'shops' (English: shops)")]
    [InlineData("onrunning-ksa.com", "on", "'onrunning-ksa' reads as 'on' (ON) + 'running' (English word)")]
    [InlineData("ghd-uae.com", "ghd", "'ghd-uae' holds 'ghd' as a hyphen-separated word of its own, plus the word 'uae'")]
    [InlineData("onrunningdk.com", "on", "'onrunningdk' reads as 'on' (ON) + 'running' (English word) + 'dk' (code of Denmark)")]
    [InlineData("oncloudph.com", "on", "'oncloudph' reads as 'on' (ON) + 'cloud' (English word) + 'ph' (code of Philippines)")]
    [InlineData("myadmco.com", "adm", "'myadmco' reads as 'my' + 'adm' (ADM) + 'co' (English: company)")]
    [InlineData("c-a-hungary.com", "ca", "'c-a-hungary' holds 'ca' written as the initials 'c-a', plus the word 'hungary'")]
    [InlineData("abtsdiscount.com", "abt", "'abtsdiscount' reads as 'abt' (ABT) + 's' (its plural or possessive) + 'discount' (English: discount)")]
    [InlineData("oncloudxsouthafrica.com", "on", "'oncloudxsouthafrica' reads as 'on' (ON) + 'cloudx' (with a model letter 'x' added: 'cloud' (English word)) + 'southafrica' (English: South Africa)")]
    [InlineData("onshoes.net", "on", "'onshoes' reads as 'on' (ON) + 'shoes' (English: shoes)")] // the goods sold, a trade word
    [InlineData("onrunnersptonline.com", "on", "'onrunnersptonline' reads as 'on' (ON) + 'runners' (English word) + 'pt' (code of Portugal) + 'online' (English: online)")] // the market code before selling words only
    [InlineData("crnegroups.com", "cme", "'crnegroups' ('crne' drawn as 'cme') reads as 'cme' (CME) + 'groups' (English word)")] // rn drawn as m
    [InlineData("shopghds.com", "ghd", "'shopghds' reads as 'shop' (English: shop) + 'ghd' (GHD) + 's' (its plural or possessive)")] // the plural ends the token
    [InlineData("f5license.com", "f5", "'f5license' reads as 'f5' (F5) + 'license' (English word)")] // a code with a digit begins no word
    public void Screen_ShortMarkAsAWordOfItsOwn_MatchesWithTheSegmentation(string domain, string mark, string explanation)
    {
        var match = Match(domain, mark);
        Assert.NotNull(match);
        Assert.Equal(MatchKind.Combosquat, match.Kind);
        Assert.StartsWith(explanation, match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pebblego.com", "ghd")]      // not there at all
    [InlineData("ghdxoqzt.com", "ghd")]      // the rest is no word (without a vowel it would be a code: ShortMarkCodeTests)
    [InlineData("sixgroup.com", "six")]      // an ordinary word as a mark, plus a word any company uses
    [InlineData("onshape.com", "on")]        // an ordinary word plus one word is an ordinary name
    [InlineData("pvlicense.com", "pv")]      // two letters plus one word: any name begins with two letters
    [InlineData("shopons.com", "on")]
    [InlineData("mirea.ru", "mi")]           // a trade word of three letters glues letters (mi + rea)
    [InlineData("crnexqzt.com", "cme")]      // drawn alike, but the rest is no word        // two letters or an ordinary word plus an 's' end too many words
    [InlineData("airfrance.fr", "air")]      // ... even when that word is a place
    [InlineData("online-shop.com", "on")]    // the mark reads inside a longer word (online)
    [InlineData("casinonsvenska.eu", "ca")]  // the mark's letters begin an English word (casino), whatever follows it
    [InlineData("onionsverige.com", "on")]   // ... onion, beside a market: still the word
    [InlineData("oncatapult.com", "on")]     // no market beside the ordinary word
    [InlineData("onbullptonline.com", "on")] // a code after a short word glues letters, selling words after it or not
    [InlineData("pvplegacy.net", "pv")]      // a two-letter code after a short word of another language glues letters (plega + cy)
    [InlineData("ontome-et.com", "on")]      // ... and so after a short word (tome + et)
    [InlineData("mismanagemyhealth.co.nz", "mi")] // two letters plus an 's' begin too many words
    [InlineData("c-a-xqzvt.com", "ca")]      // initials before letters that are no word
    [InlineData("abtsapoqe.com", "abt")]     // an 's' before letters that are no word
    [InlineData("chapman.edu", "man")]       // man is an English word as well as the code of the Isle of Man
    [InlineData("armani.com", "aon")]
    [InlineData("sap-ag.de", "sap")]         // ag is a company form here, not the code of Antigua
    [InlineData("apple.cn", "le")]           // app + le: the short mark sits inside the word apple
    [InlineData("billigepradasko.com", "aldi")]
    [InlineData("alive.com", "deadoralive")] // the alternatives of a phrase of ordinary words are not names of their own
    public void Screen_ShortMarkInsideOtherWordsOrOrdinary_NoMatch(string domain, string mark) => Assert.Null(Match(domain, mark));

    [Fact]
    public void Screen_LongerMarkAmidWordsOfOtherLanguages_Matches()
    {
        var match = Match("billigepradasko.com", "prada");
        Assert.NotNull(match);
        Assert.Equal(MatchKind.Combosquat, match.Kind);
    }

    [Theory]
    [InlineData("aber.co.uk", "uber")]       // one edit of four letters, not on the owner's TLD
    [InlineData("lidl.fr", "aldi")]          // merged letter classes on a short mark
    [InlineData("kodik.com", "kodak")]       // vowel swap of a little-known five-letter mark
    [InlineData("adguard.io", "vanguard")]   // two unrelated edits of an eight-letter mark
    [InlineData("maf.ae", "maaf")]           // a double undone that leaves three letters: any three letters
    public void Screen_ShortLookalikeWithoutEvidence_NoMatch(string domain, string mark) => Assert.Null(Match(domain, mark));

    [Theory]
    [InlineData("ubar.com", "uber", MatchKind.VowelSwap)]       // the owner's own TLD
    [InlineData("ub3r.net", "uber", MatchKind.Replacement)]      // reads identically is not enough for a plain replacement digit
    [InlineData("liindt.com", "lindt", MatchKind.Repetition)]    // a doubled-letter slip
    [InlineData("maaaf.com", "maaf", MatchKind.Repetition)]      // ... of four letters too, while it leaves four letters or more
    [InlineData("zenmi.com", "zenni", MatchKind.Homoglyph)]      // a well-known five-letter mark (m drawn like n)
    public void Screen_ShortLookalikeWithEvidence_Matches(string domain, string mark, MatchKind kind)
    {
        var match = Match(domain, mark);
        if (domain == "ub3r.net")
        {
            Assert.Null(match); // a digit that replaces a letter it does not resemble is a typo, not a look-alike
            return;
        }

        Assert.NotNull(match);
        Assert.Equal(kind, match.Kind);
    }

    [Theory]
    [InlineData("kebox.gr", "kubox", MatchKind.VowelSwap, "'kebox' imitates 'kubox': replaced 'u' with 'e' at position 2 (a vowel swap) (neither 'kebox' nor the mark is a word, name or place in any language the screener knows: the variant points only at the mark)")]
    [InlineData("kubx.io", "kubox", MatchKind.Omission, "'kubx' imitates 'kubox': omitted 'o' at position 4 (neither 'kubx' nor the mark")]
    [InlineData("kubix.com", "kubox", MatchKind.VowelSwap, "'kubix' imitates 'kubox': replaced 'o' with 'i' at position 4 (a vowel swap) (neither 'kubix' nor")]
    public void Screen_CoinedVariantOfCoinedShortMark_MatchesAndSaysWhy(string domain, string mark, MatchKind kind, string explained)
    {
        var match = Match(domain, mark);
        Assert.NotNull(match);
        Assert.Equal(kind, match.Kind);
        Assert.StartsWith(explained, match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zapato.com", "zapito")]  // the variant is a Spanish word (shoe): it has a meaning of its own
    [InlineData("kebo.com", "kubo")]      // four letters: a quarter of the mark changed, coined or not
    public void Screen_ShortVariantWithAMeaningOrTooShort_NoMatch(string domain, string mark) => Assert.Null(Match(domain, mark));

    [Theory]
    [InlineData("louis13luxury.com", "louis13", MatchKind.Combosquat, "'louis13luxury' contains 'louis13', 'LOUIS XIII' with its numeral in digits plus the word 'luxury'")]
    [InlineData("louis13.shop", "louis13", MatchKind.Identical, "'louis13' is 'louis13', 'LOUIS XIII' with its numeral in digits on .shop")]
    public void Screen_RomanNumeralInDigits_Matches(string domain, string form, MatchKind kind, string explained)
    {
        var match = Match(domain, "louisxiii");
        Assert.NotNull(match);
        Assert.Equal(form, match.LabelForm);
        Assert.Equal(kind, match.Kind);
        Assert.Equal(explained, match.Explanation);
    }

    [Theory]
    [InlineData("mix", null)]
    [InlineData("i", null)]
    [InlineData("iiii", null)]
    [InlineData("xiii", 13)]
    [InlineData("xxxix", 39)]
    [InlineData("iv", 4)]
    public void RomanNumeral_ReadsOnlyNumeralsWrittenAsNumeralsAre(string word, int? value) => Assert.Equal(value, MarkIndex.RomanNumeral(word));

    [Theory]
    [InlineData("188bet", "bet188")]
    [InlineData("designs99", "99designs")]
    [InlineData("8xbet", "xbet8")]
    [InlineData("g4s", null)]      // letters on both sides of the digit
    [InlineData("f5", null)]       // one letter is no word
    [InlineData("365", null)]      // no word at all
    public void NumberAndWord_ReadsTheOtherOrder(string word, string? swapped) => Assert.Equal(swapped, MarkIndex.NumberAndWord(word));

    [Theory]
    [InlineData("bet188.com", MatchKind.ReorderedWords, "'bet188' is 'bet188', the words of '188BET' reordered")]
    [InlineData("webet188s.com", MatchKind.Combosquat, "'webet188s' contains 'bet188', the words of '188BET' reordered plus")]
    public void Screen_NumberAndWordReordered_Matches(string domain, MatchKind kind, string explained)
    {
        var match = Match(domain, "bet188");
        Assert.NotNull(match);
        Assert.Equal(kind, match.Kind);
        Assert.StartsWith(explained, match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pricesrunner.com", "pricerunner", MatchKind.Plural, "'pricesrunner', 'PRICE RUNNER' with a word in its plural or singular")]
    [InlineData("gunbroker.net", "gunbroker", MatchKind.Identical, "the distinctive part of 'GUNBROKER .COM'")]
    [InlineData("patanjaliuniversity.com", "patanjali", MatchKind.ReorderedWords, "the words of 'UNIVERSITY OF PATANJALI' reordered")]
    [InlineData("todsaustralia.com", "tods", MatchKind.Combosquat, "'tods', one of the names listed in 'TOD'S or HOGAN'")]
    [InlineData("tods.shop", "tods", MatchKind.Identical, "'tods', one of the names listed in 'TOD'S or HOGAN'")]
    [InlineData("monte-carlohotelhermitage.com", "hermitage", MatchKind.Combosquat, "'hotelhermitage', one of the names listed in 'HOTEL HERMITAGE - MONTE-CARLO'")]
    [InlineData("boatswear.nl", "boatwear", MatchKind.Plural, "'boatswear', 'boatwear.nl' with a word in its plural or singular")] // the ending is no word of the name
    [InlineData("quinbankus.store", "quinbank", MatchKind.Combosquat, "quinbank")] // an initial's dot does not make QUIN A. BANK a domain under .bank
    public void Screen_FormsOfMultiWordAndDomainLikeMarks_Match(string domain, string mark, MatchKind kind, string explained)
    {
        var match = Match(domain, mark);
        Assert.NotNull(match);
        Assert.Equal(kind, match.Kind);
        Assert.Contains(explained, match.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_MixedScriptHomoglyph_CitesTheRestrictionLevel()
    {
        var index = MarkIndex.Build([MarkOf("paypal", "PayPal")], ScreeningOptions.Default);
        var match = Assert.Single(index.Screen("p\u0430ypal.com"));
        Assert.Equal(MatchKind.Homoglyph, match.Kind);
        Assert.Contains("mixes Latin", match.Explanation, StringComparison.Ordinal);
        Assert.Contains("Cyrillic", match.Explanation, StringComparison.Ordinal);
    }
}
