using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>A slip typing a coined mark inside a combination with words (issue 13, item 3), and its near misses.</summary>
public sealed class TypoInSegmentTests
{
    private static Mark MarkOf(string id, string name, bool genericWord = false) =>
        new() { Id = id, Name = name, Labels = MarkLabels.Derive(name, null), GenericWord = genericWord };

    private static readonly MarkIndex Index = MarkIndex.Build(
    [
        MarkOf("sentara", "SENTARA"), MarkOf("clopay", "CLOPAY"), MarkOf("pluxee", "PLUXEE"), MarkOf("macmillan", "MACMILLAN"),
        MarkOf("timbro", "TIMBRO"), MarkOf("edwards", "EDWARDS"), MarkOf("webank", "WEBANK"), MarkOf("littlethings", "LITTLETHINGS"),
        MarkOf("byblos", "BYBLOS"), MarkOf("toyota", "TOYOTA"), MarkOf("premier", "PREMIER"), MarkOf("kelvinator", "KELVINATOR"),
        MarkOf("hostinger", "HOSTINGER", genericWord: true), MarkOf("coldwellbanker", "COLDWELL BANKER"), MarkOf("savvas", "SAVVAS"),
        MarkOf("zenni", "ZENNI"), MarkOf("zippo", "ZIPPO"), MarkOf("paris", "PARIS"), MarkOf("lining", "LINING"),
        MarkOf("sullivan", "SULLIVAN & CROMWELL"),
    ], ScreeningOptions.Default);

    private static readonly MarkIndex.MatchRule Rule = MarkIndex.MatchRules.Single(r => r.Name == "typo-in-segment");

