using System.Text.Json;
using BrandWatch.Api.Facts;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Scoring.Configuration;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Api.Tests.Campaigns;

/// <summary>The Api's re-scoring builds the same portfolio context as the Worker did for the filing, so an unchanged case keeps its verdict.</summary>
public sealed class CaseRescorerContextTests
{
    private const string Owner = "Vita-Mix Corporation";

    private static MarkDocument Document(string id, string domain, string owner = Owner) => new()
    {
        Id = id, Name = id, OfficialDomains = [domain], NiceClasses = [7], Jurisdictions = ["US"], RegisteredOn = new DateOnly(1990, 1, 1), Owner = owner,
    };

    [Theory]
    [InlineData("costco", true)]
    [InlineData("ascent", false)]
    public void Rescore_OfAnUnchangedFiling_GivesTheWorkersVerdict_WithTheOtherMarksItMatched(string second, bool otherParty)
    {
        var vitamix = Document("vitamix", "vitamix.com");
        var documents = new[] { vitamix, Document("ascent", "ascent-blenders.com"), Document("costco", "costco.com", "Costco Wholesale Corporation") };
        var marks = documents.Select(MarkValidator.ToMark).ToArray();
        var subject = $"vitamix{second}.com";
        var matches = new[]
        {
            new DomainMatch
            {
                Domain = subject, Unicode = subject, Mark = "vitamix", Kind = MatchKind.Combosquat, LabelForm = "vitamix", Similarity = 1.0,
                AddedWords = [second], Explanation = $"'vitamix' joined to '{second}'",
            },
        };
        var evidence = new CaseEvidence { Dns = new DnsEvidence { Domain = subject, Outcome = DnsOutcome.Resolved, A = ["192.0.2.5"] } };
        var observed = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
        var verdict = new Scorer(RuleSetJson.Default).Score(new ScoringInput
        {
            Mark = marks[0], Subject = subject, Matches = matches, Evidence = evidence, Portfolio = PortfolioContext.For(marks[0], marks, ["vitamix", second]),
        }, observed);
        var filing = new CaseFiling
        {
            Mark = "vitamix", Subject = subject, Kind = SubjectKind.Domain, Matches = matches, OtherMarksMatched = [second], Evidence = evidence, Verdict = verdict, ObservedAt = observed,
        };
        var ownerMarks = documents.Where(d => d.Owner == Owner);

        var rescored = new CaseRescorer(RuleSetJson.Default).Score(filing, vitamix with { Owner = null }, Owner, ownerMarks, null);

        Assert.Equal(JsonSerializer.Serialize(verdict, ContractJson.Options), JsonSerializer.Serialize(rescored, ContractJson.Options));
        var f2 = rescored.Fault.Criteria.FirstOrDefault(c => c.Criterion == Criteria.F2 && c.Applies)?.Evidence;
        Assert.Equal(otherParty, f2 == second);
    }
}
