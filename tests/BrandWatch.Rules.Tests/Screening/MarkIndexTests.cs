using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Tests.Screening;

public sealed class MarkIndexTests
{
    public static TheoryData<string, string, MatchKind> Positives => new()
    {
        { "paypal.shop", "paypal", MatchKind.TldSwap },
        { "quorvexa.net", "brandwatchdemo", MatchKind.TldSwap },
        { "bodyshop.com", "thebodyshop", MatchKind.Identical },
        { "papyal.com", "paypal", MatchKind.Transposition },
        { "paypl.com", "paypal", MatchKind.Omission },
        { "paypall.com", "paypal", MatchKind.Repetition },
        { "paypaql.com", "paypal", MatchKind.Insertion },
        { "paypak.com", "paypal", MatchKind.Replacement },
        { "paypol.com", "paypal", MatchKind.VowelSwap },
        { "paypalx.com", "paypal", MatchKind.Addition },
        { "paypan.com", "paypal", MatchKind.Bitsquatting },
        { "pay-pal.com", "paypal", MatchKind.Hyphenation },
        { "paypals.com", "paypal", MatchKind.Plural },
        { "wastequips.com", "wastequip", MatchKind.Plural },
        { "arcelormittail.com", "arcelormittal", MatchKind.Insertion },
        { "microsfot.com", "microsoft", MatchKind.Transposition },
        { "ticketmastr.com", "ticketmaster", MatchKind.Omission },
        { "xn--pypal-4ve.com", "paypal", MatchKind.Homoglyph },
        { "paypai.com", "paypal", MatchKind.Homoglyph },
        { "paypa1.com", "paypal", MatchKind.Homoglyph },
        { "rnicrosoft.com", "microsoft", MatchKind.Homoglyph },
        { "xn--irfrance-mx0d.com", "airfrance", MatchKind.Homoglyph },
        { "netfiix.com", "netflix", MatchKind.Homoglyph },
        { "xn--80aamjvni.com", "zalando", MatchKind.Transliteration },
        { "huawei.cn", "huawei", MatchKind.Transliteration },
        { "jingdong.net", "jingdong", MatchKind.Transliteration },
        { "京东.shop", "jingdong", MatchKind.Identical },
        { "京东商城.net", "jingdong", MatchKind.Combosquat },
        { "华为手机.com", "huawei", MatchKind.Combosquat },
        { "hutpizza.shop", "pizzahut", MatchKind.ReorderedWords },
        { "pizzahut-deals-online.com", "pizzahut", MatchKind.Combosquat },
        { "bodyshopclearance.net", "thebodyshop", MatchKind.Combosquat },
        { "renault-occasions.shop", "renault", MatchKind.Combosquat },
        { "santander-verify.com", "santander", MatchKind.Combosquat },
        { "heineken-shop.nl", "heineken", MatchKind.Combosquat },
        { "legalandgeneral-pensions.com", "legalandgeneral", MatchKind.Combosquat },
        { "paypal-login.com", "paypal", MatchKind.Combosquat },
        { "securepaypal.net", "paypal", MatchKind.Combosquat },
        { "paypa1-login.com", "paypal", MatchKind.Combosquat },
        { "paypai-secure.com", "paypal", MatchKind.Combosquat },
        { "myequifaz.com", "equifax", MatchKind.Combosquat },
        { "metatechsupport.com", "meta", MatchKind.Combosquat },
        { "iqosjp.com", "iqos", MatchKind.Combosquat },
        { "vitamixcostco.com", "vitamix", MatchKind.Combosquat },
        { "apple-id-verify.com", "apple", MatchKind.Combosquat },
        { "tesco-clubcard.net", "tesco", MatchKind.Combosquat },
        { "paypal.com.account-verify.net", "paypal", MatchKind.LevelSquat },
        { "login-paypal.secure-check.com", "paypal", MatchKind.LevelSquat },
        { "tes.co", "tesco", MatchKind.AcrossTheDot },
        { "tes.co.uk", "tesco", MatchKind.AcrossTheDot },
        { "paypalcom.net", "paypal", MatchKind.TldGlued },
        { "paypal-com.info", "paypal", MatchKind.TldGlued },
        { "wwwpaypal.com", "paypal", MatchKind.TldGlued },
        { "pay.pal-secure.net", "paypal", MatchKind.SpreadAcrossLabels },
        { "micro.soft-update.com", "microsoft", MatchKind.SpreadAcrossLabels },
        { "paypa11.com", "paypal", MatchKind.Homoglyph },
        { "ticketmasterr.co", "ticketmaster", MatchKind.Repetition },
        { "arcelormital.com", "arcelormittal", MatchKind.Omission },
        { "ticktemaster.com", "ticketmaster", MatchKind.Transposition },
        { "tickermaster.com", "ticketmaster", MatchKind.Replacement },
        { "registernetflix.com", "netflix", MatchKind.Combosquat },
        { "paypcl.com", "paypal", MatchKind.Bitsquatting },
        { "v1tannix.com", "vitamix", MatchKind.Homoglyph },
        { "jd-login.com", "jingdong", MatchKind.Combosquat },
        { "jdcom.net", "jingdong", MatchKind.TldGlued },
        { "xn--pypl-v6bc.com", "paypal", MatchKind.Homoglyph },
    };

