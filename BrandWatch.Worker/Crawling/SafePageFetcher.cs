using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using BrandWatch.Net;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Crawling;

/// <summary>
/// Fetches pages of hostile sites: the SSRF guard runs in the connect step (after name resolution through the
/// <see cref="IHostAddressResolver"/>, on every address, for every hop), redirects are
/// followed by hand and recorded, the body is capped after decompression, cookies are neither kept nor sent, and the
/// TLS certificate is recorded without being required to validate. Each fetch gets its own handler, so no connection,
/// cookie or certificate leaks from one site to the next.
/// </summary>
public sealed partial class SafePageFetcher : IPageFetcher
{
    private const int SniffBytes = 1024;

    private readonly PageFetcherOptions _options;
    private readonly TimeProvider _time;
    private readonly IHostAddressResolver _resolver;
    private readonly ILogger<SafePageFetcher> _logger;
    private readonly GuardedConnect _connect;

    static SafePageFetcher() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public SafePageFetcher(IOptions<PageFetcherOptions> options, TimeProvider? time = null, ILogger<SafePageFetcher>? logger = null, IHostAddressResolver? resolver = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time ?? TimeProvider.System;
        _resolver = resolver ?? SystemHostAddressResolver.Instance;
        _logger = logger ?? NullLogger<SafePageFetcher>.Instance;
        var policy = new ConnectPolicy { AllowLoopback = _options.AllowLoopback, Ports = ConnectPolicy.WebPortsAnd(_options.ExtraPorts) };
        _connect = new GuardedConnect(policy, async (host, token) => await _resolver.ResolveAsync(host, token));
    }

    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        var fetchedAt = _time.GetUtcNow();
        var clock = Stopwatch.StartNew();
        var certificates = new ConcurrentDictionary<string, SeenCertificate>(StringComparer.OrdinalIgnoreCase);
        var remotes = new ConcurrentDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var chain = new List<RedirectHop>();
        var exchanges = new List<HttpExchange>();
        var current = url;

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.TotalTimeout);
        using var handler = CreateHandler(certificates, remotes);
        using var client = new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };

        FetchResult Failed(FetchError error, string detail, int? status = null) => new()
        {
            Url = url.OriginalString,
            FinalUrl = current.AbsoluteUri,
            Status = status,
            RedirectChain = chain,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(ReadOnlySpan<byte>.Empty)),
            FetchedAt = fetchedAt,
            Elapsed = clock.Elapsed,
            Error = error,
            ErrorDetail = detail,
            Certificate = CertificateFor(certificates, current)?.Details,
            CertificateChain = CertificateFor(certificates, current)?.Chain ?? [],
            Exchanges = exchanges,
        };

        try
        {
            for (var hop = 0; ; hop++)
            {
                if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
                {
                    return Failed(FetchError.UnsupportedScheme, $"{current.Scheme}: URLs are not fetched");
                }

                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.UserAgent.ParseAdd(_options.UserAgent);
                request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
                request.Headers.AcceptLanguage.ParseAdd(_options.AcceptLanguage);
                // Decoded here rather than by the handler, so the headers recorded are the ones the server sent.
                request.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br");

                var sentAt = _time.GetUtcNow();
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                var status = (int)response.StatusCode;
                exchanges.Add(Exchange(request, response, current, sentAt, remotes));
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    var target = location.IsAbsoluteUri ? location : new Uri(current, location);
                    chain.Add(new RedirectHop(current.AbsoluteUri, status, location.OriginalString));
                    if (hop >= _options.MaxRedirects)
                    {
                        return Failed(FetchError.TooManyRedirects, $"more than {_options.MaxRedirects} redirects", status);
                    }

                    current = target;
                    continue;
                }

                var (body, truncated) = await ReadCappedAsync(response.Content, response.Content.Headers.ContentEncoding, timeout.Token);
                var contentType = response.Content.Headers.ContentType;
                var result = new FetchResult
                {
                    Url = url.OriginalString,
                    FinalUrl = current.AbsoluteUri,
                    Status = status,
                    Headers = Headers(response),
                    RedirectChain = chain,
                    ContentType = contentType?.MediaType,
                    Body = body,
                    Text = Decode(body, contentType),
                    Sha256 = Convert.ToHexStringLower(SHA256.HashData(body)),
                    Truncated = truncated,
                    FetchedAt = fetchedAt,
                    Elapsed = clock.Elapsed,
                    Certificate = CertificateFor(certificates, current)?.Details,
                    CertificateChain = CertificateFor(certificates, current)?.Chain ?? [],
                    Exchanges = exchanges,
                };
                LogFetched(_logger, url.OriginalString, current.AbsoluteUri, status, body.Length, truncated);
                return result;
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Failed(FetchError.Timeout, $"no complete answer within {_options.TotalTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        }
        catch (HttpRequestException ex)
        {
            var (error, detail) = Classify(ex);
            LogFailed(_logger, url.OriginalString, current.AbsoluteUri, error, detail);
            return Failed(error, detail);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or UriFormatException or InvalidDataException && !ct.IsCancellationRequested)
        {
            // A body that breaks off mid-stream, a broken chunked encoding or gzip stream, a garbled Location header.
            LogFailed(_logger, url.OriginalString, current.AbsoluteUri, FetchError.ProtocolError, ex.Message);
            return Failed(FetchError.ProtocolError, ex.Message);
        }
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5359", Justification = "Evidence capture: the certificate is recorded, nothing is sent that needs the server's identity.")]
    private SocketsHttpHandler CreateHandler(ConcurrentDictionary<string, SeenCertificate> certificates, ConcurrentDictionary<string, string> remotes) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        UseProxy = false, // a proxy would connect on our behalf and bypass the address guard
        AutomaticDecompression = DecompressionMethods.None,
        ConnectTimeout = _options.ConnectTimeout,
        MaxResponseHeadersLength = 64,
        PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        ConnectCallback = async (context, token) =>
        {
            var socket = await _connect.ConnectSocketAsync(context.DnsEndPoint.Host, context.DnsEndPoint.Port, token);
            if (socket.RemoteEndPoint is IPEndPoint remote)
            {
                remotes[EndpointKey(context.DnsEndPoint.Host, context.DnsEndPoint.Port)] = (remote.Address.IsIPv4MappedToIPv6 ? remote.Address.MapToIPv4() : remote.Address).ToString();
            }

            return new NetworkStream(socket, ownsSocket: true);
        },
        SslOptions = new SslClientAuthenticationOptions
        {
            // Phishing sites often have invalid certificates; the page is evidence all the same. Nothing secret is sent.
            RemoteCertificateValidationCallback = (sender, certificate, chain, errors) =>
            {
                if (certificate is not null)
                {
                    var host = (sender as SslStream)?.TargetHostName ?? string.Empty;
                    certificates[host] = new SeenCertificate(Describe(certificate, errors), ChainOf(certificate, chain));
                }

                return true;
            },
        },
    };

    private async Task<(byte[] Body, bool Truncated)> ReadCappedAsync(HttpContent content, ICollection<string> encodings, CancellationToken ct)
    {
        // The cap counts decoded bytes, so it stops what a decompression bomb would expand to.
        await using var stream = Decoded(await content.ReadAsStreamAsync(ct), encodings);
        var cap = _options.MaxResponseBytes;
        var buffer = new byte[Math.Min(cap, 64 * 1024)];
        using var body = new MemoryStream();
        while (body.Length < cap)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, cap - body.Length)), ct);
            if (read == 0)
            {
                return (body.ToArray(), false);
            }

            body.Write(buffer, 0, read);
        }

        var probe = new byte[1];
        var more = await stream.ReadAsync(probe, ct);
        return (body.ToArray(), more > 0);
    }

    /// <summary>
    /// Undoes the content codings in the reverse of the order the server listed them. "deflate" is the zlib format
    /// (RFC 9110 §8.4.1.2); a coding not known here leaves the body as sent.
    /// </summary>
    private static Stream Decoded(Stream stream, ICollection<string> encodings)
    {
        foreach (var coding in encodings.Reverse())
        {
            stream = coding.Trim().ToLowerInvariant() switch
            {
                "gzip" or "x-gzip" => new GZipStream(stream, CompressionMode.Decompress),
                "deflate" => new ZLibStream(stream, CompressionMode.Decompress),
                "br" => new BrotliStream(stream, CompressionMode.Decompress),
                _ => stream,
            };
        }

        return stream;
    }

    private static HttpExchange Exchange(HttpRequestMessage request, HttpResponseMessage response, Uri url, DateTimeOffset at, ConcurrentDictionary<string, string> remotes)
    {
        var sent = new List<KeyValuePair<string, string>> { new("Host", url.IsDefaultPort ? url.IdnHost : $"{url.IdnHost}:{url.Port.ToString(CultureInfo.InvariantCulture)}") };
        foreach (var (name, values) in request.Headers.NonValidated)
        {
            sent.Add(new(name, string.Join(", ", values)));
        }

        var received = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in response.Headers.NonValidated.Concat(response.Content.Headers.NonValidated))
        {
            foreach (var value in values)
            {
                received.Add(new(name, value));
            }
        }

        return new HttpExchange
        {
            Url = url.AbsoluteUri,
            At = at,
            RequestTarget = url.PathAndQuery,
            RequestHeaders = sent,
            HttpVersion = response.Version.ToString(2),
            Status = (int)response.StatusCode,
            Reason = response.ReasonPhrase,
            ResponseHeaders = received,
            RemoteAddress = remotes.TryGetValue(EndpointKey(url.Host, url.Port), out var remote) || remotes.TryGetValue(EndpointKey(url.IdnHost, url.Port), out remote) ? remote : null,
        };
    }

    private static string EndpointKey(string host, int port) => host.Trim('[', ']') + ":" + port.ToString(CultureInfo.InvariantCulture);

    /// <summary>The leaf, then the rest of the chain: what the server sent, completed by the chain .NET built.</summary>
    private static List<byte[]> ChainOf(X509Certificate leaf, X509Chain? chain)
    {
        var der = new List<byte[]> { leaf.GetRawCertData() };
        var seen = new HashSet<string>(StringComparer.Ordinal) { Convert.ToHexString(SHA256.HashData(der[0])) };
        var others = chain is null ? [] : chain.ChainElements.Select(e => e.Certificate).Concat(chain.ChainPolicy.ExtraStore);
        foreach (var certificate in others)
        {
            if (seen.Add(Convert.ToHexString(SHA256.HashData(certificate.RawData))))
            {
                der.Add(certificate.RawData);
            }
        }

        return der;
    }

    private static Dictionary<string, string> Headers(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.NonValidated.Concat(response.Content.Headers.NonValidated))
        {
            var joined = string.Join(", ", values);
            headers[name] = headers.TryGetValue(name, out var existing) ? existing + ", " + joined : joined;
        }

        return headers;
    }

    private static string? Decode(byte[] body, MediaTypeHeaderValue? contentType)
    {
        var media = contentType?.MediaType?.ToLowerInvariant();
        var textual = media is null || media.StartsWith("text/", StringComparison.Ordinal) || media.Contains("html", StringComparison.Ordinal)
            || media.Contains("xml", StringComparison.Ordinal) || media.Contains("json", StringComparison.Ordinal) || media.Contains("javascript", StringComparison.Ordinal);
        if (!textual)
        {
            return null;
        }

        var encoding = EncodingByName(contentType?.CharSet) ?? FromBom(body) ?? FromMeta(body) ?? new UTF8Encoding(false);
        return encoding.GetString(body);
    }

    private static Encoding? FromBom(byte[] body) => body switch
    {
        [0xEF, 0xBB, 0xBF, ..] => new UTF8Encoding(false),
        [0xFF, 0xFE, ..] => Encoding.Unicode,
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
        _ => null,
    };

    private static Encoding? FromMeta(byte[] body)
    {
        // <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x"> in the first kilobyte.
        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, SniffBytes));
        var at = head.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var start = at + "charset=".Length;
        while (start < head.Length && head[start] is '"' or '\'' or ' ')
        {
            start++;
        }

        var end = start;
        while (end < head.Length && (char.IsAsciiLetterOrDigit(head[end]) || head[end] is '-' or '_' or ':' or '.'))
        {
            end++;
        }

        return EncodingByName(head[start..end]);
    }

    private static Encoding? EncodingByName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            var encoding = Encoding.GetEncoding(name.Trim().Trim('"'));
            return encoding.CodePage == Encoding.UTF8.CodePage ? new UTF8Encoding(false) : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static CertificateDetails Describe(X509Certificate certificate, SslPolicyErrors errors)
    {
        using var owned = certificate as X509Certificate2 is null ? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()) : null;
        var cert = (certificate as X509Certificate2) ?? owned!; // owned is set whenever the cast failed
        var names = new List<string>();
        foreach (var extension in cert.Extensions)
        {
            if (extension is X509SubjectAlternativeNameExtension san)
            {
                names.AddRange(san.EnumerateDnsNames());
                names.AddRange(san.EnumerateIPAddresses().Select(a => a.ToString()));
            }
        }

        return new CertificateDetails
        {
            Subject = cert.Subject,
            Issuer = cert.Issuer,
            NotBefore = new DateTimeOffset(cert.NotBefore.ToUniversalTime(), TimeSpan.Zero),
            NotAfter = new DateTimeOffset(cert.NotAfter.ToUniversalTime(), TimeSpan.Zero),
            SubjectAlternativeNames = names,
            SerialNumber = cert.SerialNumber,
            Sha256Fingerprint = Convert.ToHexStringLower(SHA256.HashData(cert.RawData)),
            ValidationErrors = errors.ToString(),
        };
    }

    private static SeenCertificate? CertificateFor(ConcurrentDictionary<string, SeenCertificate> certificates, Uri url)
    {
        if (url.Scheme != Uri.UriSchemeHttps)
        {
            return null;
        }

        return certificates.TryGetValue(url.IdnHost, out var exact) ? exact
            : certificates.TryGetValue(url.Host.Trim('[', ']'), out var literal) ? literal
            : certificates.Count == 1 ? certificates.Values.First()
            : null;
    }

    private static (FetchError Error, string Detail) Classify(HttpRequestException ex)
    {
        for (Exception? inner = ex; inner is not null; inner = inner.InnerException)
        {
            if (inner is ConnectRefusedException blocked)
            {
                return (FetchError.BlockedAddress, blocked.Message);
            }

            if (inner is AuthenticationException)
            {
                return (FetchError.TlsFailure, inner.Message);
            }

            // The handler wraps what the connect step throws, so a name that did not resolve arrives as a connection error.
            if (inner is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError })
            {
                return (FetchError.DnsFailure, inner.Message);
            }
        }

        return ex.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => (FetchError.DnsFailure, ex.Message),
            HttpRequestError.ConnectionError => (FetchError.ConnectFailed, ex.InnerException?.Message ?? ex.Message),
            HttpRequestError.SecureConnectionError => (FetchError.TlsFailure, ex.Message),
            _ when ex.InnerException is TimeoutException => (FetchError.Timeout, ex.Message),
            _ => (FetchError.ProtocolError, ex.Message),
        };
    }

    private sealed record SeenCertificate(CertificateDetails Details, IReadOnlyList<byte[]> Chain);

    [LoggerMessage(Level = LogLevel.Debug, Message = "fetched {Url} → {FinalUrl}: {Status}, {Bytes} bytes, truncated {Truncated}")]
    private static partial void LogFetched(ILogger logger, string url, string finalUrl, int status, int bytes, bool truncated);

    [LoggerMessage(Level = LogLevel.Information, Message = "fetch of {Url} failed at {CurrentUrl}: {Error} ({Detail})")]
    private static partial void LogFailed(ILogger logger, string url, string currentUrl, FetchError error, string detail);
}
