using System.ComponentModel.DataAnnotations;

namespace BrandWatch.Worker.Feeds;

/// <summary>The configured feeds (section <c>Feeds</c>, an array).</summary>
internal sealed class FeedsOptions : IValidatableObject
{
    public const string Section = "Feeds";

    public List<FeedOptions> Items { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var duplicate in Items.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return new ValidationResult($"Feeds: the name '{duplicate.Key}' is used twice", [nameof(Items)]);
        }

        foreach (var feed in Items)
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(feed, new ValidationContext(feed), results, validateAllProperties: true);
            foreach (var result in results)
            {
                yield return new ValidationResult($"Feeds:{feed.Name}: {result.ErrorMessage}", result.MemberNames);
            }
        }
    }
}
