using BrandWatch.Api.Cases;

namespace BrandWatch.Api.Exports;

/// <summary>A case as the exports describe it: its row and the observables of its latest filing.</summary>
internal sealed record ExportCase(CaseRow Row, IReadOnlyList<string> Urls, IReadOnlyList<string> Ipv4, IReadOnlyList<string> Ipv6)
{
    /// <summary>At most this many URLs per case: a page that redirected through dozens of hops is still one case.</summary>
    public const int MaxUrls = 20;

    /// <summary>A case a reviewer confirmed or acted on: its domain and URLs are fit for blocking (MISP's to_ids, TheHive's ioc).</summary>
    public bool Confirmed => Row.Status is CaseStatus.Confirmed or CaseStatus.Actioned;
}
