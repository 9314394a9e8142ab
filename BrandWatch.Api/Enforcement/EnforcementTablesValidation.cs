using Microsoft.Extensions.Options;

namespace BrandWatch.Api.Enforcement;

/// <summary>Stops start-up when a configured enforcement table exists but is not one, naming the file and the reason.</summary>
internal sealed class EnforcementTablesValidation : IValidateOptions<EnforcementOptions>
{
    public ValidateOptionsResult Validate(string? name, EnforcementOptions options)
    {
        var failures = new List<string>();
        Check<CertificateAuthorityTable>(options.CertificateAuthoritiesFile, PartyDirectory.CheckAuthorities, failures);
        Check<DisputePolicyTable>(options.DisputePoliciesFile, PartyDirectory.CheckDisputes, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check<T>(string? file, Func<T, string?> check, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(file) || !File.Exists(file))
        {
            return;
        }

        try
        {
            PartyDirectory.Parse(File.ReadAllText(file), check);
        }
        catch (FormatException ex)
        {
            failures.Add($"Enforcement: {file} is not a usable table: {ex.Message}");
        }
    }
}
