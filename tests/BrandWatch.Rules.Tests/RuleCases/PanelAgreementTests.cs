using BrandWatch.Rules.RuleCases;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Scoring.Configuration;

namespace BrandWatch.Rules.Tests.RuleCases;

public sealed class PanelAgreementTests
{
    [Theory]
    [InlineData(RecommendedAction.UdrpTransfer, PanelOutcome.Transferred, true)]
    [InlineData(RecommendedAction.AbuseTakedown, PanelOutcome.Cancelled, true)]
    [InlineData(RecommendedAction.Court, PanelOutcome.Transferred, true)]
    [InlineData(RecommendedAction.Monitor, PanelOutcome.Transferred, false)]
    [InlineData(RecommendedAction.CeaseAndDesist, PanelOutcome.Denied, true)]
    [InlineData(RecommendedAction.DoNotFile, PanelOutcome.Denied, true)]
    [InlineData(RecommendedAction.UdrpTransfer, PanelOutcome.Denied, false)]
    public void Agrees_ComparesTheRecommendedRouteWithThePanelsOrder(RecommendedAction action, PanelOutcome outcome, bool agrees)
    {
        var verdict = new Verdict
        {
            Act = new ElementScore(0, []), Damage = new ElementScore(0, []), Causation = new ElementScore(0, []), Fault = new ElementScore(0, []),
            GatesAndDefences = [], Fits = new Fits(0, 0, 0), Overall = 0, Priority = 0, Outcome = Outcome.Unlikely, DisputePath = DisputePath.None,
            Action = action, ActionReason = "test", RuleVersion = "t", RuleHash = "t",
        };

        Assert.Equal(agrees, PanelAgreement.Agrees(outcome, verdict));
    }

    [Fact]
    public void ShippedDecisions_CiteAProviderCaseAndOutcome_AndKeepTheirAgreement()
    {
        var decisions = ShippedCases.Files().Where(f => f.Contains($"{Path.DirectorySeparatorChar}decisions{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => ShippedCases.Load(f)).ToList();
        var runner = new RuleCaseRunner(RuleSetJson.Default);

        var agreement = PanelAgreement.Of(decisions.Select(runner.Run));

        Assert.True(decisions.Count >= 40, $"{decisions.Count} decisions");
        Assert.All(decisions, d => Assert.NotNull(d.Panel));
        Assert.True(agreement.Denied >= 15, $"{agreement.Denied} denied decisions");
        // Issue 21's target is 95 % per class. Denials stand at 233 of 245 (95.1 %), transfers at 231 of 270 (85.6 %):
        // session 14 added 89 decisions in seven rounds, each run once with frozen rules before it was pinned (70
        // agreed), session 15 recorded genericWord where the text read says the mark is an ordinary word the English
        // list cannot know, and docs/quality.md lists the disagreements (panels that departed from Overview 3.8.1 and
        // 3.9, decisions whose text as read lacks the facts the panel relied on, court and ccTLD rules the format does
        // not model, screening; session 16's screening met multitrack.com and fayed.co.uk, its page and redirect rules
        // ihateryanair.co.uk and belll.ca, and its two rounds added 55 decisions, each run once with frozen rules; session
        // 17's F12 applies the .fi, .ch, .de, .at and .pl laws that ask no bad faith, and its three rounds added 65 decisions,
        // run once, court judgments and Japanese and New Zealand decisions among them: the share fell from 89.5 % as the
        // body grew harder, the count did not; session 18's F13 reads the cyberflight of aol.org, and its round added 24 decisions of French, Italian, Spanish, Brazilian, Portuguese, Russian and Argentine courts and registries, 13 of them agreeing at first run, and a second round of three CAC decisions; its audits recorded first use and a complainant without rights where the texts state them). A fall
        // below either count is a regression even where the target is not met.
        Assert.True(agreement.DeniedAgreed >= 233 && agreement.DeniedAgreed * 100 >= 95 * agreement.Denied, agreement.ToString());
        Assert.True(agreement.TransferredAgreed >= 231 && agreement.TransferredAgreed * 100 >= 85 * agreement.Transferred, agreement.ToString());
    }
}
