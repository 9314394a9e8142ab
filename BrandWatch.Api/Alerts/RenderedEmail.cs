namespace BrandWatch.Api.Alerts;

/// <summary>An alert or digest as an e-mail: subject, plain-text part and HTML part.</summary>
public sealed record RenderedEmail(string Subject, string Text, string Html);
