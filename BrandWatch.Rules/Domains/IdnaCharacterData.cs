namespace BrandWatch.Rules.Domains;

/// <summary>
/// The character properties the UTS #46 validity criteria need beyond the mapping table: Bidi_Class (RFC 5893),
/// Joining_Type and Canonical_Combining_Class=Virama (RFC 5892 CONTEXTJ). .NET exposes none of them publicly, so they
/// come from the UCD files in <c>data/ucd/</c> (Debian's unicode-data package; see data/PROVENANCE.txt).
/// </summary>
internal sealed class IdnaCharacterData
{
    private static readonly Lazy<IdnaCharacterData> Shipped = new(() => new IdnaCharacterData(
        UcdRangeTable.Parse(EmbeddedText.Read("ucd.DerivedBidiClass.txt"), missingAlias: BidiAlias),
        UcdRangeTable.Parse(EmbeddedText.Read("ucd.DerivedJoiningType.txt")),
        UcdRangeTable.Parse(EmbeddedText.Read("ucd.DerivedCombiningClass.txt"), keep: value => value == "9")));

    private readonly UcdRangeTable bidi;
    private readonly UcdRangeTable joining;
    private readonly UcdRangeTable virama;

    // Which BMP code points are right-to-left (R, AL) or Arabic digits (AN): the test that makes a name a bidi name.
    private readonly ulong[] bmpRtl = new ulong[0x10000 / 64];

    private IdnaCharacterData(UcdRangeTable bidi, UcdRangeTable joining, UcdRangeTable virama)
    {
        this.bidi = bidi;
        this.joining = joining;
        this.virama = virama;
        for (var cp = 0x0590; cp < 0x10000; cp++)
        {
            if (bidi.Lookup(cp) is "R" or "AL" or "AN")
            {
                bmpRtl[cp >> 6] |= 1UL << (cp & 63);
            }
        }
    }

    /// <summary>Whether the Bidi_Class is R, AL or AN.</summary>
    public bool IsRtl(int codePoint) => codePoint < 0x10000
        ? (bmpRtl[codePoint >> 6] & (1UL << (codePoint & 63))) != 0
        : BidiClass(codePoint) is "R" or "AL" or "AN";

    public static IdnaCharacterData Default => Shipped.Value;

    /// <summary>The short Bidi_Class value (<c>L</c>, <c>R</c>, <c>AL</c>, <c>EN</c>, <c>NSM</c>…).</summary>
    public string BidiClass(int codePoint) => bidi.Lookup(codePoint) ?? "L";

    /// <summary>The Joining_Type value (<c>U</c>, <c>C</c>, <c>D</c>, <c>L</c>, <c>R</c>, <c>T</c>).</summary>
    public string JoiningType(int codePoint) => joining.Lookup(codePoint) ?? "U";

    public bool IsVirama(int codePoint) => virama.Lookup(codePoint) is not null;

    // DerivedBidiClass.txt names its @missing defaults by long alias; the data lines use the short ones.
    private static string BidiAlias(string longName) => longName switch
    {
        "Left_To_Right" => "L",
        "Right_To_Left" => "R",
        "Arabic_Letter" => "AL",
        "European_Terminator" => "ET",
        "Boundary_Neutral" => "BN",
        "Arabic_Number" => "AN",
        "European_Number" => "EN",
        "Nonspacing_Mark" => "NSM",
        "Other_Neutral" => "ON",
        _ => longName,
    };
}
