namespace BrandWatch.Rules.Marks;

/// <summary>One rule a mark breaks: the JSON path of the value (<c>officialDomains[0]</c>, <c>marks[2].id</c>) and why.</summary>
public sealed record MarkProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
