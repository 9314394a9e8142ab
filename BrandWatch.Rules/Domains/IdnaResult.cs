namespace BrandWatch.Rules.Domains;

/// <summary>The converted name and the first error, if any (UTS #46 returns the string even when it records an error).</summary>
public readonly record struct IdnaResult(string Value, IdnaError? Error)
{
    public bool Success => Error is null;
}