    [Theory]
    [InlineData("senntaracareers.com", "sentara", "'senntaracareers' reads as 'senntara' (a typo of 'sentara': repeated 'n' at position 3) + 'careers' (English word)")]
    [InlineData("sentarracareers.com", "sentara", "'sentarracareers' reads as 'sentarra' (a typo of 'sentara': repeated 'r' at position 6) + 'careers' (English word)")]
    [InlineData("cloplaydoors.com", "clopay", "'cloplaydoors' reads as 'cloplay' (a typo of 'clopay': inserted 'l' at position 5 (an adjacent key)) + 'doors' (English word)")]
    [InlineData("pluxebenefits.com", "pluxee", "'pluxebenefits' reads as 'pluxe' (a typo of 'pluxee': omitted 'e' at position 5) + 'benefits' (English word)")]
    [InlineData("macmilanpublishers.com", "macmillan", "'macmilanpublishers' reads as 'macmilan' (a typo of 'macmillan': omitted 'l' at position 6) + 'publishers' (English word)")]
    [InlineData("outletsenntara.com", "sentara", "'outletsenntara' reads as 'outlet' (English: outlet) + 'senntara' (a typo of 'sentara': repeated 'n' at position 3)")]
    [InlineData("senntaraempleo-online.es", "sentara", "'senntaraempleo' of 'senntaraempleo-online' reads as 'senntara' (a typo of 'sentara': repeated 'n' at position 3) + 'empleo' (Spanish word)")]
    [InlineData("ricambikelvinatro.it", "kelvinator", "'ricambikelvinatro' reads as 'ricambi' (Italian word) + 'kelvinatro' (a typo of 'kelvinator': swapped")]
    [InlineData("kelvniatorshop.com", "kelvinator", "'kelvniatorshop' reads as 'kelvniator' (a typo of 'kelvinator': swapped 'i' and 'n' at position 5) + 'shop' (English: shop)")]
    [InlineData("coldwellbankremoves.com", "coldwellbanker", "'coldwellbankremoves' reads as 'coldwellbankre' (a typo of 'coldwellbanker': swapped 'e' and 'r' at position 13 where the mark meets the words) + 'moves' (English word)")]
    [InlineData("shopesntara.com", "sentara", "'shopesntara' reads as 'shop' (English: shop) + 'esntara' (a typo of 'sentara': swapped 's' and 'e' at position 1 where the mark meets the words)")]
    [InlineData("saavasrealize.com", "savvas", "'saavasrealize' reads as 'saavas' (a typo of 'savvas': doubled 'a' instead of 'v' at position 3 (a double typed on the wrong letter)) + 'realize' (English word)")]
    [InlineData("savaasrealize.com", "savvas", "'savaasrealize' reads as 'savaas' (a typo of 'savvas': doubled 'a' instead of 'v' at position 4 (a double typed on the wrong letter)) + 'realize' (English word)")]
    [InlineData("learnsaavas.com", "savvas", "'learnsaavas' reads as 'learn' (English word) + 'saavas' (a typo of 'savvas': doubled 'a' instead of 'v' at position 3")]
    [InlineData("zebnnioptical.com", "zenni", "'zebnnioptical' reads as 'zebnni' (a typo of 'zenni': inserted 'b' at position 3 (an adjacent key)) + 'optical' (English word)")]
    [InlineData("zeenniglasses.com", "zenni", "'zeenniglasses' reads as 'zeenni' (a typo of 'zenni': repeated 'e' at position 2) + 'glasses' (English word)")]
    [InlineData("zeniioptical.com", "zenni", "'zeniioptical' reads as 'zenii' (a typo of 'zenni': doubled 'i' instead of 'n' at position 4 (a double typed on the wrong letter)) + 'optical' (English word)")]
    [InlineData("firstpremkier.com", "premier", "'firstpremkier' reads as 'first' (English word) + 'premkier' (a typo of 'premier': inserted 'k' at position 5 (an adjacent key))")]
    [InlineData("premmierfirst.com", "premier", "'premmierfirst' reads as 'premmier' (a typo of 'premier': repeated 'm' at position 4) + 'first' (English word)")]
    [InlineData("sullivancromwallgroup.com", "sullivan", "'sullivancromwallgroup' reads as 'sullivancromwall' (a typo of 'sullivancromwell': replaced 'e' with 'a' at position 14 (a vowel swap)) + 'group' (English: group)")]
    [InlineData("sullivancromwallsgroup.com", "sullivan", "'sullivancromwallsgroup' reads as 'sullivancromwalls' (a typo of 'sullivancromwell': replaced 'e' with 'a' at position 14 (a vowel swap), plus the plural 's') + 'group' (English: group)")]
    public void Rule_SlipInThePieceBesideWords_MatchesWithTheReading(string domain, string mark, string explained)
    {
        var match = Index.Screen(domain, [Rule]).SingleOrDefault(m => m.Mark == mark);
        Assert.NotNull(match);
        Assert.Equal(MatchKind.Combosquat, match.Kind);
        Assert.True(match.Explanation.StartsWith(explained, StringComparison.Ordinal), match.Explanation);
        Assert.Contains(Index.Screen(domain), m => m.Mark == mark); // and the whole table keeps it
    }

