namespace BrandWatch.Rules.Marks;

/// <summary>A registered trademark as the portfolio file describes it, with its label forms already derived.</summary>
public sealed record Mark
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>Every ASCII/Unicode label form the mark is screened under: derived from the name plus the listed ones.</summary>
    public required IReadOnlyList<string> Labels { get; init; }

    public IReadOnlyList<string> OfficialDomains { get; init; } = [];
    public IReadOnlyList<int> NiceClasses { get; init; } = [];
    public IReadOnlyList<string> Jurisdictions { get; init; } = [];
    public DateOnly? RegisteredOn { get; init; }

    /// <summary>
    /// The day the owner first used the mark in trade, when that is earlier than its registration: an unregistered
    /// (common-law) right counts as a right (Overview 1.3), and a name registered after it was not registered before
    /// the complainant had rights (3.8.1).
    /// </summary>
    public DateOnly? FirstUsedOn { get; init; }

    /// <summary>The earlier of <see cref="RegisteredOn"/> and <see cref="FirstUsedOn"/>: the mark's earliest right, or null when neither is known.</summary>
    public DateOnly? EarliestRight => (RegisteredOn, FirstUsedOn) switch
    {
        ({ } registered, { } used) => used < registered ? used : registered,
        ({ } registered, null) => registered,
        (null, var used) => used,
    };
    public bool WellKnown { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public string? Owner { get; init; }

    /// <summary>True when the mark is an ordinary dictionary word ("apple", "shell"): embedded matches are weak evidence.</summary>
    public bool GenericWord { get; init; }

    /// <summary>Domains authorised to use the mark (resellers, licensees): never flagged, scored as licensed.</summary>
    public IReadOnlyList<string> AuthorisedDomains { get; init; } = [];

    /// <summary>
    /// The owner's logos: image files (relative to the portfolio file) or <c>data:image/…;base64,</c> URLs. The Worker
    /// decodes them into perceptual hashes that page images are compared with.
    /// </summary>
    public IReadOnlyList<string> Logos { get; init; } = [];

    /// <summary>The owner's favicons, in the same forms as <see cref="Logos"/>; also compared byte for byte.</summary>
    public IReadOnlyList<string> Favicons { get; init; } = [];
}
