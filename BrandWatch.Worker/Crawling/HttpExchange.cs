namespace BrandWatch.Worker.Crawling;

/// <summary>
/// One request and the head of its answer, as the fetcher sent and received them: what a WARC request and response
/// record are written from. Header lines keep the order and repetition the server used.
/// </summary>
public sealed record HttpExchange
{
    public required string Url { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>The request line's target and the headers sent, <c>Host</c> first.</summary>
    public required string RequestTarget { get; init; }

    public required IReadOnlyList<KeyValuePair<string, string>> RequestHeaders { get; init; }

    /// <summary>"1.1", "2.0" …</summary>
    public required string HttpVersion { get; init; }

    public required int Status { get; init; }

    public string? Reason { get; init; }

    public required IReadOnlyList<KeyValuePair<string, string>> ResponseHeaders { get; init; }

    /// <summary>The address the connection was made to; null when the connection was reused or not seen.</summary>
    public string? RemoteAddress { get; init; }
}
