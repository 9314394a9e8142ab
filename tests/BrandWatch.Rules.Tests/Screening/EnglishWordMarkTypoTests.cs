using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>
/// A whole label one edit from a little-known mark that is an English word (session 15): a slip of the hand typing the
/// word or a look-alike letter is the mark's typo; a vowel swapped, a bit flipped, a letter put in far from its keys or
/// letters merged by glyph class is the word respelt (LEGAL.md A2), as anyone naming something after the word writes it.
/// </summary>
public sealed class EnglishWordMarkTypoTests
{
    private static Mark MarkOf(string id, string name, bool wellKnown = false) =>
        new() { Id = id, Name = name, Labels = MarkLabels.Derive(name, null), WellKnown = wellKnown };

    private static readonly MarkIndex Index = MarkIndex.Build(
    [
        MarkOf("dewberry", "DEWBERRY"), MarkOf("enterprise", "ENTERPRISE"), MarkOf("hosting", "HOSTING"), MarkOf("southern", "SOUTHERN"),
        MarkOf("converse", "CONVERSE", wellKnown: true),
    ], ScreeningOptions.Default);

    private static DomainMatch? Match(string domain, string mark) => Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

    [Theory]
    [InlineData("dewbrery.com", "dewberry", MatchKind.Transposition, "'dewbrery' imitates 'dewberry': swapped 'e' and 'r' at position 5")]
    [InlineData("enterpise.ca", "enterprise", MatchKind.Omission, "'enterpise' imitates 'enterprise': omitted 'r' at position 7")]
    [InlineData("convperse.com", "converse", MatchKind.Insertion, "'convperse' imitates 'converse'")] // a famous English-word mark keeps a letter put in anywhere
    public void Screen_ASlipTypingTheWord_IsTheMarksTypo(string domain, string mark, MatchKind kind, string explanation)
    {
        var match = Match(domain, mark);

        Assert.NotNull(match);
        Assert.Equal(kind, match.Kind);
        Assert.StartsWith(explanation, match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hvosting.ua", "hosting")]    // 'v' put in far from the keys beside it
    [InlineData("devberry.org", "dewberry")]  // a bit flipped (w to v): dev + berry
    [InlineData("dewbarry.com", "dewberry")]  // a vowel swapped
    [InlineData("southcn.com", "southern")]   // letters merged by glyph class (rn, e/c)
    public void Screen_TheWordRespelt_NoMatch(string domain, string mark) => Assert.Null(Match(domain, mark));
}
