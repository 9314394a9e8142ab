using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace BrandWatch.Rules.Scoring.Configuration;

/// <summary>
/// Loads a rule configuration from its JSON text (samples/rules.json, schema in samples/rules.schema.json). Validation
/// is strict: unknown keys, missing keys and out-of-range values throw <see cref="RuleConfigException"/> naming the
/// JSON path and what was expected.
/// </summary>
public static class RuleSetJson
{
    private const string DefaultResource = "BrandWatch.Rules.Scoring.rules.json";

    private static readonly Lazy<RuleSet> DefaultRules = new(() => Parse(ReadDefaultText()));

    /// <summary>The default configuration (samples/rules.json, embedded at build time).</summary>
    public static RuleSet Default => DefaultRules.Value;

    public static string ReadDefaultText()
    {
        using var stream = typeof(RuleSetJson).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"embedded resource {DefaultResource} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static RuleSet Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new RuleConfigException("$", $"malformed JSON at line {(ex.LineNumber ?? 0) + 1}: {ex.Message.Split(" Path:")[0]}");
        }

        using (document)
        {
            var root = new JsonObjectReader(document.RootElement, "$");
            var version = root.RequiredString("version");
            root.Optional("$schema");
            root.Optional("description");
            var weights = ReadWeights(root.RequiredObject("weights"));
            var thresholds = ReadThresholds(root.RequiredObject("thresholds"));
            var overall = ReadOverall(root.RequiredObject("overall"));
            var words = ReadWords(root.RequiredObject("words"));
            var exceptions = ReadExceptions(root.RequiredObject("exceptions"));
            var screening = ReadScreening(root.RequiredObject("screening"));
            var pages = ReadPages(root.RequiredObject("pages"));
            root.RejectUnknown("one of version, weights, thresholds, overall, words, exceptions, screening, pages, $schema, description");

            return new RuleSet
            {
                Version = version,
                Hash = HashOf(document.RootElement),
                Weights = weights,
                Thresholds = thresholds,
                Overall = overall,
                Words = words,
                Exceptions = exceptions,
                Screening = screening,
                Pages = pages,
            };
        }
    }

    /// <summary>SHA-256 of the canonical form: keys sorted, no whitespace, numbers in shortest round-trip form.</summary>
    public static string HashOf(JsonElement root)
    {
        var builder = new StringBuilder();
        WriteCanonical(root, builder);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    private static void WriteCanonical(JsonElement element, StringBuilder builder)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                builder.Append('{');
                var first = true;
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        builder.Append(',');
                    }

                    first = false;
                    builder.Append(JsonSerializer.Serialize(property.Name)).Append(':');
                    WriteCanonical(property.Value, builder);
                }

                builder.Append('}');
                break;
            case JsonValueKind.Array:
                builder.Append('[');
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (index++ > 0)
                    {
                        builder.Append(',');
                    }

                    WriteCanonical(item, builder);
                }

                builder.Append(']');
                break;
            case JsonValueKind.Number:
                builder.Append(element.GetDouble().ToString("R", CultureInfo.InvariantCulture));
                break;
            case JsonValueKind.String:
                builder.Append(JsonSerializer.Serialize(element.GetString()));
                break;
            default:
                builder.Append(element.GetRawText());
                break;
        }
    }

    private static Dictionary<string, double> ReadWeights(JsonObjectReader reader)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var known = CriterionCatalog.Ids;
        foreach (var key in reader.Keys)
        {
            if (!known.Contains(key))
            {
                throw new RuleConfigException(reader.At(key), $"unknown criterion; expected one of {string.Join(", ", known)}");
            }

            weights[key] = JsonObjectReader.Number(reader.Required(key, "a number"), reader.At(key), 0, 1);
        }

        foreach (var id in known)
        {
            if (!weights.ContainsKey(id))
            {
                throw new RuleConfigException(reader.At(id), "is required (a weight in [0, 1] for every criterion)");
            }
        }

        return weights;
    }

    private static RuleThresholds ReadThresholds(JsonObjectReader r)
    {
        var thresholds = new RuleThresholds
        {
            MinSimilarity = r.RequiredNumber("minSimilarity", 0, 1),
            MinAct = r.RequiredNumber("minAct", 0, 1),
            OutcomeLikely = r.RequiredNumber("outcomeLikely", 0, 1),
            OutcomePossible = r.RequiredNumber("outcomePossible", 0, 1),
            BadFaith = r.RequiredNumber("badFaith", 0, 1),
            UdrpFit = r.RequiredNumber("udrpFit", 0, 1),
            CourtFit = r.RequiredNumber("courtFit", 0, 1),
            TakedownFit = r.RequiredNumber("takedownFit", 0, 1),
            PatternDomains = r.RequiredInteger("patternDomains", 1, 1000),
            RepeatOffenderDomains = r.RequiredInteger("repeatOffenderDomains", 1, 100000),
            OutOfPocketCost = r.RequiredNumber("outOfPocketCost", 0, 1e9),
            LaunchWindowDays = r.RequiredInteger("launchWindowDays", 0, 3650),
            CndrpBarYears = r.RequiredInteger("cndrpBarYears", 0, 100),
            PlainComboFactor = r.RequiredNumber("plainComboFactor", 0, 1),
            IdenticalCriticismFactor = r.RequiredNumber("identicalCriticismFactor", 0, 1),
            DisclaimerReduction = r.RequiredNumber("disclaimerReduction", 0, 1),
        };
        r.RejectUnknown("a threshold named in samples/rules.schema.json");
        if (thresholds.OutcomePossible > thresholds.OutcomeLikely)
        {
            throw new RuleConfigException(r.At("outcomePossible"), $"expected a number not above outcomeLikely ({thresholds.OutcomeLikely.ToString(CultureInfo.InvariantCulture)})");
        }

        return thresholds;
    }

    private static OverallWeights ReadOverall(JsonObjectReader r)
    {
        var overall = new OverallWeights(r.RequiredNumber("act", 0, 1), r.RequiredNumber("damage", 0, 1), r.RequiredNumber("causation", 0, 1), r.RequiredNumber("fault", 0, 1));
        r.RejectUnknown("one of act, damage, causation, fault");
        var sum = overall.Act + overall.Damage + overall.Causation + overall.Fault;
        if (Math.Abs(sum - 1) > 1e-6)
        {
            throw new RuleConfigException(r.Path, $"expected the four weights to sum to 1, found {sum.ToString("0.###", CultureInfo.InvariantCulture)}");
        }

        return overall;
    }

    private static RuleWords ReadWords(JsonObjectReader r)
    {
        var words = new RuleWords
        {
            RiskyTerms = r.RequiredStrings("riskyTerms"),
            PejorativeTerms = r.RequiredStrings("pejorativeTerms"),
            ParkingMarkers = r.RequiredStrings("parkingMarkers"),
            PrivacyServices = r.RequiredStrings("privacyServices"),
            ParkingNameServers = r.RequiredStrings("parkingNameServers"),
            CndrpTlds = r.RequiredStrings("cndrpTlds"),
            NoPolicyTlds = r.RequiredStrings("noPolicyTlds"),
        };
        r.RejectUnknown("one of riskyTerms, pejorativeTerms, parkingMarkers, privacyServices, parkingNameServers, cndrpTlds, noPolicyTlds");
        return words;
    }

    private static Dictionary<string, MarkExceptions> ReadExceptions(JsonObjectReader r)
    {
        var exceptions = new Dictionary<string, MarkExceptions>(StringComparer.OrdinalIgnoreCase);
        foreach (var markId in r.Keys.ToList())
        {
            var entry = r.RequiredObject(markId);
            exceptions[markId] = new MarkExceptions
            {
                AuthorisedResellers = entry.OptionalStrings("authorisedResellers"),
                OwnDomains = entry.OptionalStrings("ownDomains"),
                Licensees = entry.OptionalStrings("licensees"),
            };
            entry.RejectUnknown("one of authorisedResellers, ownDomains, licensees");
        }

        return exceptions;
    }

    private static ScreeningRules ReadScreening(JsonObjectReader r)
    {
        var exclusionsReader = r.RequiredObject("exclusions");
        var exclusions = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var markId in exclusionsReader.Keys.ToList())
        {
            exclusions[markId] = JsonObjectReader.Strings(exclusionsReader.Required(markId, "an array of strings"), exclusionsReader.At(markId));
        }

        var screening = new ScreeningRules
        {
            RiskyTerms = r.RequiredStrings("riskyTerms"),
            CorporateWords = r.RequiredStrings("corporateWords"),
            Exclusions = exclusions,
            MinSimilarity = r.RequiredNumber("minSimilarity", 0, 1),
        };
        r.RejectUnknown("one of riskyTerms, corporateWords, exclusions, minSimilarity");
        return screening;
    }

    private static PageRules ReadPages(JsonObjectReader r)
    {
        IReadOnlyList<string>? L(string key) => r.Optional(key) is { } value ? JsonObjectReader.Strings(value, r.At(key)) : null;
        int? I(string key, int min, int max) => r.Optional(key) is not null ? r.RequiredInteger(key, min, max) : null;
        var pages = new PageRules
        {
            ForSalePhrases = L("forSalePhrases"),
            ParkingPhrases = L("parkingPhrases"),
            ParkingHosts = L("parkingHosts"),
            MarketplaceHosts = L("marketplaceHosts"),
            DisclaimerPhrases = L("disclaimerPhrases"),
            ReviewWords = L("reviewWords"),
            PejorativeWords = L("pejorativeWords"),
            ResellerPhrases = L("resellerPhrases"),
            ShopPhrases = L("shopPhrases"),
            AttributionPhrases = L("attributionPhrases"),
            AdClassWords = L("adClassWords"),
            AdNetworkHosts = L("adNetworkHosts"),
            CreditPhrases = L("creditPhrases"),
            ScamPhrases = L("scamPhrases"),
            MinParkingSignals = I("minParkingSignals", 1, 100),
            MinReviewWords = I("minReviewWords", 1, 100),
            MinPejorativeWords = I("minPejorativeWords", 1, 100),
            MinShopSignals = I("minShopSignals", 1, 100),
            StuffingMetaRepeats = I("stuffingMetaRepeats", 2, 1000),
            StuffingMinOccurrences = I("stuffingMinOccurrences", 2, 10000),
            TarnishTerms = L("tarnishTerms"),
        };
        r.RejectUnknown("one of forSalePhrases, parkingPhrases, parkingHosts, marketplaceHosts, disclaimerPhrases, reviewWords, pejorativeWords, "
            + "resellerPhrases, shopPhrases, attributionPhrases, adClassWords, adNetworkHosts, creditPhrases, scamPhrases, minParkingSignals, minReviewWords, minPejorativeWords, "
            + "minShopSignals, stuffingMetaRepeats, stuffingMinOccurrences, tarnishTerms");
        return pages;
    }
}
