namespace BrandWatch.Rules.Registration;

/// <summary>Recognises privacy and proxy services and redaction placeholders in registrant fields.</summary>
public sealed class PrivacyServiceDetector(IEnumerable<string> names)
{
    private readonly string[] _names = names.Select(n => n.Trim()).Where(n => n.Length > 0).ToArray();

    /// <summary>The first field that names a privacy service, as the registry wrote it; null when none does.</summary>
    public string? Detect(params string?[] fields)
    {
        foreach (var field in fields)
        {
            if (string.IsNullOrWhiteSpace(field))
            {
                continue;
            }

            foreach (var name in _names)
            {
                if (field.Contains(name, StringComparison.OrdinalIgnoreCase))
                {
                    return field.Trim();
                }
            }
        }

        return null;
    }

    public static bool LooksRedacted(string? value) =>
        value is not null
        && (value.Contains("redacted", StringComparison.OrdinalIgnoreCase)
            || value.Contains("withheld", StringComparison.OrdinalIgnoreCase)
            || value.Contains("not disclosed", StringComparison.OrdinalIgnoreCase)
            || value.Contains("data protected", StringComparison.OrdinalIgnoreCase));
}
