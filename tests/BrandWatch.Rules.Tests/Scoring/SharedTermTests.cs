using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Scoring.ScoringFixtures;

namespace BrandWatch.Rules.Tests.Scoring;

/// <summary>
/// Terms with other owners (reviewer fact <c>termUsedByOthers</c>) and short names of four characters or fewer: the string
/// alone shows no aim at the complainant, and the name keeps plausible good-faith uses (3.2.2, 3.3; INW.com, RVK.com).
/// </summary>
public sealed class SharedTermTests
{
    private static Mark Short(string label, bool wellKnown = false) =>
        Coined(wellKnown) with { Id = label, Name = label.ToUpperInvariant(), Labels = [label], OfficialDomains = [] };

    private static DomainMatch Identical(string domain, Mark mark) =>
        Match(domain, MatchKind.Identical, 1) with { Mark = mark.Id, LabelForm = mark.Labels[0] };

    [Theory]
    [InlineData(null, false, true)]   // a coined mark's own name: the string points at it
    [InlineData(true, false, false)]  // other businesses use the term too: it points at none of them alone
    [InlineData(true, true, true)]    // a well-known mark is still the one the string points at
    public void F2_ATermOthersUse_ShowsNoAimFromTheStringAlone(bool? usedByOthers, bool wellKnown, bool fires)
    {
        var mark = Coined(wellKnown);
        var evidence = new CaseEvidence { Reviewer = new ReviewerFacts { TermUsedByOthers = usedByOthers } };

        var verdict = Score(Input("quorvexa.com", mark, [Identical("quorvexa.com", mark)], evidence));

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.F2));
        if (usedByOthers == true && !wellKnown)
        {
            var f2 = Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.F2);
            Assert.False(f2.Applies);
            Assert.Contains("in use by other businesses", f2.Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(null, true)]   // unused, the holder silent and hidden: a coined name has no plausible good-faith use
    [InlineData(true, false)]  // a term others use keeps plausible uses: default and privacy alone are two factors short of three
    public void U7_ATermOthersUse_KeepsAPlausibleGoodFaithUse(bool? usedByOthers, bool implausible)
    {
        var mark = Coined();
        var evidence = new CaseEvidence
        {
            Dns = Dns(false),
            Registration = Registered(new DateTimeOffset(2025, 1, 10, 0, 0, 0, TimeSpan.Zero), privacy: "Privacy Ltd"),
            Reviewer = new ReviewerFacts { NoGoodFaithUseShown = true, TermUsedByOthers = usedByOthers },
        };

        var verdict = Score(Input("quorvexa.com", mark, [Identical("quorvexa.com", mark)], evidence));

        var u7 = Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.U7);
        Assert.True(u7.Applies);
        Assert.Equal(implausible, u7.Reason.Contains("no plausible good-faith use", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("qvx", false, false)]       // three letters: a short name has value of its own
    [InlineData("qvxa", false, false)]      // four letters
    [InlineData("quorvexa", false, true)]   // a longer coined name offered to anyone by a silent holder
    [InlineData("qvxa", true, true)]        // a well-known mark's short name points at it all the same
    public void F5_ASilentHoldersGeneralOfferOfAShortName_IsTheNamesOwnValue(string label, bool wellKnown, bool fires)
    {
        var mark = Short(label, wellKnown);
        var domain = label + ".net";
        var evidence = new CaseEvidence
        {
            Dns = Dns(true),
            Pages = [Page(Finding(Criteria.U6) with { Mark = mark.Id })],
            Reviewer = new ReviewerFacts { NoGoodFaithUseShown = true },
        };

        var verdict = Score(Input(domain, mark, [Identical(domain, mark)], evidence));

        Assert.Contains(Criteria.U6, Fired(verdict));
        Assert.Equal(fires, Fired(verdict).Contains(Criteria.F5));
    }

    [Theory]
    [InlineData("nmq", false, false)]
    [InlineData("nmq", true, true)]
    [InlineData("quorvexa", false, true)]
    public void U7_AShortNamesPlausibleUses_AreNoTelstraFactor(string label, bool wellKnown, bool implausible)
    {
        var mark = Short(label, wellKnown);
        var domain = label + ".com";
        var evidence = new CaseEvidence
        {
            Dns = Dns(false),
            Reviewer = new ReviewerFacts { NoGoodFaithUseShown = true },
        };

        var verdict = Score(Input(domain, mark, [Identical(domain, mark)], evidence));

        var u7 = Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.U7);
        Assert.Equal(implausible, u7.Reason.Contains("no plausible good-faith use", StringComparison.Ordinal));
    }
}
