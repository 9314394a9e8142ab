namespace BrandWatch.Rules.Screening;

/// <summary>One (domain, mark) match found by screening, explaining itself.</summary>
public sealed record DomainMatch
{
    /// <summary>The domain as read from the feed.</summary>
    public required string Domain { get; init; }

    /// <summary>The domain in Unicode form (IDNA ToUnicode).</summary>
    public required string Unicode { get; init; }

    /// <summary>The matched mark's id.</summary>
    public required string Mark { get; init; }

    public required MatchKind Kind { get; init; }

    /// <summary>The label form of the mark that was matched (paypal, jingdong …).</summary>
    public required string LabelForm { get; init; }

    /// <summary>Similarity in [0, 1]; 1 is identical.</summary>
    public required double Similarity { get; init; }

    /// <summary>A sentence a reviewer can read: "replaced 'l' with 'I' at position 6".</summary>
    public required string Explanation { get; init; }

    /// <summary>For combosquats, the words added to the mark.</summary>
    public IReadOnlyList<string> AddedWords { get; init; } = [];

    /// <summary>True when the mark sits inside an ordinary dictionary word (pineapple): weak evidence.</summary>
    public bool InsideDictionaryWord { get; init; }
}
