namespace BrandWatch.Rules.Marks;

/// <summary>The outcome of validating a mark: the normalised document when it is valid, otherwise every problem found.</summary>
public sealed record MarkValidation(MarkDocument? Mark, IReadOnlyList<MarkProblem> Problems)
{
    public bool IsValid => Mark is not null;
}
