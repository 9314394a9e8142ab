using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>A name of two parts with a short word put between them (thepissedoffconsumer for PISSEDCONSUMER), and its near misses.</summary>
public sealed class WordInsideNameTests
{
    private static Mark MarkOf(string id, string name, bool genericWord = false) =>
        new() { Id = id, Name = name, Labels = MarkLabels.Derive(name, null), GenericWord = genericWord };

    private static readonly MarkIndex Index = MarkIndex.Build(
    [
        MarkOf("pissedconsumer", "PISSEDCONSUMER"), MarkOf("quorvex", "QUORVEX ZALIMBA"), MarkOf("blue", "BLUE SKY"),
        MarkOf("sunlight", "SUNLIGHT"), MarkOf("greenpark", "GREENPARK", genericWord: true), MarkOf("kelvinator", "KELVINATOR"),
    ], ScreeningOptions.Default);

    private static readonly MarkIndex.MatchRule Rule = MarkIndex.MatchRules.Single(r => r.Name == "word-inside-name");

    [Theory]
    [InlineData("thepissedoffconsumer.com", "pissedconsumer", "'thepissedoffconsumer' reads as 'the' + 'pissed' + 'off' + 'consumer': 'pissedconsumer' with the word 'off' put inside it")]
    [InlineData("pissedoffconsumer.net", "pissedconsumer", "'pissedoffconsumer' reads as 'pissed' + 'off' + 'consumer': 'pissedconsumer' with the word 'off' put inside it")]
    [InlineData("pissedoffconsumerreviews.com", "pissedconsumer", "'pissedoffconsumerreviews' reads as 'pissed' + 'off' + 'consumer' + 'reviews' (English word): 'pissedconsumer' with the word 'off' put inside it")]
    [InlineData("quorvexandzalimba.com", "quorvex", "'quorvexandzalimba' reads as 'quorvex' + 'and' + 'zalimba': 'quorvexzalimba' with the word 'and' put inside it")]
    public void Rule_ShortWordInsideTheName_MatchesWithTheReading(string domain, string mark, string explained)
    {
        var match = Index.Screen(domain, [Rule]).SingleOrDefault(m => m.Mark == mark);
        Assert.NotNull(match);
        Assert.Equal(MatchKind.Combosquat, match.Kind);
        Assert.Equal(explained, match.Explanation);
        Assert.Contains(Index.Screen(domain), m => m.Mark == mark); // and the whole table keeps it
    }

    [Theory]
    [InlineData("pissedconsumer.com", "pissedconsumer")]           // the name itself: the exact rule's business
    [InlineData("thepissedconsumer.com", "pissedconsumer")]        // nothing inside: the embedded rule's business
    [InlineData("pissedxqconsumer.com", "pissedconsumer")]         // the letters inside are no word
    [InlineData("pissedbecauseconsumer.com", "pissedconsumer")]    // a word of more than four letters is another phrase
    [InlineData("pissedoffconsumerxqzt.com", "pissedconsumer")]    // letters after the name that are no words
    [InlineData("pissedoff-consumer.com", "pissedconsumer")]       // hyphens: the combination rules read the tokens
    [InlineData("consumeroffpissed.com", "pissedconsumer")]        // the parts out of order
    [InlineData("blueinsky.com", "blue")]                           // a part of three letters begins too many words
    [InlineData("sunforlight.com", "sunlight")]                     // one word that is no pair of words of four letters
    [InlineData("greenbypark.com", "greenpark")]                    // a mark flagged as an ordinary word
    [InlineData("kelvinofator.com", "kelvinator")]                  // a coined name is no two words
    public void Rule_NearMiss_NoMatch(string domain, string mark) =>
        Assert.DoesNotContain(Index.Screen(domain, [Rule]), m => m.Mark == mark);
}