    [Theory]
    [MemberData(nameof(Positives))]
    public void Screen_Lookalike_MatchesMarkWithKind(string domain, string mark, MatchKind kind)
    {
        var matches = SampleIndex.Index.Screen(domain);

        var match = Assert.Single(matches, m => m.Mark == mark);
        Assert.Equal(kind, match.Kind);
        Assert.InRange(match.Similarity, ScreeningOptions.Default.MinSimilarity, 1.0);
        Assert.False(string.IsNullOrWhiteSpace(match.Explanation));
        Assert.Equal(domain, match.Domain);
    }

    public static TheoryData<string, string> Negatives => new()
    {
        { "paypal.com", "paypal" },
        { "www.paypal.com", "paypal" },
        { "paypal.me", "paypal" },
        { "renault.fr", "renault" },
        { "santander.co.uk", "santander" },
        { "okidataparts.com", "okidata" },
        { "canadarugs.com", "canadadrugs" },
        { "sell.com", "shell" },
        { "westequip.com", "wastequip" },
        { "beta.com", "meta" },
        { "iqoz.org", "wiiu" },
        { "jdx.com", "jingdong" },
        { "j.com", "jingdong" },
        { "smoking.com", "okidata" },
        { "frescos.com", "tesco" },
        { "mela.com", "meta" },
        { "happyscrapbooking.com", "apple" },
        { "telescope.com", "telstra" },
        { "teslas.com", "tesco" },
        { "ushop04pay.mom", "paypal" },
    };

    [Theory]
    [MemberData(nameof(Negatives))]
    public void Screen_UnrelatedOrOwnDomain_DoesNotMatchMark(string domain, string mark)
    {
        var matches = SampleIndex.Index.Screen(domain);

        Assert.DoesNotContain(matches, m => m.Mark == mark);
    }

    [Fact]
    public void Screen_CanadaRugs_IsNotATypoOfCanadaDrugs()
    {
        Assert.Empty(SampleIndex.Index.Screen("canadarugs.com"));
        Assert.Contains(SampleIndex.Index.Screen("canadadrugz.com"), m => m.Mark == "canadadrugs");
    }

    [Theory]
    [InlineData("arcelprmottal.com", "arcelormittal")] // two replacements
    [InlineData("ticketmasterss.com", "ticketmaster")] // two insertions
    [InlineData("tickwtmaster-x.com", "ticketmaster")] // a replacement and an insertion
    public void Screen_LongMarkTwoEdits_Matches(string domain, string mark)
    {
        Assert.Contains(SampleIndex.Index.Screen(domain), m => m.Mark == mark);
    }

