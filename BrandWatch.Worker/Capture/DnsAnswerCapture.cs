using System.Globalization;
using System.Net.Sockets;
using System.Text;
using BrandWatch.Worker.Dns;
using DnsClient;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Capture;

/// <summary>
/// Asks the "Dns" name servers, without any cache, for the records of a page's host at capture time and writes them
/// as zone-file lines under comments naming the resolver that answered, the time and each query's response code, so
/// the file shows both what resolved and what did not (NXDOMAIN, SERVFAIL, a timeout).
/// </summary>
internal sealed class DnsAnswerCapture
{
    public const string MediaType = "text/dns; charset=utf-8";

    private static readonly QueryType[] Types = [QueryType.A, QueryType.AAAA, QueryType.CNAME, QueryType.NS, QueryType.MX, QueryType.TXT, QueryType.CAA];

    private readonly LookupClient _client;
    private readonly TimeProvider _time;

    public DnsAnswerCapture(IOptions<DnsInspectorOptions> options, TimeProvider time)
    {
        var clientOptions = DnsInspector.ClientOptions(options.Value);
        clientOptions.UseCache = false; // evidence of the moment, not of an earlier answer
        _client = new LookupClient(clientOptions);
        _time = time;
    }

    public async Task<byte[]> CaptureAsync(string host, string software, CancellationToken cancellationToken)
    {
        var at = _time.GetUtcNow();
        var answers = await Task.WhenAll(Types.Select(type => QueryAsync(host, type, cancellationToken)));
        var text = new StringBuilder()
            .Append("; DNS answers for ").Append(host).Append('\n')
            .Append("; captured ").Append(at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture))
            .Append(" by ").Append(software).Append(" (DnsClient, no cache)\n")
            .Append("; resolvers asked: ").Append(string.Join(", ", _client.NameServers.Select(s => s.ToString()))).Append('\n');
        foreach (var answer in answers)
        {
            text.Append('\n').Append("; ").Append(answer.Type).Append(' ').Append(host).Append(": ").Append(answer.Outcome);
            if (answer.Server is not null)
            {
                text.Append(" from ").Append(answer.Server);
            }

            text.Append('\n');
            foreach (var line in answer.Records)
            {
                text.Append(line.ReplaceLineEndings(" ")).Append('\n');
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private async Task<(QueryType Type, string Outcome, string? Server, IReadOnlyList<string> Records)> QueryAsync(string host, QueryType type, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _client.QueryAsync(host, type, QueryClass.IN, cancellationToken);
            var code = response.Header.ResponseCode switch
            {
                // The mnemonics of RFC 1035 and RFC 6895, as dig prints them.
                DnsHeaderResponseCode.NoError => "NOERROR",
                DnsHeaderResponseCode.FormatError => "FORMERR",
                DnsHeaderResponseCode.ServerFailure => "SERVFAIL",
                DnsHeaderResponseCode.NotExistentDomain => "NXDOMAIN",
                DnsHeaderResponseCode.NotImplemented => "NOTIMP",
                DnsHeaderResponseCode.Refused => "REFUSED",
                var other => other.ToString().ToUpperInvariant(),
            };
            var outcome = response.HasError ? code : $"{code}, {response.Answers.Count.ToString(CultureInfo.InvariantCulture)} answer(s)";
            return (type, outcome, response.NameServer?.ToString(), response.Answers.Select(r => r.ToString()).ToList());
        }
        catch (Exception ex) when (ex is DnsResponseException or SocketException or IOException or TimeoutException
                                       || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return (type, "no answer: " + ex.Message, null, []);
        }
    }
}
