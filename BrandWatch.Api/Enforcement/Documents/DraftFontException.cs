namespace BrandWatch.Api.Enforcement.Documents;

/// <summary>A PDF draft cannot be written: no font was found, or none of those found covers some of its characters.</summary>
public sealed class DraftFontException(string message) : Exception(message);
