namespace BrandWatch.Worker.Cli;

/// <summary>The <c>--set Section:Key=Value</c> options shared by the verbs that start the pipeline.</summary>
internal static class SettingOverrides
{
    /// <summary>Adds every override to <paramref name="settings"/>; returns the error line for the first malformed one, or null.</summary>
    public static string? AddTo(IDictionary<string, string?> settings, IEnumerable<string> overrides)
    {
        foreach (var item in overrides)
        {
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return $"error: --set {item}: expected Section:Key=Value";
            }

            settings[item[..equals]] = item[(equals + 1)..];
        }

        return null;
    }
}
