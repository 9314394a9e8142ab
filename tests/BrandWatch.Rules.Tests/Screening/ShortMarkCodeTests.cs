using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>
/// A coined three-character mark followed by letters without a vowel, or by letters that read as no word before a
/// numbering token: the numbered copies bulk registrations make. A mark of letters and a digit takes any letters.
/// </summary>
public sealed class ShortMarkCodeTests
{
    private static Mark MarkOf(string id, string name, bool genericWord = false) =>
        new() { Id = id, Name = name, Labels = MarkLabels.Derive(name, null), GenericWord = genericWord };

    private static readonly MarkIndex Index = MarkIndex.Build(
        [MarkOf("qxr", "QXR"), MarkOf("wor", "WOR"), MarkOf("zvk", "ZVK"), MarkOf("fog", "FOG"), MarkOf("bzq", "BZQ", genericWord: true), MarkOf("zk", "ZK"), MarkOf("g4s", "G4S"), MarkOf("fc2", "FC2")],
        ScreeningOptions.Default);

    private static readonly MarkIndex.MatchRule Rule = MarkIndex.MatchRules.Single(r => r.Name == "short-mark-code");

    private static DomainMatch? Match(string domain, string mark) => Index.Screen(domain, [Rule]).SingleOrDefault(m => m.Mark == mark);

    [Theory]
    [InlineData("qxrdfgk.com", "qxr", "'qxrdfgk' is 'qxr' followed by 'dfgk': letters without a vowel that no language reads as a word")]
    [InlineData("qxrdfgk-m.com", "qxr", "'qxrdfgk-m' is 'qxr' followed by 'dfgk', then 'm': letters without a vowel")]
    [InlineData("zvkgrhpt-q-x.net", "zvk", "'zvkgrhpt-q-x' is 'zvk' followed by 'grhpt', then 'q-x'")]
    [InlineData("qxrdfgkstwv.com", "qxr", "'qxrdfgkstwv' is 'qxr' followed by 'dfgkstwv': letters without a vowel")]
    [InlineData("zvkbbhdw-ttr.shop", "zvk", "'zvkbbhdw-ttr' is 'zvk' followed by 'bbhdw', then 'ttr'")]
    [InlineData("qxrblixvip-b.com", "qxr", "'qxrblixvip-b' is 'qxr' followed by 'blixvip', then 'b': letters that read as no word, numbered as a bulk registrant numbers its copies of one name")]
    [InlineData("qxrgt-z.com", "qxr", "'qxrgt-z' is 'qxr' followed by 'gt', then 'z'")]
    [InlineData("g4stv.com", "g4s", "'g4stv' is 'g4s' followed by 'tv': letters after a mark of letters and a digit, which begins no word of any language")]
    [InlineData("fc2ppv.com", "fc2", "'fc2ppv' is 'fc2' followed by 'ppv': letters after a mark of letters and a digit")]
    [InlineData("fc2ubo.com", "fc2", "'fc2ubo' is 'fc2' followed by 'ubo'")] // vowels or not: the digit sets the mark apart
    public void Screen_CoinedShortMarkBeforeConsonants_MatchesAsTheOnlyRecognisableElement(string domain, string mark, string explanation)
    {
        var match = Match(domain, mark);
        Assert.NotNull(match);
        Assert.Equal(MatchKind.Combosquat, match.Kind);
        Assert.StartsWith(explanation, match.Explanation, StringComparison.Ordinal);
        Assert.Contains("the mark is the only element a reader recognises", match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("qxrcdn.com", "qxr")]       // three consonants are an abbreviation of their own (cdn, dns)
    [InlineData("qxrdafgk.com", "qxr")]     // a vowel: the rest can be a word or a name
    [InlineData("qxrgarden-b.com", "qxr")]  // beside numbering too, letters that read as words are words
    [InlineData("qxrblixvip-bb.com", "qxr")] // two letters after the hyphen are no numbering
    [InlineData("qxrblixvipzoat-b.com", "qxr")] // more than eight letters with vowels: any name
    [InlineData("fogblixvip-b.com", "fog")]  // the mark is an ordinary word
    [InlineData("qxrdfgky.com", "qxr")]     // y is a vowel here (gym, sky)
    [InlineData("qxrdfgk-shop.com", "qxr")] // another token is a word: the label is read by it
    [InlineData("qxrdfg4k.com", "qxr")]     // digits inside the rest: not a run of letters
    [InlineData("worldhq.com", "wor")]      // the mark's letters begin a word (world + hq)
    [InlineData("mqxrdfgk.com", "qxr")]     // not at the start of the label
    [InlineData("fogdrvks.com", "fog")]     // the mark is an ordinary word
    [InlineData("bzqdrvks.com", "bzq")]     // the owner registered it as an ordinary word
    [InlineData("zkdrvks.com", "zk")]       // two letters before consonants are any initials
    [InlineData("qxrdfgk.com", "zvk")]      // another mark
    [InlineData("g4sx.com", "g4s")]         // one letter after a mark with a digit is a model letter, not a code
    [InlineData("xg4stv.com", "g4s")]       // not at the start of the label
    public void Screen_ShortMarkBeforeLettersThatMayReadAsWords_NoMatch(string domain, string mark)
        => Assert.Null(Match(domain, mark));
}
