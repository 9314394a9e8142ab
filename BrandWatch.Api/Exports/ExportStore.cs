using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Cases;
using BrandWatch.Api.Storage;
using Dapper;
using BrandWatch.Api.Cases.Queries;

namespace BrandWatch.Api.Exports;

/// <summary>
/// Reads the cases of an export in the listing's order (priority, then newest) with the latest filing of each, one
/// page at a time inside one snapshot: the export is consistent, and memory holds one page, however many cases match.
/// </summary>
internal sealed class ExportStore(ApiDatabase database)
{
    /// <summary>Cases read per query; small enough that a page's filings stay a few megabytes.</summary>
    public const int PageSize = 100;

    private const string PageSelect =
        "SELECT " + CaseRow.Columns + ", (SELECT f.body FROM case_filings f WHERE f.case_id = c.id ORDER BY f.id DESC LIMIT 1) AS LatestFiling " +
        "FROM cases c WHERE 1 = 1";

    private const string PageOrder = " ORDER BY c.priority DESC, c.id DESC LIMIT @Take";

    /// <summary>How many cases match (the export carries at most its bound of them).</summary>
    public async Task<long> CountAsync(CaseQuery query, Caller caller, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder("SELECT COUNT(*) FROM cases c WHERE 1 = 1");
        var parameters = CaseQueries.Filters(sql, query, caller, database.Dialect);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql.ToString(), parameters, cancellationToken: cancellationToken));
    }

    public async IAsyncEnumerable<ExportCase> ReadAsync(CaseQuery query, Caller caller, int max, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginSnapshotAsync(connection, cancellationToken);
        var after = query.After;
        var read = 0;
        while (read < max)
        {
            var sql = new StringBuilder(PageSelect);
            var parameters = CaseQueries.Filters(sql, query, caller, database.Dialect);
            if (after is { } cursor)
            {
                sql.Append(CaseQueries.AfterCursor);
                parameters.Add("AfterPriority", cursor.Priority);
                parameters.Add("AfterId", cursor.Id);
            }

            var take = Math.Min(PageSize, max - read);
            sql.Append(PageOrder);
            parameters.Add("Take", take);
            var page = (await connection.QueryAsync<CaseRow, FilingBody, (CaseRow Row, byte[]? Body)>(
                new CommandDefinition(sql.ToString(), parameters, transaction, cancellationToken: cancellationToken),
                (row, latest) => (row, latest?.LatestFiling), splitOn: "LatestFiling")).AsList();
            foreach (var (row, body) in page)
            {
                yield return Describe(row, body);
            }

            read += page.Count;
            if (page.Count < take)
            {
                yield break;
            }

            after = (page[^1].Row.Priority, page[^1].Row.Id);
        }
    }

    /// <summary>The observables of a case: the subject and the pages' URLs, and the addresses its name resolved to, as last filed.</summary>
    internal static ExportCase Describe(CaseRow row, byte[]? body)
    {
        var urls = new List<string>();
        var ipv4 = new List<string>();
        var ipv6 = new List<string>();
        void AddUrl(string? url)
        {
            if (url is not null && urls.Count < ExportCase.MaxUrls && Uri.TryCreate(url, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && !urls.Contains(uri.AbsoluteUri, StringComparer.Ordinal))
            {
                urls.Add(uri.AbsoluteUri);
            }
        }

        void AddAddress(string? text)
        {
            if (text is not null && IPAddress.TryParse(text, out var address))
            {
                var (list, value) = address.AddressFamily == AddressFamily.InterNetworkV6 ? (ipv6, address.ToString()) : (ipv4, address.ToString());
                if (!list.Contains(value, StringComparer.Ordinal))
                {
                    list.Add(value);
                }
            }
        }

        if (row.Kind != "domain")
        {
            AddUrl(row.Subject);
        }

        if (IPAddress.TryParse(row.Domain, out _))
        {
            AddAddress(row.Domain);
        }

        if (body is { Length: > 0 })
        {
            try
            {
                using var document = JsonDocument.Parse(body);
                if (document.RootElement.TryGetProperty("evidence", out var evidence) && evidence.ValueKind == JsonValueKind.Object)
                {
                    if (evidence.TryGetProperty("pages", out var pages) && pages.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var page in pages.EnumerateArray())
                        {
                            AddUrl(Text(page, "url"));
                            AddUrl(Text(page, "finalUrl"));
                        }
                    }

                    if (evidence.TryGetProperty("dns", out var dns) && dns.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var name in (string[])["a", "aaaa"])
                        {
                            if (dns.TryGetProperty(name, out var addresses) && addresses.ValueKind == JsonValueKind.Array)
                            {
                                foreach (var address in addresses.EnumerateArray())
                                {
                                    AddAddress(address.ValueKind == JsonValueKind.String ? address.GetString() : null);
                                }
                            }
                        }
                    }
                }
            }
            catch (JsonException)
            {
                // Filings are validated on the way in; a body that no longer parses still exports its case's row.
            }
        }

        return new ExportCase(row, urls, ipv4, ipv6);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private sealed class FilingBody
    {
        public byte[]? LatestFiling { get; set; }
    }
}
