using System.Text.Json;

namespace BrandWatch.Worker.Feeds.CertificateTransparency;

/// <summary>
/// The JSON log list, version 3 (the format browsers publish: <c>operators[].logs[]</c> with <c>log_id</c>, <c>url</c>,
/// <c>state</c> and <c>temporal_interval</c>). Only logs whose state is <c>usable</c> or <c>qualified</c> are read;
/// pending, read-only, retired and rejected logs are listed with the reason they are left out.
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
                if (op.ValueKind != JsonValueKind.Object || !op.TryGetProperty("logs", out var entries) || entries.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                foreach (var log in entries.EnumerateArray())
                {
                    var description = Text(log, "description") ?? "(no description)";
                    var logId = Text(log, "log_id");
                    var url = Text(log, "url");
                    if (logId is null || url is null || !Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var uri)
                        || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
                    {
                        leftOut.Add($"{description}: no log_id or no http(s) url");
                        continue;
                    }

                    var state = State(log);
                    if (state is null || !ReadStates.Contains(state, StringComparer.Ordinal))
                    {
                        leftOut.Add($"{description}: state {state ?? "missing"}");
                        continue;
                    }

                    DateTimeOffset? start = null, end = null;
                    if (log.TryGetProperty("temporal_interval", out var interval) && interval.ValueKind == JsonValueKind.Object)
                    {
                        start = Time(interval, "start_inclusive");
                        end = Time(interval, "end_exclusive");
                    }

                    logs.Add(new CtLog(logId, description, uri, state, start, end));
                }
            }

            return new CtLogList(logs, leftOut);
        }
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
