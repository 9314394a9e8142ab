using BrandWatch.Rules.Scoring;

namespace BrandWatch.Rules.Tests.Scoring;

public sealed class OrdinaryWordsTests
{
    [Theory]
    [InlineData("apple", true)]
    [InlineData("shell", true)]
    [InlineData("caterpillar", true)]
    [InlineData("google", false)]
    [InlineData("kleenex", false)]
    [InlineData("canada", false)]
    public void IsWord_BrandNamesAndProperNouns_AreNotOrdinaryWords(string word, bool ordinary)
    {
        Assert.Equal(ordinary, OrdinaryWords.English.IsWord(word));
    }

    [Theory]
    [InlineData("google", true)]
    [InlineData("velcro", true)]
    [InlineData("apple", false)]
    public void IsBrandName_ReadsTheWordNetLexicon(string word, bool brand)
    {
        Assert.Equal(brand, OrdinaryWords.English.IsBrandName(word));
    }

    [Theory]
    [InlineData("transcrip", true)]
    [InlineData("languaje", true)]
    [InlineData("quorvexa", false)]
    [InlineData("intel", false)]
    public void IsOneEditFromWord_MisspeltLongWords_AreNotCoined(string label, bool misspelt)
    {
        Assert.Equal(misspelt, OrdinaryWords.English.IsOneEditFromWord(label));
    }

    [Fact]
    public void Constructor_BrandList_RemovesLowerCaseEntriesFromTheOrdinaryWords()
    {
        var words = new OrdinaryWords(["gizmo", "Gizmo", "widget"], ["# comment", "gizmo"]);

        Assert.False(words.IsWord("gizmo"));
        Assert.True(words.IsWord("widget"));
        Assert.True(words.IsBrandName("gizmo"));
    }

    [Theory]
    [InlineData("pharmanutra", true)]   // two combining forms of a trade
    [InlineData("biomedical", false)]   // one ordinary word: not a compound (IsWord decides it)
    [InlineData("ecobags", true)]       // a combining form and an ordinary word
    [InlineData("microcenter", true)]
    [InlineData("nutrazolt", false)]    // a combining form and letters that are no word: coined
    [InlineData("zalando", false)]
    [InlineData("bio", false)]          // one piece is no compound
    [InlineData("aeropostale", false)]  // aero + post + ale: a three-letter word is as often a syllable of a coined name
    [InlineData("unibet", false)]       // nor uni + bet
    public void IsDescriptiveCompound_CombiningFormsAndWordsOnly(string label, bool compound) =>
        Assert.Equal(compound, OrdinaryWords.English.IsDescriptiveCompound(label));
}
