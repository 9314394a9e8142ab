namespace BrandWatch.Rules.Evidence;

/// <summary>Criterion ids from the legal model (docs/legal-model.md): the vocabulary shared by findings, rules and verdicts.</summary>
public static class Criteria
{
    // Act
    public const string A1 = "A1"; // identical label
    public const string A2 = "A2"; // typo
    public const string A3 = "A3"; // IDN homograph
    public const string A4 = "A4"; // combosquat
    public const string A5 = "A5"; // translation / transliteration
    public const string A6 = "A6"; // across the dot
    public const string A7 = "A7"; // mark in a subdomain
    public const string A8 = "A8"; // mark-anchored deep link
    public const string A9 = "A9"; // framing
    public const string A10 = "A10"; // mark in metadata
    public const string A11 = "A11"; // hidden text, keyword stuffing
    public const string A12 = "A12"; // owner's logo or trade dress as own branding
    public const string A13 = "A13"; // the complainant's own former name (lapsed or taken), one letter from the mark or holding its distinctive word

    // Use
    public const string U1 = "U1"; // phishing / impersonation
    public const string U2 = "U2"; // mail capability
    public const string U3 = "U3"; // PPC parking
    public const string U4 = "U4"; // counterfeit / unauthorised shop
    public const string U5 = "U5"; // redirect to the owner's site
    public const string U6 = "U6"; // for sale
    public const string U7 = "U7"; // passive holding
    public const string U8 = "U8"; // malware or drive-by download
    public const string U9 = "U9"; // passing off: the owner's branding on a page under a confusingly similar name
    public const string U10 = "U10"; // tarnishment: adult or gambling content under a confusingly similar name
    public const string U11 = "U11"; // advertising on a fan or news page about the mark under a confusingly similar name
    public const string U12 = "U12"; // the mark's own name leading to a page about the mark: impersonation by the bare name
    public const string U13 = "U13"; // a name pointing at the mark redirected to a site that is not the owner's: the mark's traffic diverted

    // Damage
    public const string D1 = "D1"; public const string D2 = "D2"; public const string D3 = "D3"; public const string D4 = "D4";
    public const string D5 = "D5"; public const string D6 = "D6"; public const string D7 = "D7";

    // Causation
    public const string C1 = "C1"; public const string C2 = "C2"; public const string C3 = "C3"; public const string C4 = "C4";

    // Fault
    public const string F1 = "F1"; public const string F2 = "F2"; public const string F3 = "F3"; public const string F4 = "F4"; public const string F5 = "F5";
    public const string F6 = "F6"; public const string F7 = "F7"; public const string F8 = "F8"; public const string F9 = "F9";
    public const string F11 = "F11"; // the name taken from the complainant without its consent (a hijacked account, a fraudulent transfer)
    public const string F12 = "F12"; // another's protected name itself, under a ccTLD whose law asks no bad faith (.fi, .ch, .de)
    public const string F13 = "F13"; // the name moved to another holder or registrar once the registrant had notice of the dispute (cyberflight)
    public const string F10 = "F10"; // the name's make-up points at the owner: a misspelling of a coined mark, or the mark with a word of its trade, a place or a lure (3.2.1)

    // Gates and defences
    public const string G0 = "G0"; public const string G1 = "G1";
    public const string X1 = "X1"; public const string X2 = "X2"; public const string X3 = "X3"; public const string X4 = "X4"; public const string X5 = "X5";
    public const string X6 = "X6"; public const string X7 = "X7"; public const string X8 = "X8"; public const string X9 = "X9"; public const string X10 = "X10";
}
