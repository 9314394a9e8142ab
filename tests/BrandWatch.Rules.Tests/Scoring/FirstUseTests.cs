using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Scoring.ScoringFixtures;

namespace BrandWatch.Rules.Tests.Scoring;

/// <summary>A mark used in trade before it was registered has its rights from the first use (Overview 1.3, 3.8.1).</summary>
public sealed class FirstUseTests
{
    // The name (2019) is older than the registration (2024-03-01, ScoringFixtures.Coined) but not than the first use.
    private static ScoringInput Typo(DateOnly? firstUsedOn) => Input("quorvexxa.com", Coined() with { FirstUsedOn = firstUsedOn },
        [Match("quorvexxa.com", MatchKind.Repetition)],
        new CaseEvidence { Registration = Registered(new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero)), Dns = Dns(false) });

    [Fact]
    public void G1_ANameOlderThanTheRegistrationButYoungerThanTheFirstUse_DoesNotPredateTheRights()
    {
        var registeredOnly = Score(Typo(null));
        var usedBefore = Score(Typo(new DateOnly(2015, 6, 1)));

        Assert.Contains(Criteria.G1, Fired(registeredOnly));
        var g1 = Assert.Single(usedBefore.GatesAndDefences, c => c.Criterion == Criteria.G1);
        Assert.False(g1.Applies);
        Assert.Equal("registered 2019-01-01, mark 2015-06-01", g1.Evidence);
        Assert.NotEqual(RecommendedAction.DoNotFile, usedBefore.Action);
    }

    [Fact]
    public void G1_AFirstUseAfterTheName_LeavesTheNameOlderThanEveryRight()
    {
        var verdict = Score(Typo(new DateOnly(2020, 6, 1)));

        var g1 = Assert.Single(verdict.GatesAndDefences, c => c.Criterion == Criteria.G1);
        Assert.True(g1.Applies);
        Assert.Contains("before the mark's earliest right (2020-06-01)", g1.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2015-06-01", "2024-03-01", "2015-06-01")]
    [InlineData("2025-01-01", "2024-03-01", "2024-03-01")]
    [InlineData(null, "2024-03-01", "2024-03-01")]
    public void EarliestRight_IsTheEarlierOfUseAndRegistration(string? used, string registered, string earliest)
    {
        var mark = Coined(registeredOn: DateOnly.Parse(registered, System.Globalization.CultureInfo.InvariantCulture)) with
        {
            FirstUsedOn = used is null ? null : DateOnly.Parse(used, System.Globalization.CultureInfo.InvariantCulture),
        };

        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), mark.EarliestRight);
    }

    [Fact]
    public void EarliestRight_AMarkUsedButNotRegistered_HasItsRightsFromTheUse()
    {
        Assert.Equal(new DateOnly(1883, 1, 1), (Coined() with { RegisteredOn = null, FirstUsedOn = new DateOnly(1883, 1, 1) }).EarliestRight);
    }

    [Fact]
    public void G1_ATransferWithinOneOwner_KeepsTheNamesFirstRegistration()
    {
        // Registered in 2019, moved in 2025 to the registrant's own company; first use 2020, registration 2024.
        ScoringInput Moved(bool sameOwner) => Input("quorvexxa.com", Coined() with { FirstUsedOn = new DateOnly(2020, 6, 1) },
            [Match("quorvexxa.com", MatchKind.Repetition)],
            new CaseEvidence
            {
                Registration = Registered(new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero)) with { Transferred = new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero) },
                Reviewer = new ReviewerFacts { UnbrokenChainOfOwnership = sameOwner },
            });

        Assert.DoesNotContain(Criteria.G1, Fired(Score(Moved(sameOwner: false))));
        var g1 = Assert.Single(Score(Moved(sameOwner: true)).GatesAndDefences, c => c.Criterion == Criteria.G1);
        Assert.True(g1.Applies);
        Assert.Equal("registered 2019-01-01, mark 2020-06-01", g1.Evidence);
    }

    [Fact]
    public void G0_AComplainantWithoutAnyRightShown_CannotFileWhateverTheNameDoes()
    {
        // A typo held with a price asked of the owner: bad faith on its face, but no right to complain with.
        var evidence = new CaseEvidence
        {
            Registration = Registered(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            Reviewer = new ReviewerFacts { AskingPrice = 9_000, SaleInitiatedBy = SaleInitiator.Registrant, ComplainantRightsNotShown = true, Note = "no secondary meaning shown" },
        };

        var verdict = Score(Input("quorvexxa.com", Coined(), [Match("quorvexxa.com", MatchKind.Repetition)], evidence));

        var g0 = Assert.Single(verdict.GatesAndDefences, c => c.Criterion == Criteria.G0);
        Assert.True(g0.Applies);
        Assert.Equal("no secondary meaning shown", g0.Evidence);
        Assert.Equal(RecommendedAction.NoAction, verdict.Action);
        Assert.Equal("No action: on the record the complainant shows no right in the mark (G0), so a complaint cannot succeed.", verdict.ActionReason);
    }
}
