using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using BrandWatch.Rules.Json;

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
        var utf8 = Encoding.UTF8.GetBytes(json);
        var document = StrictJson.Deserialize<RuleSetDocument>(utf8, Options, out var error);
        if (error is not null)
        {
            throw Reword(error);
        }

        if (document is null)
        {
            throw new RuleConfigException("$", "expected an object, found null");
        }

        using var parsed = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var rules = new RuleSet
        {
            Version = string.IsNullOrWhiteSpace(document.Version) ? throw new RuleConfigException("$.version", $"expected a non-empty string, found the string \"{document.Version}\"") : document.Version,
            Hash = string.Empty,
            Weights = Weights(document.Weights),
            Thresholds = Thresholds(document.Thresholds),
            Overall = Overall(document.Overall),
            Words = document.Words with
            {
                RiskyTerms = Strings(document.Words.RiskyTerms, "$.words.riskyTerms"),
                PejorativeTerms = Strings(document.Words.PejorativeTerms, "$.words.pejorativeTerms"),
                ParkingMarkers = Strings(document.Words.ParkingMarkers, "$.words.parkingMarkers"),
                PrivacyServices = Strings(document.Words.PrivacyServices, "$.words.privacyServices"),
                ParkingNameServers = Strings(document.Words.ParkingNameServers, "$.words.parkingNameServers"),
                CndrpTlds = Strings(document.Words.CndrpTlds, "$.words.cndrpTlds"),
                NoPolicyTlds = Strings(document.Words.NoPolicyTlds, "$.words.noPolicyTlds"),
            },
            Exceptions = Exceptions(document.Exceptions),
            Screening = document.Screening with
            {
                RiskyTerms = Strings(document.Screening.RiskyTerms, "$.screening.riskyTerms"),
                CorporateWords = Strings(document.Screening.CorporateWords, "$.screening.corporateWords"),
                Exclusions = document.Screening.Exclusions.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)Strings(e.Value, $"$.screening.exclusions.{e.Key}"), StringComparer.OrdinalIgnoreCase),
                MinSimilarity = Check(document.Screening.MinSimilarity, "$.screening.minSimilarity"),
            },
            Pages = Pages(document.Pages, parsed.RootElement.GetProperty("pages")),
        };

        return rules with { Hash = HashOf(parsed.RootElement) };
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

    /// <summary>The serializer's error in this reader's words: ranges where a number is expected, non-empty strings.</summary>
    private static RuleConfigException Reword(StrictJsonError error)
    {
        var expected = RangeOf(error.Path) ?? (error.Expected == "a string" ? "a non-empty string" : error.Expected);
        return error.Problem switch
        {
            StrictJsonProblem.WrongType => new RuleConfigException(error.Path, $"expected {expected}, found {error.Found ?? "a value of another type"}"),
            StrictJsonProblem.MissingKey when (RangeOf(error.Path) ?? error.Expected) is { } what => new RuleConfigException(error.Path, $"is required ({what})"),
            StrictJsonProblem.UnknownKey when error.Path.StartsWith("$.thresholds.", StringComparison.Ordinal) =>
                new RuleConfigException(error.Path, "unknown key; expected a threshold named in samples/rules.schema.json"),
            _ => new RuleConfigException(error.Path, error.Detail),
        };
    }

    /// <summary>The allowed range of every number, by JSON path.</summary>
    private static readonly Dictionary<string, (double Min, double Max, bool Integer)> Ranges = new(StringComparer.Ordinal)
    {
        ["$.thresholds.minSimilarity"] = (0, 1, false),
        ["$.thresholds.minAct"] = (0, 1, false),
        ["$.thresholds.outcomeLikely"] = (0, 1, false),
        ["$.thresholds.outcomePossible"] = (0, 1, false),
        ["$.thresholds.badFaith"] = (0, 1, false),
        ["$.thresholds.udrpFit"] = (0, 1, false),
        ["$.thresholds.courtFit"] = (0, 1, false),
        ["$.thresholds.takedownFit"] = (0, 1, false),
        ["$.thresholds.patternDomains"] = (1, 1000, true),
        ["$.thresholds.repeatOffenderDomains"] = (1, 100000, true),
        ["$.thresholds.outOfPocketCost"] = (0, 1e9, false),
        ["$.thresholds.launchWindowDays"] = (0, 3650, true),
        ["$.thresholds.cndrpBarYears"] = (0, 100, true),
        ["$.thresholds.plainComboFactor"] = (0, 1, false),
        ["$.thresholds.identicalCriticismFactor"] = (0, 1, false),
        ["$.thresholds.disclaimerReduction"] = (0, 1, false),
        ["$.overall.act"] = (0, 1, false),
        ["$.overall.damage"] = (0, 1, false),
        ["$.overall.causation"] = (0, 1, false),
        ["$.overall.fault"] = (0, 1, false),
        ["$.screening.minSimilarity"] = (0, 1, false),
        ["$.pages.minParkingSignals"] = (1, 100, true),
        ["$.pages.minReviewWords"] = (1, 100, true),
        ["$.pages.minPejorativeWords"] = (1, 100, true),
        ["$.pages.minShopSignals"] = (1, 100, true),
        ["$.pages.stuffingMetaRepeats"] = (2, 1000, true),
        ["$.pages.stuffingMinOccurrences"] = (2, 10000, true),
    };

    private static readonly JsonSerializerOptions Options = StrictJson.CreateOptions(commentsAndTrailingCommas: true);

    private static (double Min, double Max, bool Integer)? RangeAt(string path) =>
        path.StartsWith("$.weights.", StringComparison.Ordinal) ? (0, 1, false) : Ranges.TryGetValue(path, out var range) ? range : null;

    private static string? RangeOf(string path) =>
        RangeAt(path) is { } r ? $"{(r.Integer ? "an integer" : "a number")} in [{F(r.Min)}, {F(r.Max)}]" : null;

    private static double Check(double value, string path)
    {
        var (min, max, _) = RangeAt(path)!.Value;
        return value >= min && value <= max ? value : throw new RuleConfigException(path, $"expected {RangeOf(path)}, found the number {value.ToString("R", CultureInfo.InvariantCulture)}");
    }

    private static int Check(int value, string path) => (int)Check((double)value, path);

    private static int? Check(int? value, string path) => value is { } v ? Check(v, path) : null;

    private static List<string>? OptionalStrings(IReadOnlyList<string>? values, string path) => values is null ? null : Strings(values, path);

    private static List<string> Strings(IReadOnlyList<string?>? values, string path)
    {
        if (values is null)
        {
            throw new RuleConfigException(path, "expected an array of strings, found null");
        }

        var list = new List<string>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new RuleConfigException($"{path}[{i}]", $"expected a non-empty string, found {(value is null ? "null" : $"the string \"{value}\"")}");
            }

            list.Add(value.Trim().ToLowerInvariant());
        }

        return list;
    }

    private static Dictionary<string, double> Weights(Dictionary<string, double> weights)
    {
        var known = CriterionCatalog.Ids;
        foreach (var (key, value) in weights)
        {
            if (!known.Contains(key))
            {
                throw new RuleConfigException($"$.weights.{key}", $"unknown criterion; expected one of {string.Join(", ", known)}");
            }

            Check(value, $"$.weights.{key}");
        }

        foreach (var id in known)
        {
            if (!weights.ContainsKey(id))
            {
                throw new RuleConfigException($"$.weights.{id}", "is required (a weight in [0, 1] for every criterion)");
            }
        }

        return weights;
    }

    private static RuleThresholds Thresholds(RuleThresholds t)
    {
        const string at = "$.thresholds.";
        var thresholds = t with
        {
            MinSimilarity = Check(t.MinSimilarity, at + "minSimilarity"),
            MinAct = Check(t.MinAct, at + "minAct"),
            OutcomeLikely = Check(t.OutcomeLikely, at + "outcomeLikely"),
            OutcomePossible = Check(t.OutcomePossible, at + "outcomePossible"),
            BadFaith = Check(t.BadFaith, at + "badFaith"),
            UdrpFit = Check(t.UdrpFit, at + "udrpFit"),
            CourtFit = Check(t.CourtFit, at + "courtFit"),
            TakedownFit = Check(t.TakedownFit, at + "takedownFit"),
            PatternDomains = Check(t.PatternDomains, at + "patternDomains"),
            RepeatOffenderDomains = Check(t.RepeatOffenderDomains, at + "repeatOffenderDomains"),
            OutOfPocketCost = Check(t.OutOfPocketCost, at + "outOfPocketCost"),
            LaunchWindowDays = Check(t.LaunchWindowDays, at + "launchWindowDays"),
            CndrpBarYears = Check(t.CndrpBarYears, at + "cndrpBarYears"),
            PlainComboFactor = Check(t.PlainComboFactor, at + "plainComboFactor"),
            IdenticalCriticismFactor = Check(t.IdenticalCriticismFactor, at + "identicalCriticismFactor"),
            DisclaimerReduction = Check(t.DisclaimerReduction, at + "disclaimerReduction"),
        };
        if (thresholds.OutcomePossible > thresholds.OutcomeLikely)
        {
            throw new RuleConfigException(at + "outcomePossible", $"expected a number not above outcomeLikely ({thresholds.OutcomeLikely.ToString(CultureInfo.InvariantCulture)})");
        }

        return thresholds;
    }

    private static OverallWeights Overall(OverallWeights o)
    {
        var overall = new OverallWeights(Check(o.Act, "$.overall.act"), Check(o.Damage, "$.overall.damage"), Check(o.Causation, "$.overall.causation"), Check(o.Fault, "$.overall.fault"));
        var sum = overall.Act + overall.Damage + overall.Causation + overall.Fault;
        if (Math.Abs(sum - 1) > 1e-6)
        {
            throw new RuleConfigException("$.overall", $"expected the four weights to sum to 1, found {sum.ToString("0.###", CultureInfo.InvariantCulture)}");
        }

        return overall;
    }

    private static Dictionary<string, MarkExceptions> Exceptions(Dictionary<string, MarkExceptions?> entries)
    {
        var exceptions = new Dictionary<string, MarkExceptions>(StringComparer.OrdinalIgnoreCase);
        foreach (var (markId, entry) in entries)
        {
            var at = $"$.exceptions.{markId}";
            exceptions[markId] = entry is null
                ? throw new RuleConfigException(at, "expected an object, found null")
                : new MarkExceptions
                {
                    AuthorisedResellers = Strings(entry.AuthorisedResellers, at + ".authorisedResellers"),
                    OwnDomains = Strings(entry.OwnDomains, at + ".ownDomains"),
                    Licensees = Strings(entry.Licensees, at + ".licensees"),
                };
        }

        return exceptions;
    }

    private static PageRules Pages(PageRules p, JsonElement written)
    {
        const string at = "$.pages.";

        // Every page setting is optional (absent: the built-in default), but a null is not a value.
        foreach (var setting in written.EnumerateObject().Where(s => s.Value.ValueKind == JsonValueKind.Null))
        {
            var path = at + setting.Name;
            throw new RuleConfigException(path, $"expected {RangeOf(path) ?? "an array of strings"}, found null");
        }

        return p with
        {
            ForSalePhrases = OptionalStrings(p.ForSalePhrases, at + "forSalePhrases"),
            ParkingPhrases = OptionalStrings(p.ParkingPhrases, at + "parkingPhrases"),
            ParkingHosts = OptionalStrings(p.ParkingHosts, at + "parkingHosts"),
            MarketplaceHosts = OptionalStrings(p.MarketplaceHosts, at + "marketplaceHosts"),
            DisclaimerPhrases = OptionalStrings(p.DisclaimerPhrases, at + "disclaimerPhrases"),
            ReviewWords = OptionalStrings(p.ReviewWords, at + "reviewWords"),
            PejorativeWords = OptionalStrings(p.PejorativeWords, at + "pejorativeWords"),
            ResellerPhrases = OptionalStrings(p.ResellerPhrases, at + "resellerPhrases"),
            ShopPhrases = OptionalStrings(p.ShopPhrases, at + "shopPhrases"),
            AttributionPhrases = OptionalStrings(p.AttributionPhrases, at + "attributionPhrases"),
            AdClassWords = OptionalStrings(p.AdClassWords, at + "adClassWords"),
            AdNetworkHosts = OptionalStrings(p.AdNetworkHosts, at + "adNetworkHosts"),
            CreditPhrases = OptionalStrings(p.CreditPhrases, at + "creditPhrases"),
            ScamPhrases = OptionalStrings(p.ScamPhrases, at + "scamPhrases"),
            MinParkingSignals = Check(p.MinParkingSignals, at + "minParkingSignals"),
            MinReviewWords = Check(p.MinReviewWords, at + "minReviewWords"),
            MinPejorativeWords = Check(p.MinPejorativeWords, at + "minPejorativeWords"),
            MinShopSignals = Check(p.MinShopSignals, at + "minShopSignals"),
            StuffingMetaRepeats = Check(p.StuffingMetaRepeats, at + "stuffingMetaRepeats"),
            StuffingMinOccurrences = Check(p.StuffingMinOccurrences, at + "stuffingMinOccurrences"),
            TarnishTerms = OptionalStrings(p.TarnishTerms, at + "tarnishTerms"),
        };
    }

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>The wire shape of the file: the sections deserialise into the configuration records, then are checked.</summary>
    private sealed class RuleSetDocument
    {
        public required string Version { get; init; }

        public required Dictionary<string, double> Weights { get; init; }

        public required RuleThresholds Thresholds { get; init; }

        public required OverallWeights Overall { get; init; }

        public required RuleWords Words { get; init; }

        public required Dictionary<string, MarkExceptions?> Exceptions { get; init; }

        public required ScreeningRules Screening { get; init; }

        public required PageRules Pages { get; init; }

        // Read and not checked, as they have always been.
        [JsonPropertyName("$schema")]
        public JsonElement? Schema { get; init; }

        public JsonElement? Description { get; init; }
    }
}
