namespace BrandWatch.Rules.Marks;

/// <summary>
/// One mark as the portfolio format writes it (samples/marks.json): the body the Api accepts and serves, and an entry
/// of the file the Worker reads. <see cref="MarkValidator"/> holds its rules; <see cref="MarkValidator.ToMark"/> turns a
/// valid one into the <see cref="Mark"/> that screening and scoring use.
/// </summary>
public sealed record MarkDocument
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Labels { get; init; } = [];
    public IReadOnlyList<string> OfficialDomains { get; init; } = [];
    public IReadOnlyList<int> NiceClasses { get; init; } = [];
    public IReadOnlyList<string> Jurisdictions { get; init; } = [];
    public DateOnly? RegisteredOn { get; init; }

    /// <summary>First use in trade, when earlier than the registration (an unregistered right, Overview 1.3).</summary>
    public DateOnly? FirstUsedOn { get; init; }
    public bool WellKnown { get; init; }
    public bool GenericWord { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>The owner (tenant). Brand managers may leave it out in the Api: their own owner is used.</summary>
    public string? Owner { get; init; }

    public IReadOnlyList<string> AuthorisedDomains { get; init; } = [];

    /// <summary>Reference logos: file names beside the portfolio file, or <c>data:image/…;base64,</c> URLs (the only form the Api stores).</summary>
    public IReadOnlyList<string> Logos { get; init; } = [];

    /// <summary>Reference favicons, in the same forms as <see cref="Logos"/>.</summary>
    public IReadOnlyList<string> Favicons { get; init; } = [];
}
