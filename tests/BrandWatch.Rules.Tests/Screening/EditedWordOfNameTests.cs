using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Screening.ScreeningMarks;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>
/// LEGAL.md A2 for names of several words (session 13): a typo of the joined name that reads as words only by cutting
/// one of the name's words in two (fontlineinsurance = font + line + insurance, for FRONTLINE INSURANCE) is the name
/// misspelt, while one that turns a word of the name into another word (canadarugs) keeps its own meaning.
/// </summary>
public sealed class EditedWordOfNameTests
{
    private static readonly MarkIndex Index = MarkIndex.Build(
    [
        MarkOf("frontline", "FRONTLINE INSURANCE"), MarkOf("beachfront", "BEACHFRONT REALTY"), MarkOf("canadadrugs", "CANADA DRUGS"),
        MarkOf("wastequip", "WASTEQUIP"), MarkOf("maxfactor", "MAX FACTOR"),
    ], ScreeningOptions.Default);

    private static DomainMatch? Match(string domain, string mark) => Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

    [Theory]
    [InlineData("fontlineinsurance.com", "frontline", MatchKind.Omission, "'fontlineinsurance' imitates 'frontlineinsurance': omitted 'r' at position 2")]
    [InlineData("beachfontrealty.com", "beachfront", MatchKind.Omission, "'beachfontrealty' imitates 'beachfrontrealty': omitted 'r' at position 7")]
    [InlineData("maxfactr.com", "maxfactor", MatchKind.Omission, "'maxfactr' imitates 'maxfactor': omitted 'o' at position 8")] // the edit leaves 'factor' no word
    public void Screen_EditLeavesAWordOfTheNameNoWord_IsTheNameMisspelt(string domain, string mark, MatchKind kind, string explanation)
    {
        var match = Match(domain, mark);

        Assert.NotNull(match);
        Assert.Equal(kind, match.Kind);
        Assert.Equal(explanation, match.Explanation);
    }

    [Theory]
    [InlineData("canadarugs.com", "canadadrugs")]  // the edited word is a word: canada + rugs means rugs
    [InlineData("westequip.com", "wastequip")]     // a name of one word: nothing of the owner's stands beside the edit
    [InlineData("beachfrontreality.com", "beachfront")] // the edited word is a word again (realty becomes reality)
    [InlineData("fontline.com", "frontline")]      // not a typo of the joined name at all
    [InlineData("mapfactor.com", "maxfactor")]     // a word of three letters made of another (max becomes map): map + factor
    public void Screen_VariantWithAMeaningOfItsOwn_NoMatch(string domain, string mark) => Assert.Null(Match(domain, mark));
}
