namespace BrandWatch.Rules.Pages.Visual;

/// <summary>One image of a page as fetched and decoded by the host: where it was, what it is to the page, its fingerprint.</summary>
public sealed record PageImage(Uri Url, PageImageRole Role, ImageFingerprint Fingerprint);
