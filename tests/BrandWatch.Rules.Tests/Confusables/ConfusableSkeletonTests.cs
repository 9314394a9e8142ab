using BrandWatch.Rules.Confusables;
using BrandWatch.Rules.Tests.Domains;

namespace BrandWatch.Rules.Tests.Confusables;

public sealed class ConfusableSkeletonTests
{
    [Theory]
    [InlineData("pаypal", "paypal")] // Cyrillic а
    [InlineData("paypai", "paypal")] // paypaI after the feed lower-cased it
    [InlineData("paypa1", "paypal")]
    [InlineData("rnicrosoft", "microsoft")]
    [InlineData("vvalmart", "walmart")]
    [InlineData("clell", "dell")]
    [InlineData("g00gle", "google")]
    [InlineData("pàypàl", "paypal")] // accents dropped
    [InlineData("ạirfrance", "airfrance")]
    [InlineData("pəypəl", "paypal")] // schwa, a dnstwist glyph for a
    [InlineData("ｐａｙｐａｌ", "paypal")] // full-width
    public void LookalikeKey_Lookalike_EqualsTheImitatedKey(string written, string imitated)
    {
        Assert.Equal(ConfusableSkeleton.Default.LookalikeKey(imitated), ConfusableSkeleton.Default.LookalikeKey(written));
    }

    [Theory]
    [InlineData("paypal", "paypa")]
    [InlineData("apple", "ample")]
    [InlineData("shell", "sheil1")]
    public void LookalikeKey_DifferentLetters_Differ(string a, string b)
    {
        Assert.NotEqual(ConfusableSkeleton.Default.LookalikeKey(a), ConfusableSkeleton.Default.LookalikeKey(b));
    }

    [Fact]
    public void Skeleton_UsesConfusablesTxtPrototypes()
    {
        var skeleton = ConfusableSkeleton.Parse(RepoData.Text("data", "confusables.txt"));

        Assert.True(skeleton.Count > 6000, $"{skeleton.Count} prototypes");
        Assert.Equal("rn", skeleton.Skeleton("m"));
        Assert.Equal(skeleton.Skeleton("paypal"), skeleton.Skeleton("рaypal")); // Cyrillic р
    }

    [Theory]
    [InlineData("v1tannix", "vitamix")]
    [InlineData("hcineken", "heineken")]
    [InlineData("nicrosoft", "microsoft")]
    [InlineData("thedodyshop", "thebodyshop")]
    public void GlyphClasses_AsciiGlyphSwaps_ShareTheCoarseKey(string written, string imitated)
    {
        var lookalike = ConfusableSkeleton.Default;

        Assert.Equal(GlyphClasses.Key(lookalike.LookalikeKey(imitated)), GlyphClasses.Key(lookalike.LookalikeKey(written)));
    }

    [Fact]
    public void AsciiLookalikes_PairsAreFolded()
    {
        var buffer = new char[8];
        foreach (var (written, imitated) in AsciiLookalikes.Pairs)
        {
            var length = AsciiLookalikes.Fold(written, buffer);
            Assert.Equal(imitated, new string(buffer, 0, length));
            Assert.False(AsciiLookalikes.IsFolded(written));
        }
    }
}
