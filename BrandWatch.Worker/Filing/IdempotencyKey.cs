using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BrandWatch.Rules.Cases;

namespace BrandWatch.Worker.Filing;

/// <summary>
/// The <c>Idempotency-Key</c> of a filing: SHA-256 over (mark, subject, kind, hash of the evidence JSON). The same case
/// with the same evidence (observation times aside) always gets the same key, so a retry after a crash never files twice; new evidence on a
/// re-check gets a new key.
/// </summary>
internal static class IdempotencyKey
{
    /// <summary>Hash of the evidence without its observation times, so a re-check that saw the same things gets the same key.</summary>
    public static string EvidenceHash(CaseFiling filing)
    {
        var evidence = filing.Evidence with
        {
            Dns = filing.Evidence.Dns is { } dns ? dns with { ObservedAt = default } : null,
            Pages = filing.Evidence.Pages.Select(p => p with { FetchedAt = null }).ToList(),
        };
        return Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(evidence, ContractJson.Options)));
    }

    public static string For(CaseFiling filing)
    {
        var kind = JsonSerializer.Serialize(filing.Kind, ContractJson.Options).Trim('"');
        var text = $"{filing.Mark}\n{filing.Subject}\n{kind}\n{EvidenceHash(filing)}";
        return "bw1-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
