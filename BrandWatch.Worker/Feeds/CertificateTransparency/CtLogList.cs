using System.Text.Json;

namespace BrandWatch.Worker.Feeds.CertificateTransparency;

/// <summary>
/// The JSON log list, version 3 (the format browsers publish: <c>operators[].logs[]</c> with <c>log_id</c>, <c>url</c>,
/// <c>state</c> and <c>temporal_interval</c>). Only logs whose state is <c>usable</c> or <c>qualified</c> are read;
/// pending, read-only, retired and rejected logs are listed with the reason they are left out. RFC 6962 logs come from
/// <c>logs[]</c> (<c>url</c>), static-ct-api logs from <c>tiled_logs[]</c> (<c>submission_url</c>, <c>monitoring_url</c>).
/// </summary>
internal sealed record CtLogList(IReadOnlyList<CtLog> Logs, IReadOnlyList<string> LeftOut)
{
    private static readonly string[] ReadStates = ["usable", "qualified"];

    public static CtLogList Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: the CT log list cannot be read: {ex.Message}", ex);
        }

        return Parse(text, path);
    }

    public static CtLogList Parse(string json, string origin)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{origin}: the CT log list is not JSON (line {ex.LineNumber + 1}): {ex.Message}", ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("operators", out var operators) || operators.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"{origin}: the CT log list has no \"operators\" array (log list v3 expected)");
            }

            var logs = new List<CtLog>();
            var leftOut = new List<string>();
            foreach (var op in operators.EnumerateArray())
            {
                foreach (var (array, kind) in new[] { ("logs", CtLogKind.Rfc6962), ("tiled_logs", CtLogKind.Tiled) })
                {
                    if (op.ValueKind != JsonValueKind.Object || !op.TryGetProperty(array, out var entries) || entries.ValueKind != JsonValueKind.Array)
                    {
                        continue;
                    }

                    foreach (var log in entries.EnumerateArray())
                    {
                        if (Read(log, kind, leftOut) is { } read)
                        {
                            logs.Add(read);
                        }
                    }
                }
            }

            return new CtLogList(logs, leftOut);
        }
    }

    private static CtLog? Read(JsonElement log, CtLogKind kind, List<string> leftOut)
    {
        var description = Text(log, "description") ?? "(no description)";
        var logId = Text(log, "log_id");
        var url = Text(log, kind == CtLogKind.Tiled ? "monitoring_url" : "url");
        var submission = kind == CtLogKind.Tiled ? Text(log, "submission_url") : url;
        if (logId is null || !TryUrl(url, out var uri) || !TryUrl(submission, out var submissionUri))
        {
            leftOut.Add(kind == CtLogKind.Tiled ? $"{description}: no log_id, or no http(s) submission_url and monitoring_url" : $"{description}: no log_id or no http(s) url");
            return null;
        }

        var state = State(log);
        if (state is null || !ReadStates.Contains(state, StringComparer.Ordinal))
        {
            leftOut.Add($"{description}: state {state ?? "missing"}");
            return null;
        }

        DateTimeOffset? start = null, end = null;
        if (log.TryGetProperty("temporal_interval", out var interval) && interval.ValueKind == JsonValueKind.Object)
        {
            start = Time(interval, "start_inclusive");
            end = Time(interval, "end_exclusive");
        }

        byte[] key;
        try
        {
            key = Convert.FromBase64String(Text(log, "key") ?? string.Empty);
        }
        catch (FormatException)
        {
            key = []; // the feed reports the log as unverifiable and skips it
        }

        return new CtLog(logId, description, uri, state, start, end)
        {
            Key = key,
            Kind = kind,
            Origin = kind == CtLogKind.Tiled ? (submissionUri.Authority + submissionUri.AbsolutePath).TrimEnd('/') : null,
        };
    }

    private static bool TryUrl(string? text, out Uri uri)
    {
        uri = null!;
        if (text is null || !Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var parsed)
            || (parsed.Scheme != Uri.UriSchemeHttps && parsed.Scheme != Uri.UriSchemeHttp))
        {
            return false;
        }

        uri = parsed;
        return true;
    }

    private static string? State(JsonElement log) =>
        log.TryGetProperty("state", out var state) && state.ValueKind == JsonValueKind.Object
            ? state.EnumerateObject().Select(p => p.Name).FirstOrDefault()
            : null;

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static DateTimeOffset? Time(JsonElement element, string name) =>
        Text(element, name) is { } text && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : null;
}
