namespace BrandWatch.Rules.Domains;

/// <summary>The UTS #46 processing flags (section 4); <see cref="Registration"/> is what DomainName applies.</summary>
public readonly record struct IdnaOptions
{
    public IdnaOptions()
    {
    }

    /// <summary>All checks on, non-transitional: the settings of IdnaTestV2 and of IDNA2008 registries.</summary>
    public static IdnaOptions Registration { get; } = new();

    public bool CheckHyphens { get; init; } = true;

    public bool CheckBidi { get; init; } = true;

    public bool CheckJoiners { get; init; } = true;

    public bool UseStd3AsciiRules { get; init; } = true;

    public bool Transitional { get; init; }

    public bool VerifyDnsLength { get; init; } = true;
}
