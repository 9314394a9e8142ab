using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>
/// A dictionary-word mark (genericWord) beside a word of its own goods (session 15): the pair names the owner's
/// business, so the name is kept above the similarity floor and says which word did it; beside any other word the
/// mark still reads as the word and the floor holds it back.
/// </summary>
public sealed class TradeWordBesideGenericMarkTests
{
    private static readonly MarkIndex Index = MarkIndex.Build(
    [
        new Mark { Id = "fidelis", Name = "FIDELIS", Labels = MarkLabels.Derive("FIDELIS", null), GenericWord = true, Keywords = ["health insurance", "medical services"] },
        new Mark { Id = "apple", Name = "Apple", Labels = MarkLabels.Derive("Apple", null), GenericWord = true, Keywords = ["computers", "phones"] },
        new Mark { Id = "orchard", Name = "Orchard", Labels = MarkLabels.Derive("Orchard", null), GenericWord = true },
    ], ScreeningOptions.Default with { MinSimilarity = 0.75 });

    [Theory]
    [InlineData("fidelisinsurancecompany.com", "fidelis", "insurance")]
    [InlineData("apple-computer-repairs.net", "apple", "computer")]
    [InlineData("applephones.shop", "apple", "phones")]
    public void Screen_GenericMarkBesideItsOwnGoods_IsKeptAndSaysWhy(string domain, string mark, string trade)
    {
        var match = Index.Screen(domain).SingleOrDefault(m => m.Mark == mark);

        Assert.NotNull(match);
        Assert.Equal(MatchKind.Combosquat, match.Kind);
        Assert.True(match.Similarity >= 0.9, $"{match.Similarity}");
        Assert.Contains($"'{trade}' names the mark's own goods", match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("apple-gardening-supplies.com", "apple")]   // another word: the fruit's reading stays open
    [InlineData("fidelis-community-choir.org", "fidelis")] // no word of the mark's goods
    [InlineData("orchardcomputers.com", "orchard")]        // the mark lists no goods, so nothing is its trade
    public void Screen_GenericMarkBesideOtherWords_StaysBelowTheFloor(string domain, string mark) =>
        Assert.DoesNotContain(Index.Screen(domain), m => m.Mark == mark);
}