    [Theory]
    [InlineData("timbertrading.com", "timbro")]       // reads as words alone (timber + trading)
    [InlineData("senntaraxqzt.com", "sentara")]       // the rest is no word
    [InlineData("edwardjones.com", "edwards")]        // the letter where the piece meets the words may belong to them
    [InlineData("berekebank.kz", "webank")]           // ... here too (e + bank)
    [InlineData("prettylittlething.com", "littlethings")] // the singular of a mark is a form, not a typo
    [InlineData("bablosoft.com", "byblos")]           // a neighbouring key instead of the right one, on six letters
    [InlineData("toyodablog.com", "toyota")]          // an unrelated letter
    [InlineData("sentoracareers.com", "sentara")]     // a vowel swap
    [InlineData("macmellanpublishers.com", "macmillan")] // a vowel swap in a name under twelve letters
    [InlineData("sullivancromwallsxqzt.com", "sullivan")]  // a long name's slip and plural, but the rest is no word
    [InlineData("firstpremirer.com", "premier")]      // an English-word mark: the slip spells words (premir + er)
    [InlineData("firstpremoer.com", "premier")]       // an English-word mark: a neighbouring key instead of the right one
    [InlineData("firstpremer.com", "premier")]        // an English-word mark: a letter left out
    [InlineData("firstpermier.com", "premier")]       // an English-word mark: two letters swapped
    [InlineData("liuningfurs.com", "lining")]         // an English-word mark of six letters (a name, Liu Ning, by chance)
    [InlineData("hostingerrshop.com", "hostinger")]   // the mark is flagged as an ordinary word
    [InlineData("clopyadoors.com", "clopay")]         // the letters at the join swapped, on six letters: the words may have taken one
    [InlineData("coldwellbankrexqzt.com", "coldwellbanker")] // the letters at the join swapped, but the rest is no word
    [InlineData("coldwellbankerremoves.com", "coldwellbanker")] // the mark itself: the embedded rule's business
    [InlineData("sabvasrealize.com", "savvas")]       // a neighbouring key on six letters, not a double moved
    [InlineData("saavesrealize.com", "savvas")]       // a double moved plus another change
    [InlineData("zenioptical.com", "zenni")]          // five letters: a double undone leaves a four-letter look-alike
    [InlineData("zipoapps.com", "zippo")]             // ... as here (zipo + apps)
    [InlineData("znenioptical.com", "zenni")]         // five letters: two swapped spell other names as often
    [InlineData("zebnioptical.com", "zenni")]         // five letters: a neighbouring key instead of the right one
    [InlineData("parrisfashion.com", "paris")]        // a five-letter mark that is a place is no coined mark
    public void Rule_NearMiss_NoMatch(string domain, string mark) =>
        Assert.DoesNotContain(Index.Screen(domain, [Rule]), m => m.Mark == mark);

    [Theory]
    [InlineData("saavas", "savvas", 2)]   // the double moved onto the letter before
    [InlineData("savaas", "savvas", 3)]   // onto the letter after
    [InlineData("bokk", "book", 2)]       // Rumelhart and Norman's example
    [InlineData("sabvas", "savvas", -1)]  // another letter, no double
    [InlineData("savvas", "savvas", -1)]  // no change
    [InlineData("sentbra", "sentara", -1)] // the mark has no double there
    [InlineData("ssvvas", "savvas", -1)]  // the letter doubled is not the double's neighbour
    public void MovedDoubleAt_FindsTheDoubleTypedOnTheWrongLetter(string piece, string text, int expected) =>
        Assert.Equal(expected, MarkIndex.MovedDoubleAt(piece, text));

    [Theory]
    [InlineData("coldwellbankre", "coldwellbanker", true, true)]
    [InlineData("esntara", "sentara", false, true)]
    [InlineData("esntara", "sentara", true, false)]   // the swap at the other end of the piece is not at the join
    [InlineData("clopya", "clopay", true, false)]     // six letters
    [InlineData("coldwelbanker", "coldwellbanker", true, false)] // a letter left out, no swap
    [InlineData("hellokitty", "hellokitty", true, false)] // the same text
    public void IsJunctionSwap_OnlyTheTwoLettersAtTheJoin(string piece, string text, bool head, bool expected) =>
        Assert.Equal(expected, MarkIndex.IsJunctionSwap(piece, text, head));

    [Theory]
    [InlineData("sentarra", "sentara", true)]   // a letter inserted
    [InlineData("sentra", "sentara", true)]     // a letter left out
    [InlineData("sentbra", "sentara", true)]    // a letter replaced
    [InlineData("senatra", "sentara", true)]    // two neighbours swapped
    [InlineData("ab", "ba", true)]
    [InlineData("sentara", "sentara", false)]   // the same text is no edit
    [InlineData("setnarra", "sentara", false)]  // two edits
    [InlineData("sentaraxy", "sentara", false)] // two letters more
    [InlineData("snetaar", "sentara", false)]   // two swaps
    public void IsOneEdit_AgreesWithTheAlignment(string written, string form, bool expected)
    {
        Assert.Equal(expected, MarkIndex.IsOneEdit(written, form));
        Assert.Equal(expected, TypoClassifier.Distance(written, form, 2) == 1);
    }
}
