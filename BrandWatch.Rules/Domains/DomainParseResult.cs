namespace BrandWatch.Rules.Domains;

/// <summary>Either a parsed domain or the reason the input is not one.</summary>
public readonly record struct DomainParseResult(DomainName? Domain, string? Error)
{
    public bool Success => Domain is not null;

    public static DomainParseResult Fail(string error) => new(null, error);
}
