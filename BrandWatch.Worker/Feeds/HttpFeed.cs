using System.Net;
using System.Net.Http.Headers;
using BrandWatch.Worker.Storage;

namespace BrandWatch.Worker.Feeds;

/// <summary>
/// A newly-registered-domain list served over HTTP(S), fetched with a conditional GET (If-None-Match, If-Modified-Since).
/// A changed list is saved whole under the download folder before it is read, and its validators are stored with a
/// fresh cursor; an unchanged one (304) is read on from the stored cursor, which finishes a list a crash interrupted.
/// </summary>
internal sealed class HttpFeed(string name, Uri url, string downloadFolder, HttpClient http, FeedCursorStore cursors, long maxBytes, DecompressionLimit? limit = null) : IDomainFeed
{
    public string Name { get; } = name;

    /// <summary>The outcome of the last fetch: 200 or 304 (for logs and tests).</summary>
    public HttpStatusCode? LastStatus { get; private set; }

    public async IAsyncEnumerable<FeedItem> ReadAsync(FeedCursor cursor, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(downloadFolder);
        var local = Path.Combine(downloadFolder, SafeFileName(Name) + Extension(url));
        var haveLocal = File.Exists(local);

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (haveLocal && cursor.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (haveLocal && cursor.LastModified is { } modified && DateTimeOffset.TryParse(modified, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since))
        {
            request.Headers.IfModifiedSince = since;
        }

        using (var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken))
        {
            LastStatus = response.StatusCode;
            if (response.StatusCode == HttpStatusCode.OK)
            {
                if (response.Content.Headers.ContentLength > maxBytes)
                {
                    throw new InvalidDataException($"{url}: {response.Content.Headers.ContentLength} bytes is over the limit of {maxBytes}");
                }

                var part = local + ".part";
                await using (var body = await response.Content.ReadAsStreamAsync(cancellationToken))
                await using (var file = File.Create(part))
                {
                    await CopyLimitedAsync(body, file, maxBytes, url, cancellationToken);
                }

                File.Move(part, local, overwrite: true);
                cursor = new FeedCursor(string.Empty, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"));
                await cursors.SetAsync(Name, cursor, cancellationToken);
            }
            else if (response.StatusCode != HttpStatusCode.NotModified)
            {
                throw new HttpRequestException($"{url}: the feed answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
            }
        }

        if (!File.Exists(local))
        {
            yield break;
        }

        var sources = FeedFiles.Sources(local, limit);
        await foreach (var item in FeedFiles.ReadAsync(sources, FeedPosition.Parse(cursor.Position), BrandWatch.Rules.Cases.CaseSource.Nrd, cancellationToken))
        {
            yield return item;
        }
    }

    private static async Task CopyLimitedAsync(Stream from, Stream to, long maxBytes, Uri url, CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = await from.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                throw new InvalidDataException($"{url}: the feed is over the limit of {maxBytes} bytes");
            }

            await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
    }

    private static string Extension(Uri url)
    {
        var path = url.AbsolutePath;
        foreach (var extension in (string[])[".txt.gz", ".gz", ".zip"])
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return extension;
            }
        }

        return ".txt";
    }

    private static string SafeFileName(string name) =>
        string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
}
