using System.ComponentModel.DataAnnotations;
using System.Net;

namespace BrandWatch.Worker.Pipeline;

/// <summary>The resolvers the Worker asks (section <c>Dns</c>); empty uses the system's.</summary>
internal sealed class DnsOptions : IValidatableObject
{
    public const string Section = "Dns";

    /// <summary>Resolvers as <c>address:port</c>, e.g. <c>127.0.0.1:5353</c>.</summary>
    public List<string> Servers { get; set; } = [];

    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);

    public IReadOnlyList<IPEndPoint> EndPoints() => Servers.Select(s => IPEndPoint.Parse(s.Contains(':', StringComparison.Ordinal) ? s : s + ":53")).ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var server in Servers)
        {
            if (!IPEndPoint.TryParse(server, out _))
            {
                yield return new ValidationResult($"Dns:Servers: '{server}' is not address:port", [nameof(Servers)]);
            }
        }
    }
}
