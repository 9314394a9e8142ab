namespace BrandWatch.Api.Enforcement;

/// <summary>The drafts the Api writes for a case; each is a Liquid template named <c>{kind}.md.liquid</c>.</summary>
public static class DraftKinds
{
    public const string CeaseAndDesist = "cease-and-desist";
    public const string AbuseRegistrar = "abuse-registrar";
    public const string AbuseHost = "abuse-host";
    public const string UdrpComplaint = "udrp-complaint";

    /// <summary>The complaint under China's CN domain dispute policy (CNDRP) for <c>.cn</c> and <c>.中国</c> names.</summary>
    public const string CndrpComplaint = "cndrp-complaint";

    public static IReadOnlyList<string> All { get; } = [CeaseAndDesist, AbuseRegistrar, AbuseHost, UdrpComplaint, CndrpComplaint];

    public static bool IsKnown(string kind) => All.Contains(kind, StringComparer.Ordinal);

    public static string FileName(string kind) => kind + ".md.liquid";
}
