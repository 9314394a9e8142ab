using BrandWatch.Rules.Domains;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;
using BrandWatch.Rules.Tests.Scoring;
using BrandWatch.Rules.Tests.Screening;
using CsCheck;

namespace BrandWatch.Rules.Tests.Properties;

/// <summary>
/// Invariants checked on generated inputs (CsCheck: a failure is shrunk to a small example and printed with the seed
/// that reproduces it). Each property runs a few thousand cases.
/// </summary>
public sealed class InvariantTests
{
    // Latin letters and digits, the hyphen and dot, and letters of the scripts look-alike domains use, joiners included.
    private const string DomainChars = "abcdefghijklmnopqrstuvwxyz0123456789-.ABCZаеорсухпкмтвнιοαβρνκεßüéçñøæ京东商城漢字ايرانकखगاـ\u200d\u200c\u0301";

    private static readonly Gen<string> Labels = Gen.String[Gen.Char[DomainChars], 1, 30];

    private static readonly Gen<string> Domains = Gen.Select(Labels, Gen.OneOf("com", "net", "co.uk", "shop", "de", "xn--p1ai", "рф", "中国"), (label, tld) => label + "." + tld);

    [Fact]
    public void Parse_ParsedDomain_RoundTripsThroughItsAsciiAndItsUnicodeForm() =>
        Domains.Sample(input =>
        {
            var parsed = DomainName.Parse(input);
            if (!parsed.Success)
            {
                Assert.False(string.IsNullOrEmpty(parsed.Error));
                return;
            }

            var fromAscii = DomainName.Parse(parsed.Domain!.Ascii);
            var fromUnicode = DomainName.Parse(parsed.Domain.Unicode);
            Assert.True(fromAscii.Success, $"{input}: its ASCII form {parsed.Domain.Ascii} does not parse: {fromAscii.Error}");
            Assert.True(fromUnicode.Success, $"{input}: its Unicode form {parsed.Domain.Unicode} does not parse: {fromUnicode.Error}");
            Assert.Equal(parsed.Domain.Ascii, fromAscii.Domain!.Ascii);
            Assert.Equal(parsed.Domain.Unicode, fromAscii.Domain.Unicode);
            Assert.Equal(parsed.Domain.Ascii, fromUnicode.Domain!.Ascii);
            Assert.Equal(parsed.Domain.RegistrableDomain, fromAscii.Domain.RegistrableDomain);
        }, iter: 5000);

    [Fact]
    public void Parse_AnyText_NeverThrows() =>
        Gen.String.Sample(input => _ = DomainName.Parse(input), iter: 5000);

    /// <summary>Look-alikes of the sample marks: a label form with up to two edits, words around it, a TLD.</summary>
    private static readonly Gen<string> LookAlikes =
        Gen.Select(
            Gen.OneOf(SampleIndex.Portfolio.Marks.SelectMany(m => m.Labels).Distinct(StringComparer.Ordinal).ToArray()),
            Gen.Int[0, 2],
            Gen.Int[0, int.MaxValue],
            Gen.OneOf("", "secure-", "my", "login-", "the"),
            Gen.OneOf("", "-login", "shop", "-verify", "online"),
            Gen.OneOf("com", "net", "shop", "co.uk", "xyz"),
            (label, edits, seed, prefix, suffix, tld) =>
            {
                var random = new Random(seed);
                var text = label.ToCharArray().ToList();
                for (var i = 0; i < edits && text.Count > 1; i++)
                {
                    var at = random.Next(text.Count);
                    switch (random.Next(3))
                    {
                        case 0:
                            text.RemoveAt(at);
                            break;
                        case 1:
                            text.Insert(at, "aeiou1lа"[random.Next(8)]);
                            break;
                        default:
                            text[at] = "0o1lrnmа"[random.Next(8)];
                            break;
                    }
                }

                return prefix + new string(text.ToArray()) + suffix + "." + tld;
            });

