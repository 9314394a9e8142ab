using System.Net;
using System.Net.Http.Headers;
using BrandWatch.Worker.Storage;

namespace BrandWatch.Worker.Jobs;

/// <summary>A conditional GET of one reference file; the validators live in the feed cursor table under a <c>reference:</c> name.</summary>
internal static class ReferenceDownload
{
    /// <summary>
    /// Fetches <paramref name="url"/> into <paramref name="target"/> when it changed; a copy that <paramref name="validate"/>
    /// refuses (it returns why) is deleted and reported as <see cref="InvalidDataException"/>, the file in place kept.
    /// </summary>
    public static async Task<bool> FetchAsync(HttpClient http, FeedCursorStore cursors, string key, Uri url, string target, long maxBytes, CancellationToken cancellationToken,
        Func<string, string?>? validate = null)
    {
        var cursor = await cursors.GetAsync(key, cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (File.Exists(target) && cursor.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return false;
        }

        response.EnsureSuccessStatusCode();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!); // a full path always has a folder
        var part = target + ".part";
        await using (var body = await response.Content.ReadAsStreamAsync(cancellationToken))
        await using (var file = File.Create(part))
        {
            var buffer = new byte[1 << 16];
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    throw new InvalidDataException($"{url}: over {maxBytes} bytes");
                }

                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }

        if (validate?.Invoke(part) is { } refused)
        {
            File.Delete(part);
            throw new InvalidDataException($"{url}: {refused}; the copy in place is kept");
        }

        File.Move(part, target, overwrite: true);
        await cursors.SetAsync(key, new FeedCursor(string.Empty, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R")), cancellationToken);
        return true;
    }
}