    [Theory]
    [InlineData("reagent.com", false)] // two unrelated edits landing on an ordinary word: chance
    [InlineData("reavdnet.com", true)] // a transposition, not a word
    [InlineData("reavdents.com", true)] // the plural
    [InlineData("reavdemt.com", true)] // a neighbouring key, not a word
    public void Screen_FamousCoinedMark_WordTwoEditsAwayIsChance(string domain, bool flagged)
    {
        var mark = new Mark { Id = "reavdent", Name = "Reavdent", Labels = MarkLabels.Derive("Reavdent", null), WellKnown = true };
        var index = MarkIndex.Build([mark], ScreeningOptions.Default);

        Assert.Equal(flagged, index.Screen(domain).Any(m => m.Mark == "reavdent"));
    }

    [Theory]
    [InlineData("pineapple.com", "apple")]
    [InlineData("seashells.net", "shell")]
    [InlineData("shellfish-recipes.com", "shell")]
    [InlineData("metal.com", "meta")]
    public void Screen_GenericMarkInsideOrdinaryWord_IsWeak(string domain, string mark)
    {
        var match = Assert.Single(SampleIndex.Index.Screen(domain), m => m.Mark == mark);

        Assert.True(match.InsideDictionaryWord);
        Assert.True(match.Similarity < 0.5, $"{domain}: {match.Similarity}");
    }

    [Fact]
    public void Screen_GenericMarkWithRiskyTerms_IsStrongerThanInsideAWord()
    {
        var strong = Assert.Single(SampleIndex.Index.Screen("apple-id-verify.com"), m => m.Mark == "apple");
        var weak = Assert.Single(SampleIndex.Index.Screen("pineapple.com"), m => m.Mark == "apple");

        Assert.False(strong.InsideDictionaryWord);
        Assert.True(strong.Similarity >= 0.85, strong.Explanation);
        Assert.True(strong.Similarity > weak.Similarity + 0.4);
        Assert.Contains("verify", strong.AddedWords);
    }

    [Fact]
    public void Screen_Combosquat_ListsAddedWords()
    {
        var match = Assert.Single(SampleIndex.Index.Screen("pizzahut-deals-online.com"), m => m.Mark == "pizzahut");

        Assert.Equal(["deals", "online"], match.AddedWords);
    }

    [Fact]
    public void Screen_TypoInCombo_ExplainsTheEditAndTheWord()
    {
        var match = Assert.Single(SampleIndex.Index.Screen("myequifaz.com"), m => m.Mark == "equifax");

        Assert.Contains("replaced 'x' with 'z'", match.Explanation, StringComparison.Ordinal);
        Assert.Equal(["my"], match.AddedWords);
    }

