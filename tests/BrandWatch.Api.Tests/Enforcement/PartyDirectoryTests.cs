using BrandWatch.Api.Enforcement;
using BrandWatch.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BrandWatch.Api.Tests.Enforcement;

/// <summary>The shipped tables of certificate authorities and dispute policies, and the files that replace them.</summary>
public sealed class PartyDirectoryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ShippedTables_CiteASourceForEveryEntry()
    {
        var directory = Directory(new EnforcementOptions());

        Assert.NotEmpty(directory.CertificateAuthorities.Authorities);
        Assert.All(directory.CertificateAuthorities.Authorities, a => Assert.False(string.IsNullOrWhiteSpace(a.Source), a.Name));
        Assert.All(directory.CertificateAuthorities.Authorities, a => Assert.True(a.Email is not null || a.Url is not null, a.Name));
        Assert.All(directory.DisputePolicies.CountryCode, c => Assert.False(string.IsNullOrWhiteSpace(c.Source), c.Registry));
        Assert.All(directory.DisputePolicies.CountryCode, c => Assert.True(c.Policy is not null || c.Note is not null, c.Registry));
        Assert.Equal(6, directory.DisputePolicies.Generic.Providers.Count);
    }

    [Fact]
    public void ConfiguredFile_ReplacesTheShippedTable_AndIsReadAgainWhenItChanges()
    {
        var file = _folder.File("cas.json");
        Write(file, "Example CA", "reports@ca.example", DateTime.UtcNow.AddMinutes(-2));
        var directory = Directory(new EnforcementOptions { CertificateAuthoritiesFile = file });

        Assert.Equal("reports@ca.example", directory.CertificateAuthorities.Find("CN=Issuing 1, O=Example CA")?.Email);
        Assert.Null(directory.CertificateAuthorities.Find("CN=R11, O=Let's Encrypt, C=US"));

        Write(file, "Example CA", "new-reports@ca.example", DateTime.UtcNow);

        Assert.Equal("new-reports@ca.example", directory.CertificateAuthorities.Find("CN=Issuing 1, O=Example CA")?.Email);
    }

    [Fact]
    public void ConfiguredFileBrokenLater_KeepsTheTableInUse()
    {
        var file = _folder.File("cas.json");
        Write(file, "Example CA", "reports@ca.example", DateTime.UtcNow.AddMinutes(-2));
        var directory = Directory(new EnforcementOptions { CertificateAuthoritiesFile = file });
        Assert.NotNull(directory.CertificateAuthorities.Find("O=Example CA"));

        File.WriteAllText(file, "{\"authorities\": [");

        Assert.Equal("reports@ca.example", directory.CertificateAuthorities.Find("O=Example CA")?.Email);
    }

    [Theory]
    [InlineData("{\"authorities\": [", "cas.json is not a usable table")]
    [InlineData("{\"description\": \"x\"}", "no \"authorities\" array")]
    [InlineData("{\"authorities\": [{\"name\": \"Loose CA\", \"issuerMatches\": [], \"source\": \"x\"}]}", "'Loose CA' has no issuerMatches")]
    public void StartUpCheck_ConfiguredFileThatIsNoTable_FailsNamingTheFileAndTheReason(string json, string reason)
    {
        var file = _folder.File("cas.json");
        File.WriteAllText(file, json);

        var result = new EnforcementTablesValidation().Validate(null, new EnforcementOptions { CertificateAuthoritiesFile = file });

        Assert.True(result.Failed);
        Assert.Contains(reason, result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains(file, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void StartUpCheck_ConfiguredFileNotYetWritten_PassesAndTheShippedTableServes()
    {
        var options = new EnforcementOptions { CertificateAuthoritiesFile = _folder.File("not-yet.json") };

        Assert.True(new EnforcementTablesValidation().Validate(null, options).Succeeded);
        Assert.Equal("cert-prob-reports@letsencrypt.org", Directory(options).CertificateAuthorities.Find("CN=R11, O=Let's Encrypt, C=US")?.Email);
    }

    private static PartyDirectory Directory(EnforcementOptions options) => new(Options.Create(options), NullLogger<PartyDirectory>.Instance);

    private static void Write(string file, string organisation, string email, DateTime written)
    {
        File.WriteAllText(file, $$"""
            {"authorities": [{"name": "{{organisation}}", "issuerMatches": ["O={{organisation}}"], "email": "{{email}}", "url": null, "source": "test"}]}
            """);
        File.SetLastWriteTimeUtc(file, written);
    }
}
