namespace BrandWatch.Api.Facts;

/// <summary>How an audit note of a re-scored case names the criteria that changed: "fired …" and "stopped …".</summary>
internal static class CriteriaChange
{
    public static void AppendTo(List<string> parts, IReadOnlyCollection<string> fired, IReadOnlyCollection<string> stopped)
    {
        if (fired.Count > 0)
        {
            parts.Add("fired " + string.Join(", ", fired));
        }

        if (stopped.Count > 0)
        {
            parts.Add("stopped " + string.Join(", ", stopped));
        }
    }
}