    [Fact]
    public void Screen_Replacement_ExplainsPosition()
    {
        var match = Assert.Single(SampleIndex.Index.Screen("paypak.com"), m => m.Mark == "paypal");

        Assert.Contains("replaced 'l' with 'k' at position 6", match.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_CyrillicA_MatchesPaypalAsHomoglyphAndNamesTheCharacter()
    {
        var match = Assert.Single(SampleIndex.Index.Screen("pаypal.com"), m => m.Mark == "paypal");

        Assert.Equal(MatchKind.Homoglyph, match.Kind);
        Assert.Equal("pаypal.com", match.Unicode);
        Assert.Contains("U+0430", match.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_IdenticalLabelOnAnyTld_HasSimilarityOne()
    {
        var match = Assert.Single(SampleIndex.Index.Screen("paypal.de"), m => m.Mark == "paypal");

        Assert.Equal(1.0, match.Similarity);
    }

    [Fact]
    public void Screen_ShortMark_NoEditsAllowed()
    {
        // "jd" is two letters: only identical or look-alike labels meet it.
        Assert.DoesNotContain(SampleIndex.Index.Screen("jx.com"), m => m.Mark == "jingdong");
        Assert.Contains(SampleIndex.Index.Screen("jd.shop"), m => m.Mark == "jingdong");
    }

    [Fact]
    public void Screen_ExclusionInOptions_SuppressesThatMarkOnly()
    {
        var options = ScreeningOptions.Default with
        {
            Exclusions = new Dictionary<string, IReadOnlyList<string>> { ["shell"] = ["seashells"] },
        };
        var index = MarkIndex.Build(SampleIndex.Portfolio.Marks, options);

        Assert.DoesNotContain(index.Screen("seashells.net"), m => m.Mark == "shell");
        Assert.Contains(index.Screen("shell-login.net"), m => m.Mark == "shell");
    }

    [Fact]
    public void Screen_MinSimilarity_DropsWeakMatches()
    {
        var index = MarkIndex.Build(SampleIndex.Portfolio.Marks, ScreeningOptions.Default with { MinSimilarity = 0.5 });

        Assert.DoesNotContain(index.Screen("pineapple.com"), m => m.Mark == "apple");
    }

    [Theory]
    [InlineData("google-authenticator.com", "google", true)]
    [InlineData("googleauthenticatorcodes.com", "google", true)]
    [InlineData("gooogle-authenticator.com", "google", false)]
    [InlineData("apple-gardening-supplies.com", "apple", false)]
    public void Screen_MarkWholeBesideLongWords_SurvivesTheSimilarityFloor(string domain, string mark, bool kept)
    {
        var marks = new[]
        {
            new Mark { Id = "google", Name = "Google", Labels = MarkLabels.Derive("Google", null) },
            new Mark { Id = "apple", Name = "Apple", Labels = MarkLabels.Derive("Apple", null), GenericWord = true },
        };
        var index = MarkIndex.Build(marks, ScreeningOptions.Default with { MinSimilarity = 0.75 });

        var matches = index.Screen(domain);

        // 1.7, 1.8: the whole mark beside added words stays recognisable; a look-alike of it or a dictionary-word
        // mark beside other words is held to the floor as before.
        Assert.Equal(kept, matches.Any(m => m.Mark == mark));
        if (kept)
        {
            Assert.True(matches.Single(m => m.Mark == mark).Similarity < 0.75);
        }
    }

    [Fact]
    public void Build_CorporateWords_GiveTheDistinctivePart()
    {
        var marks = new[]
        {
            new Mark { Id = "renault", Name = "Groupe Renault", Labels = MarkLabels.Derive("Groupe Renault", null) },
            new Mark { Id = "santander", Name = "Banco Santander S.A.", Labels = MarkLabels.Derive("Banco Santander S.A.", null) },
        };
        var index = MarkIndex.Build(marks, ScreeningOptions.Default);

        var renault = Assert.Single(index.Screen("renault-occasions.shop"));
        Assert.Equal("renault", renault.LabelForm);
        Assert.Equal("santander", Assert.Single(index.Screen("santander-verify.com")).LabelForm);
        Assert.Equal(MatchKind.Identical, Assert.Single(index.Screen("santander.es")).Kind);
    }

    [Fact]
    public void Screen_IsThreadSafe_SameAnswersInParallel()
    {
        string[] domains = ["paypa1.com", "myequifaz.com", "tes.co", "pineapple.com", "xn--80aamjvni.com", "example.org"];
        var expected = domains.Select(d => string.Join('|', SampleIndex.Index.Screen(d).Select(m => $"{m.Mark}:{m.Kind}"))).ToArray();

        var results = new string[domains.Length * 200];
        Parallel.For(0, results.Length, i => results[i] = string.Join('|', SampleIndex.Index.Screen(domains[i % domains.Length]).Select(m => $"{m.Mark}:{m.Kind}")));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % domains.Length], results[i]);
        }
    }
}
