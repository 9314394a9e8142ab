using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Scoring.ScoringFixtures;

namespace BrandWatch.Rules.Tests.Scoring;

/// <summary>F2: a name that spells the owner's own name in full points at the owner, whatever the mark's word means.</summary>
public sealed class OwnerNameTests
{
    private static Mark WordMark(string owner) => new()
    {
        Id = "lumen", Name = "LUMEN", Labels = MarkLabels.Derive("LUMEN", null), Owner = owner, RegisteredOn = new DateOnly(2015, 1, 1),
    };

    private static Verdict ScoreName(string domain, string owner) =>
        Score(Input(domain, WordMark(owner), [Match(domain, MatchKind.Combosquat, 0.8)], new CaseEvidence { Dns = Dns(true) }));

    [Theory]
    [InlineData("lumen-technologies-inc.com", "Lumen Technologies, Inc.")]
    [InlineData("lumentechnologies.net", "Lumen Technologies, Inc.")] // without its company form
    public void F2_NameSpellingTheOwnersName_PointsAtTheOwner(string domain, string owner)
    {
        var f2 = Assert.Single(All(ScoreName(domain, owner)), c => c.Criterion == Criteria.F2);
        Assert.True(f2.Applies);
        Assert.Contains("the owner's own name, 'Lumen Technologies, Inc.'", f2.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lumen-lighting.com", "Lumen Technologies, Inc.")] // the word plus another word: the word's meaning may explain it
    [InlineData("lumen.com", "Lumen Inc.")]                       // the owner's name says no more than the mark
    [InlineData("technologies-lumen.com", "Lumen Technologies, Inc.")] // not the owner's name as it is written
    public void F2_WordMarkWithOtherWords_IsNotTheOwnersName(string domain, string owner) =>
        Assert.DoesNotContain(All(ScoreName(domain, owner)), c => c.Criterion == Criteria.F2 && c.Applies && c.Reason.Contains("owner's own name", StringComparison.Ordinal));
}
