using System.Net;
using BrandWatch.Rules.Domains;

namespace BrandWatch.Api.Submissions;

/// <summary>
/// Checks a submission: a domain name (parsed by <see cref="DomainName.Parse(string)"/>) or an absolute http/https
/// URL without credentials whose host is such a domain. Errors name the field (<c>value</c> or <c>note</c>).
/// </summary>
internal static class SubmissionValidator
{
    public const int MaxValueLength = 2048;
    public const int MaxNoteLength = 1000;

    public static (ValidSubmission? Submission, string? Field, string? Error) Validate(SubmissionRequest request)
    {
        var value = request.Value.Trim();
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        if (note is { Length: > MaxNoteLength })
        {
            return Fail("note", $"is longer than {MaxNoteLength} characters");
        }

        if (note is not null && note.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            return Fail("note", "contains control characters");
        }

        if (value.Length == 0)
        {
            return Fail("value", "is required (a domain name or an http or https URL)");
        }

        if (value.Length > MaxValueLength)
        {
            return Fail("value", $"is longer than {MaxValueLength} characters");
        }

        return value.Contains("://", StringComparison.Ordinal) ? Url(value, note) : Domain(value, note);
    }

    private static (ValidSubmission?, string?, string?) Domain(string value, string? note)
    {
        if (IPAddress.TryParse(value, out _))
        {
            return Fail("value", "is an IP address; submit a domain name or an http or https URL");
        }

        var parsed = DomainName.Parse(value);
        return parsed.Domain is { } domain
            ? (new ValidSubmission(domain.Ascii, "domain", domain.Ascii, note), null, null)
            : Fail("value", $"is not a domain name: {parsed.Error}");
    }

    private static (ValidSubmission?, string?, string?) Url(string value, string? note)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            return Fail("value", "is not a valid URL");
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return Fail("value", $"has the scheme '{uri.Scheme}'; only http and https URLs are accepted");
        }

        if (uri.UserInfo.Length > 0)
        {
            return Fail("value", "must not contain a user name or password");
        }

        if (uri.HostNameType != UriHostNameType.Dns)
        {
            return Fail("value", "has an IP address as its host; the host must be a domain name");
        }

        var parsed = DomainName.Parse(uri.IdnHost);
        if (parsed.Domain is not { } domain)
        {
            return Fail("value", $"has a host that is not a domain name: {parsed.Error}");
        }

        var normalised = new UriBuilder(uri) { Host = domain.Ascii }.Uri.AbsoluteUri;
        return normalised.Length > MaxValueLength
            ? Fail("value", $"is longer than {MaxValueLength} characters")
            : (new ValidSubmission(normalised, "url", domain.Ascii, note), null, null);
    }

    private static (ValidSubmission?, string?, string?) Fail(string field, string error) => (null, field, error);
}
