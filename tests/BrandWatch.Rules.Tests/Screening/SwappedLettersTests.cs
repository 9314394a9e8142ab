using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>
/// Two neighbouring letters of a six-letter mark swapped into a coined variant (session 14): evidence enough when the
/// mark is no English word and no run of words, though it may be a word of another language (ARRISE is French).
/// </summary>
public sealed class SwappedLettersTests
{
    private static Mark MarkOf(string id, string name, bool genericWord = false) =>
        new() { Id = id, Name = name, Labels = MarkLabels.Derive(name, null), GenericWord = genericWord };

    private static readonly MarkIndex Index = MarkIndex.Build(
    [
        MarkOf("arrise", "ARRISE"), MarkOf("garden", "GARDEN"), MarkOf("bigcat", "BIGCAT"), MarkOf("perro", "PERRO"),
        MarkOf("silvre", "SILVRE"), MarkOf("marise", "MARISE", genericWord: true),
    ], ScreeningOptions.Default);

    private static DomainMatch? Match(string domain, string mark) => Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

    [Theory]
    [InlineData("arirse.com", "'arirse' imitates 'arrise': swapped 'r' and 'i' at position 3 (every letter of the mark kept, and 'arirse' is no word, name or place in any language the screener knows: the variant points only at the mark)")]
    [InlineData("arrsie.net", "'arrsie' imitates 'arrise': swapped 'i' and 's' at position 4 (every letter of the mark kept")]
    public void Screen_NeighboursSwappedInASixLetterMark_MatchesAndSaysWhy(string domain, string explained)
    {
        var match = Match(domain, "arrise");
        Assert.NotNull(match);
        Assert.Equal(MatchKind.Transposition, match.Kind);
        Assert.StartsWith(explained, match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("arrize.com", "arrise")]  // a neighbouring key instead of the right one: a letter of the mark lost
    [InlineData("gadren.com", "garden")]  // the mark is an English word: its variants are the word's
    [InlineData("bgicat.com", "bigcat")]  // the mark is a run of words
    [InlineData("prero.com", "perro")]    // five letters: two swapped spell other names as often as a slip
    [InlineData("silver.com", "silvre")]  // the variant is a word of its own
    [InlineData("mraise.com", "marise")]  // the owner flags the mark as an ordinary word
    public void Screen_SwapWithoutTheEvidence_NoMatch(string domain, string mark) => Assert.Null(Match(domain, mark));
}
