using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Tests.Evidence;

public sealed class EvidenceDiffTests
{
    private static CaseEvidence Look(DnsOutcome outcome, string[] a, string? registrant, string? template, string? certificate) => new()
    {
        Dns = new DnsEvidence { Domain = "x.test", Outcome = outcome, A = a },
        Registration = new RegistrationEvidence { Domain = "x.test", Source = "rdap", RegistrantOrganisation = registrant },
        Pages = template is null ? [] : [new PageEvidence { Url = "https://x.test/", Template = template }],
        Certificate = certificate is null ? null : new CertificateEvidence
        {
            Log = "log", Index = 1, EntryType = "x509", LoggedAt = DateTimeOffset.UnixEpoch, Issuer = "CN=CA", Subject = "CN=x.test",
            NotBefore = DateTimeOffset.UnixEpoch, NotAfter = DateTimeOffset.UnixEpoch.AddDays(90), Sha256 = certificate,
        },
    };

    [Fact]
    public void Between_EveryKnownFieldThatMoved_IsAChangeWithBothValues()
    {
        var before = Look(DnsOutcome.Resolved, ["192.0.2.1"], "Acme", "t1", "aa");
        var after = Look(DnsOutcome.Resolved, ["192.0.2.2", "192.0.2.1"], "Other Ltd", "t2", "bb");

        var changes = EvidenceDiff.Between(before, after);

        Assert.Equal(
            [
                new EvidenceChange("dns.a", "192.0.2.1", "192.0.2.1, 192.0.2.2"),
                new EvidenceChange("registration.registrant", "Acme", "Other Ltd"),
                new EvidenceChange("page https://x.test/ fingerprint", "t1", "t2"),
                new EvidenceChange("certificate", "aa", "bb"),
            ], changes);
    }

    [Fact]
    public void Between_NameGone_IsAChangeOfAddressesToNone()
    {
        var changes = EvidenceDiff.Between(Look(DnsOutcome.Resolved, ["192.0.2.1"], null, null, null), Look(DnsOutcome.NxDomain, [], null, null, null));

        Assert.Equal([new EvidenceChange("dns.a", "192.0.2.1", "none")], changes);
    }

    [Theory]
    [InlineData(DnsOutcome.Timeout)]
    [InlineData(DnsOutcome.ServFail)]
    [InlineData(DnsOutcome.Disputed)]
    public void Between_UnansweredOrUnknownFields_AreNoChange(DnsOutcome outcome)
    {
        var before = Look(DnsOutcome.Resolved, ["192.0.2.1"], "Acme", "t1", "aa");
        var after = Look(outcome, [], null, null, null); // no registrant, no page, no certificate this time

        Assert.Empty(EvidenceDiff.Between(before, after));
    }
}
