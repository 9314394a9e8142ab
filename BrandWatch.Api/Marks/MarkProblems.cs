using BrandWatch.Rules.Marks;

namespace BrandWatch.Api.Marks;

/// <summary>Checks a mark with the portfolio rules of <see cref="MarkValidator"/> and words its problems as the validation problem's field errors.</summary>
internal static class MarkProblems
{
    public static (MarkDocument? Mark, Dictionary<string, string[]> Errors) Validate(MarkDocument input, string prefix, TimeProvider time)
    {
        var result = MarkValidator.Validate(input, prefix, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), dataUrlsOnly: true);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var problem in result.Problems)
        {
            errors.TryAdd(problem.Path, [problem.Message]);
        }

        return (result.Mark, errors);
    }
}
