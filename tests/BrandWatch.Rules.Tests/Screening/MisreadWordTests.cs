using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>
/// One letter of a six-letter word mark swapped for one drawn alike (q for g), into a variant that reads as nothing in
/// any language: a spelling made to be misread, matched on any TLD; a swap that lands on a word, or a shorter mark, is not.
/// </summary>
public sealed class MisreadWordTests
{
    private static Mark MarkOf(string id, string name) => new() { Id = id, Name = name, Labels = MarkLabels.Derive(name, null), OfficialDomains = [id + ".com"] };

    private static readonly MarkIndex Index = MarkIndex.Build([MarkOf("target", "TARGET"), MarkOf("danger", "DANGER"), MarkOf("tiger", "TIGER")], ScreeningOptions.Default);

    [Theory]
    [InlineData("tarqet.net", "target", "'q'")]
    [InlineData("tarqet.co.uk", "target", "'q'")]
    public void Screen_ALookAlikeLetterInASixLetterWord_MatchesOffTheOwnersTld(string domain, string mark, string letter)
    {
        var match = Assert.Single(Index.Screen(domain), m => m.Mark == mark);

        Assert.Equal(MatchKind.Homoglyph, match.Kind);
        Assert.Contains(letter, match.Explanation, StringComparison.Ordinal);
        Assert.Contains("made to be misread", match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("banger.net", "danger")] // b for d lands on an English word
    [InlineData("tiqer.net", "tiger")]   // five letters: a changed letter meets other names too often
    [InlineData("targat.net", "target")] // a vowel changed is the word respelt, not misread
    public void Screen_NearMisses_AreNotMatched(string domain, string mark)
    {
        Assert.DoesNotContain(Index.Screen(domain), m => m.Mark == mark);
    }
}