    [Fact]
    public void Screen_AnyLookAlike_NeverThrowsAndEveryMatchNamesItsMarkAndExplainsItself() =>
        LookAlikes.Sample(domain =>
        {
            var matches = SampleIndex.Index.Screen(domain);
            foreach (var match in matches)
            {
                var mark = SampleIndex.Portfolio.Marks.SingleOrDefault(m => m.Id == match.Mark);
                Assert.True(mark is not null, $"{domain}: a match names the unknown mark '{match.Mark}'");
                Assert.False(string.IsNullOrWhiteSpace(match.Explanation), $"{domain}: {match.Kind} match for {match.Mark} has no explanation");
                Assert.InRange(match.Similarity, 0.0, 1.0);
                Assert.Contains(match.LabelForm, SampleIndex.Index.LabelFormsOf(mark!.Id));
            }
        }, iter: 3000);

    [Fact]
    public void Screen_AnyText_NeverThrows() =>
        Domains.Sample(domain => _ = SampleIndex.Index.Screen(domain), iter: 3000);

    private static readonly string[] ElementCriteria = CriterionCatalog.All
        .Where(c => c.Element is ScoreElement.Act or ScoreElement.Damage or ScoreElement.Causation or ScoreElement.Fault)
        .Select(c => c.Id).ToArray();

    /// <summary>Some evidence: a live site or not, mail or not, page findings of element criteria, a registration date.</summary>
    private static readonly Gen<CaseEvidence> Evidence =
        Gen.Select(
            Gen.Bool,
            Gen.Bool,
            Gen.OneOf(ElementCriteria).Array[0, 4],
            Gen.Int[-800, 800],
            (web, mail, criteria, days) => new CaseEvidence
            {
                Dns = ScoringFixtures.Dns(web, mail ? ["mx.quorvexa-shop.com"] : []),
                Pages = criteria.Length == 0 ? [] : [ScoringFixtures.Page(criteria.Distinct(StringComparer.Ordinal).Select(c => ScoringFixtures.Finding(c)).ToArray())],
                Registration = ScoringFixtures.Registered(ScoringFixtures.Now.AddDays(-Math.Abs(days))),
            });

    [Fact]
    public void Score_OneMoreFindingOfAnElement_NeverLowersThatElement() =>
        Gen.Select(Evidence, Gen.OneOf(ElementCriteria)).Sample((evidence, added) =>
        {
            var definition = CriterionCatalog.All.Single(c => c.Id == added);
            var matches = new[] { ScoringFixtures.Match("quorvexa-shop.com", MatchKind.Combosquat, 0.9, "shop") };
            var before = ScoringFixtures.Score(ScoringFixtures.Input("quorvexa-shop.com", matches: matches, evidence: evidence));
            var page = evidence.Pages.Count == 0 ? ScoringFixtures.Page() : evidence.Pages[0];
            var more = evidence with { Pages = [page with { Findings = [.. page.Findings.Where(f => f.Criterion != added), ScoringFixtures.Finding(added)] }] };
            var after = ScoringFixtures.Score(ScoringFixtures.Input("quorvexa-shop.com", matches: matches, evidence: more));

            Assert.True(ElementOf(after, definition.Element) >= ElementOf(before, definition.Element) - 1e-9,
                $"adding {added} lowered {definition.Element} from {ElementOf(before, definition.Element)} to {ElementOf(after, definition.Element)}");
        }, iter: 2000);

    [Fact]
    public void Score_MailOrALiveSite_NeverLowersDamage() =>
        Evidence.Sample(evidence =>
        {
            var matches = new[] { ScoringFixtures.Match("quorvexa-shop.com", MatchKind.Combosquat, 0.9, "shop") };
            var before = ScoringFixtures.Score(ScoringFixtures.Input("quorvexa-shop.com", matches: matches, evidence: evidence));
            var live = evidence with { Dns = ScoringFixtures.Dns(web: true, "mx.quorvexa-shop.com") };
            var after = ScoringFixtures.Score(ScoringFixtures.Input("quorvexa-shop.com", matches: matches, evidence: live));

            Assert.True(after.Damage.Score >= before.Damage.Score - 1e-9, $"damage {before.Damage.Score} -> {after.Damage.Score}");
        }, iter: 1000);

    private static double ElementOf(Verdict verdict, ScoreElement element) => element switch
    {
        ScoreElement.Act => verdict.Act.Score,
        ScoreElement.Damage => verdict.Damage.Score,
        ScoreElement.Causation => verdict.Causation.Score,
        _ => verdict.Fault.Score,
    };
}
