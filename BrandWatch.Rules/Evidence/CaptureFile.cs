namespace BrandWatch.Rules.Evidence;

/// <summary>
/// A file captured with a page (WARC, certificate chain, DNS answers, screenshot), named by the SHA-256 of its bytes.
/// The filing carries this reference; the bytes are uploaded to the Api's evidence file store before the filing.
/// </summary>
public sealed record CaptureFile
{
    public required CaptureKind Kind { get; init; }

    /// <summary>SHA-256 of the file, lower-case hex: its name in the Api's store.</summary>
    public required string Sha256 { get; init; }

    public required long Bytes { get; init; }

    public required string MediaType { get; init; }

    public required DateTimeOffset CapturedAt { get; init; }

    /// <summary>The program that made the file and its version ("BrandWatch.Worker 1.0 SafePageFetcher", "Chromium 120 via Playwright").</summary>
    public required string Tool { get; init; }
}
