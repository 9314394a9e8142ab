namespace BrandWatch.Api.Evidence;

/// <summary>The evidence signing key file exists but cannot be used (unreadable, not PEM, not P-256).</summary>
public sealed class SigningKeyException(string message, Exception? inner = null) : Exception(message, inner);
