using System.Text.RegularExpressions;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Scoring;

namespace BrandWatch.Api.Cases.Filing;

/// <summary>Checks a filing beyond its JSON shape: the subject, score ranges, list sizes and the observation time.</summary>
internal static partial class FilingValidator
{
    public const int MaxMatches = 200;
    public const int MaxPages = 100;
    public const int MaxCapturesPerPage = 16;

    public static (string? Subject, string? Domain, Dictionary<string, string[]> Errors) Validate(CaseFiling filing, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors.TryAdd(field, [message]);

        if (!MarkId().IsMatch(filing.Mark))
        {
            Add("mark", "must be a mark id (1–64 letters, digits, '.', '_' or '-')");
        }

        if (!Enum.IsDefined(filing.Kind))
        {
            Add("kind", "is not a known subject kind");
        }

        if (filing.Source is { } source && !Enum.IsDefined(source))
        {
            Add("source", "is not a known source");
        }

        if (filing.Sighting is { } sighting)
        {
            Sightings.SightingValidator.Validate(sighting, "sighting", now, Add);
        }

        var (subject, domain, error) = SubjectParser.Parse(filing.Subject, filing.Kind);
        if (error is not null)
        {
            Add("subject", error);
        }

        var verdict = filing.Verdict;
        if (verdict.Priority is < 0 or > 100)
        {
            Add("verdict.priority", "must be between 0 and 100");
        }

        if (verdict.Overall is < 0 or > 1 || double.IsNaN(verdict.Overall))
        {
            Add("verdict.overall", "must be between 0 and 1");
        }

        foreach (var (name, element) in new[] { ("act", verdict.Act), ("damage", verdict.Damage), ("causation", verdict.Causation), ("fault", verdict.Fault) })
        {
            if (element.Score is < 0 or > 1 || double.IsNaN(element.Score))
            {
                Add($"verdict.{name}.score", "must be between 0 and 1");
            }
        }

        if (!Enum.IsDefined(verdict.Outcome))
        {
            Add("verdict.outcome", "is not a known outcome");
        }

        if (!Enum.IsDefined(verdict.Action))
        {
            Add("verdict.action", "is not a known action");
        }

        if (!Enum.IsDefined(verdict.DisputePath))
        {
            Add("verdict.disputePath", "is not a known dispute path");
        }

        if (string.IsNullOrWhiteSpace(verdict.RuleVersion) || verdict.RuleVersion.Length > 64)
        {
            Add("verdict.ruleVersion", "must be 1–64 characters");
        }

        if (filing.Matches.Count > MaxMatches)
        {
            Add("matches", $"lists more than {MaxMatches} matches");
        }

        if (filing.Evidence.Pages.Count > MaxPages)
        {
            Add("evidence.pages", $"lists more than {MaxPages} pages");
        }

        for (var i = 0; i < filing.Evidence.Pages.Count; i++)
        {
            var captures = filing.Evidence.Pages[i].Captures ?? [];
            var at = $"evidence.pages[{i}].captures";
            if (captures.Count > MaxCapturesPerPage)
            {
                Add(at, $"lists more than {MaxCapturesPerPage} files");
            }

            foreach (var capture in captures)
            {
                if (!Evidence.EvidenceFileStore.IsSha256(capture.Sha256 ?? string.Empty))
                {
                    Add(at, "names a file whose sha256 is not 64 lower-case hex digits");
                }
                else if (!Enum.IsDefined(capture.Kind))
                {
                    Add(at, "names a file of an unknown kind");
                }
                else if (capture.Bytes < 0 || string.IsNullOrWhiteSpace(capture.MediaType) || capture.MediaType.Length > Evidence.EvidenceFilesApi.MaxMediaTypeLength
                    || string.IsNullOrWhiteSpace(capture.Tool) || capture.Tool.Length > 200)
                {
                    Add(at, "names a file without a size, a media type or the tool that made it (each at most 200 characters)");
                }
            }
        }

        if (filing.ObservedAt > now.AddHours(1) || filing.ObservedAt.Year < 2000)
        {
            Add("observedAt", "must be a time between 2000 and now");
        }

        return (subject, domain, errors);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex MarkId();
}
