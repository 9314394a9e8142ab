using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;

namespace BrandWatch.Worker.Feeds;

/// <summary>
/// One line of a feed with the cursor position that is reached once it has been handled. <see cref="Url"/> is the
/// absolute http(s) URL the line was reduced from (submissions), whose page is fetched and analysed as well.
/// <see cref="Found"/> and <see cref="Certificate"/>, when set, are filed as the case's source and certificate evidence.
/// </summary>
internal readonly record struct FeedItem(
    string Source, FeedLine Line, string Position, string? Url = null, CaseSource? Found = null, CertificateEvidence? Certificate = null);
