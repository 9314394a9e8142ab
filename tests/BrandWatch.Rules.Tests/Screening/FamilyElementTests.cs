using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>The one word two marks of one owner share, met alone or beside words (WIPO Overview 3.0, 1.7: a dominant feature).</summary>
public sealed class FamilyElementTests
{
    private static Mark MarkOf(string id, string name, string owner) =>
        new() { Id = id, Name = name, Labels = MarkLabels.Derive(name, null), Owner = owner };

    private static readonly MarkIndex Index = MarkIndex.Build(
    [
        MarkOf("mohamedalfayed", "MOHAMED AL FAYED", "Harrods Limited"), MarkOf("dodifayed", "DODI FAYED", "HARRODS  limited"),
        MarkOf("emma", "EMMA KORVALD", "Korvald"), MarkOf("emmalogo", "EMMA KORVALD", "Korvald"),
        MarkOf("veldra", "VELDRA NOSK", "Veldra"), MarkOf("veldrakitchen", "VELDRA NOSK KITCHEN", "Veldra"),
        MarkOf("marta", "MARTA OSSENDRI", "Marta"), MarkOf("luca", "LUCA OSSENDRI", "Luca"),
        MarkOf("parisk", "PARIS KORVANTIS", "Meldora"), MarkOf("parism", "PARIS MELDORA", "Meldora"),
        MarkOf("dodik", "DODI VRELLANDO", "Harrods Limited"),
    ], ScreeningOptions.Default);

    private const string Shared = "'fayed' (the name shared by the owner's marks 'MOHAMED AL FAYED' and 'DODI FAYED')";

    [Theory]
    [InlineData("fayed.co.uk", MatchKind.Identical, 0.85, $"'fayed' is {Shared}, the element a reader recognises the mark by")]
    [InlineData("fayed-news.com", MatchKind.Combosquat, 0.8, $"'fayed-news' holds {Shared} as a hyphen-separated word of its own, plus the word 'news'")]
    [InlineData("fayedfamily.com", MatchKind.Combosquat, 0.75, $"'fayedfamily' reads as {Shared} + 'family' (English word)")]
    public void Screen_ElementTwoMarksOfOneOwnerShare_MatchesEveryMarkThatHoldsIt(string domain, MatchKind kind, double similarity, string explained)
    {
        var matches = Index.Screen(domain);

        foreach (var mark in new[] { "mohamedalfayed", "dodifayed" })
        {
            var match = matches.SingleOrDefault(m => m.Mark == mark);
            Assert.NotNull(match);
            Assert.Equal(kind, match.Kind);
            Assert.Equal(similarity, match.Similarity);
            Assert.Equal(explained, match.Explanation);
        }

        Assert.DoesNotContain(matches, m => m.Mark == "dodik"); // the owner's mark without the word
    }

    [Theory]
    [InlineData("korvald.com")]   // one name registered twice is one name, not a family
    [InlineData("veldra.com")]    // names that share two words are one name with words added
    [InlineData("ossendri.com")]  // two owners
    [InlineData("paris.com")]     // a place is no distinctive element
    [InlineData("dodi.com")]      // four letters: a given name or initials meet any label
    [InlineData("fayedqzt.com")]  // the rest of the token is no word
    public void Screen_NoElementOfAFamily_NoMatch(string domain) =>
        Assert.Empty(Index.Screen(domain));
}
