using System.Globalization;
using BrandWatch.Worker.Filing;
using BrandWatch.Worker.Storage;

namespace BrandWatch.Worker.Feeds;

/// <summary>
/// Manual submissions posted to the Api by reviewers, polled with <c>GET /api/submissions?after={id}</c>. A URL is
/// reduced to its host for screening and also handed on whole, so the pipeline fetches and analyses its page. The cursor position is the last submission id handled.
/// </summary>
internal sealed class SubmissionFeed(string name, ApiClient api, int pageSize) : IDomainFeed
{
    public const string SourceName = "submissions";

    public string Name { get; } = name;

    public async IAsyncEnumerable<FeedItem> ReadAsync(FeedCursor cursor, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = FeedPosition.Parse(cursor.Position).Line;
        while (true)
        {
            var page = await api.GetSubmissionsAsync(after, pageSize, cancellationToken);
            if (page.Items.Count == 0)
            {
                yield break;
            }

            foreach (var item in page.Items.OrderBy(i => i.Id))
            {
                if (item.Id <= after)
                {
                    continue;
                }

                after = item.Id;
                var value = item.Value.Trim();
                var text = ToDomain(value);
                var rejection = text.Length == 0 ? "empty submission" : null;
                yield return new FeedItem(SourceName, new FeedLine(item.Id, text, rejection), new FeedPosition(SourceName, item.Id).ToString(), PageUrl(value), BrandWatch.Rules.Cases.CaseSource.Submission);
            }

            if (page.Items.Count < pageSize)
            {
                yield break;
            }
        }
    }

    private static string ToDomain(string value) =>
        AsWebUrl(value) is { } uri
            ? uri.IdnHost.ToLower(CultureInfo.InvariantCulture)
            : value.TrimEnd('.').ToLower(CultureInfo.InvariantCulture);

    /// <summary>The submission as a normalised absolute URL (the form the Api stores for a page case), or null.</summary>
    private static string? PageUrl(string value) => AsWebUrl(value)?.AbsoluteUri;

    private static Uri? AsWebUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;
}
