namespace BrandWatch.Rules.Domains;

/// <summary>A code point's status in the UTS #46 IDNA Mapping Table.</summary>
public enum IdnaStatus : byte
{
    Valid,
    Ignored,
    Mapped,
    Deviation,
    Disallowed,
}
