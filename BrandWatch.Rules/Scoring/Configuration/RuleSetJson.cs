using System.Diagnostics.CodeAnalysis;
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
        var d = StrictJson.Deserialize<RuleSetDocument>(utf8, Options, out var error);
        if (error is not null)
        {
            throw Reword(error);
        }

        if (d is null)
        {
            throw new RuleConfigException("$", "expected an object, found null");
        }

        if (string.IsNullOrWhiteSpace(d.Version))
        {
            throw new RuleConfigException("$.version", $"expected a non-empty string, found the string \"{d.Version}\"");
        }

        CheckWeights(d.Weights);
        using var parsed = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        CheckValues(parsed.RootElement, "$");
        if (d.Thresholds.OutcomePossible > d.Thresholds.OutcomeLikely)
        {
            throw new RuleConfigException("$.thresholds.outcomePossible", $"expected a number not above outcomeLikely ({d.Thresholds.OutcomeLikely.ToString(CultureInfo.InvariantCulture)})");
        }

        var o = d.Overall;
        if (Math.Abs(o.Act + o.Damage + o.Causation + o.Fault - 1) > 1e-6)
        {
            throw new RuleConfigException("$.overall", $"expected the four weights to sum to 1, found {(o.Act + o.Damage + o.Causation + o.Fault).ToString("0.###", CultureInfo.InvariantCulture)}");
        }

        var (w, s, p) = (d.Words, d.Screening, d.Pages);
        return new RuleSet
        {
            Version = d.Version,
            Hash = HashOf(parsed.RootElement),
            Weights = d.Weights,
            Thresholds = d.Thresholds,
            Overall = o,
            Words = w with
            {
                RiskyTerms = N(w.RiskyTerms), PejorativeTerms = N(w.PejorativeTerms), ParkingMarkers = N(w.ParkingMarkers), PrivacyServices = N(w.PrivacyServices),
                ParkingNameServers = N(w.ParkingNameServers), CndrpTlds = N(w.CndrpTlds), NoPolicyTlds = N(w.NoPolicyTlds), CommentaryTerms = N(w.CommentaryTerms),
                ProtectedNameTlds = N(w.ProtectedNameTlds),
            },
            Exceptions = IgnoringCase(d.Exceptions, e => new MarkExceptions
            {
                AuthorisedResellers = N(e!.AuthorisedResellers), OwnDomains = N(e.OwnDomains), Licensees = N(e.Licensees),
            }),
            Screening = s with { RiskyTerms = N(s.RiskyTerms), CorporateWords = N(s.CorporateWords), Exclusions = IgnoringCase(s.Exclusions, v => (IReadOnlyList<string>)N(v)) },
            Pages = p with
            {
                ForSalePhrases = N(p.ForSalePhrases), ParkingPhrases = WithParkingMarkers(p.ParkingPhrases, w.ParkingMarkers), ParkingHosts = N(p.ParkingHosts), MarketplaceHosts = N(p.MarketplaceHosts),
                DisclaimerPhrases = N(p.DisclaimerPhrases), ReviewWords = N(p.ReviewWords), PejorativeWords = N(p.PejorativeWords), ResellerPhrases = N(p.ResellerPhrases),
                ShopPhrases = N(p.ShopPhrases), AttributionPhrases = N(p.AttributionPhrases), AdClassWords = N(p.AdClassWords), AdCaptions = N(p.AdCaptions), AdNetworkHosts = N(p.AdNetworkHosts),
                CreditPhrases = N(p.CreditPhrases), ScamPhrases = N(p.ScamPhrases), TarnishTerms = N(p.TarnishTerms), PlaceholderPhrases = N(p.PlaceholderPhrases),
            },
        };
    }

    /// <summary>
    /// The page analyser's parking captions with the older <c>words.parkingMarkers</c> added: a file that still lists
    /// its captions there keeps them read, beside the analyser's defaults or its own <c>pages.parkingPhrases</c>.
    /// </summary>
    private static List<string>? WithParkingMarkers(IReadOnlyList<string>? phrases, IReadOnlyList<string> markers)
    {
        if (markers.Count == 0)
        {
            return N(phrases);
        }

        return N([.. (phrases ?? Pages.PageAnalysisOptions.Default.ParkingPhrases).Union(markers, StringComparer.OrdinalIgnoreCase)]);
    }

    /// <summary>SHA-256 of the canonical form: keys sorted, no whitespace, numbers in shortest round-trip form.</summary>
    public static string HashOf(JsonElement root)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteCanonical(root, writer);
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    private static void WriteCanonical(JsonElement element, Utf8JsonWriter writer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    WriteCanonical(property.Value, writer);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteCanonical(item, writer);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.Number:
                writer.WriteRawValue(element.GetDouble().ToString("R", CultureInfo.InvariantCulture));
                break;
            default:
                element.WriteTo(writer);
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

    private static void CheckWeights(Dictionary<string, double> weights)
    {
        var known = CriterionCatalog.Ids;
        if (weights.Keys.FirstOrDefault(key => !known.Contains(key)) is { } unknown)
        {
            throw new RuleConfigException($"$.weights.{unknown}", $"unknown criterion; expected one of {string.Join(", ", known)}");
        }

        if (known.FirstOrDefault(id => !weights.ContainsKey(id)) is { } missing)
        {
            throw new RuleConfigException($"$.weights.{missing}", "is required (a weight in [0, 1] for every criterion)");
        }
    }

    /// <summary>What the types cannot say, in file order: numbers within their ranges, list entries non-empty strings, no null where a value may be left out.</summary>
    private static void CheckValues(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject().Where(p => path != "$" || p.Name is not ("$schema" or "description")))
                {
                    CheckValues(property.Value, $"{path}.{property.Name}");
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Null || string.IsNullOrWhiteSpace(item.GetString()))
                    {
                        throw new RuleConfigException($"{path}[{i}]", $"expected a non-empty string, found {(item.ValueKind == JsonValueKind.Null ? "null" : $"the string \"{item.GetString()}\"")}");
                    }

                    i++;
                }

                break;
            case JsonValueKind.Number when RangeAt(path) is { } r && (element.GetDouble() < r.Min || element.GetDouble() > r.Max):
                throw new RuleConfigException(path, $"expected {RangeOf(path)}, found the number {element.GetRawText()}");
            case JsonValueKind.Null:
                throw new RuleConfigException(path, $"expected {RangeOf(path) ?? (path.StartsWith("$.exceptions.", StringComparison.Ordinal) ? "an object" : "an array of strings")}, found null");
        }
    }

    /// <summary>The allowed range of every number, by JSON path (every weight is in [0, 1]).</summary>
    private static readonly Dictionary<string, (double Min, double Max, bool Integer)> Ranges = new (string Section, string Keys, double Min, double Max, bool Integer)[]
    {
        ("thresholds", "minSimilarity minAct outcomeLikely outcomePossible badFaith udrpFit courtFit takedownFit plainComboFactor identicalCriticismFactor disclaimerReduction", 0, 1, false),
        ("thresholds", "patternDomains", 1, 1000, true),
        ("thresholds", "repeatOffenderDomains", 1, 100000, true),
        ("thresholds", "outOfPocketCost", 0, 1e9, false),
        ("thresholds", "launchWindowDays", 0, 3650, true),
        ("thresholds", "cndrpBarYears", 0, 100, true),
        ("overall", "act damage causation fault", 0, 1, false),
        ("screening", "minSimilarity", 0, 1, false),
        ("pages", "minParkingSignals minReviewWords minPejorativeWords minShopSignals maxPlaceholderWords", 1, 100, true),
        ("pages", "stuffingMetaRepeats", 2, 1000, true),
        ("pages", "stuffingMinOccurrences", 2, 10000, true),
    }.SelectMany(r => r.Keys.Split(' ').Select(key => KeyValuePair.Create($"$.{r.Section}.{key}", (r.Min, r.Max, r.Integer)))).ToDictionary(StringComparer.Ordinal);

    private static readonly JsonSerializerOptions Options = StrictJson.CreateOptions(commentsAndTrailingCommas: true);

    private static (double Min, double Max, bool Integer)? RangeAt(string path) =>
        path.StartsWith("$.weights.", StringComparison.Ordinal) ? (0, 1, false) : Ranges.TryGetValue(path, out var range) ? range : null;

    private static string? RangeOf(string path) => RangeAt(path) is { } r
        ? $"{(r.Integer ? "an integer" : "a number")} in [{r.Min.ToString("0.###", CultureInfo.InvariantCulture)}, {r.Max.ToString("0.###", CultureInfo.InvariantCulture)}]"
        : null;

    /// <summary>A word list as the rules use it: trimmed and lower-case.</summary>
    [return: NotNullIfNotNull(nameof(values))]
    private static List<string>? N(IReadOnlyList<string>? values) => values?.Select(v => v.Trim().ToLowerInvariant()).ToList();

    /// <summary>Mark ids are case-insensitive; a later entry replaces an earlier one under the first one's spelling, as the file reads.</summary>
    private static Dictionary<string, TOut> IgnoringCase<TIn, TOut>(IEnumerable<KeyValuePair<string, TIn>> entries, Func<TIn, TOut> map) =>
        entries.GroupBy(e => e.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => map(g.Last().Value), StringComparer.OrdinalIgnoreCase);

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
