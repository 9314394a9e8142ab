namespace BrandWatch.Rules.Pages.Detectors;

/// <summary>
/// Every page detector, in the order they run. Order matters only where a detector defers to an earlier one:
/// impersonation without a form after the credential form, the official-site claim after both and the unauthorised shop, the unauthorised shop after the landers and the reseller
/// disclosure. Tests enumerate this table: each detector has a page that fires it and a lawful near-miss.
/// </summary>
internal static class PageDetectors
{
    public static IReadOnlyList<IPageDetector> All { get; } =
    [
        new BrandLogoDetector(),
        new MetadataBurialDetector(),
        new HiddenTextDetector(),
        new DeepLinkDetector(),
        new FramingDetector(),
        new CredentialFormDetector(),
        new ImpersonationWithoutFormDetector(),
        new DomainForSaleDetector(),
        new ParkingDetector(),
        new RedirectDetector(),
        new AffiliationNoticeDetector(),
        new ResellerDetector(),
        new ReviewDetector(),
        new CriticismDetector(),
        new AdvertisedFanPageDetector(),
        new UnauthorisedShopDetector(),
        new OfficialClaimDetector(),
        new TarnishDetector(),
        new DriveByDownloadDetector(),
        new PlaceholderPageDetector(),
    ];
}
