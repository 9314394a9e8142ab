namespace BrandWatch.Worker.Registration;

/// <summary>The outcome of a bootstrap refresh: whether a new file went into service, and the registry now in use.</summary>
public sealed record BootstrapRefresh(bool Replaced, int Tlds, string? Publication, string? Reason);
