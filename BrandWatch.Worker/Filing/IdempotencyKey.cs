using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BrandWatch.Rules.Cases;

namespace BrandWatch.Worker.Filing;

/// <summary>
/// The <c>Idempotency-Key</c> of a filing: SHA-256 over (mark, subject, kind, hash of the evidence JSON). The same case
/// with the same evidence always gets the same key, so a retry after a crash never files twice; new evidence on a
/// re-check gets a new key.
/// </summary>
internal static class IdempotencyKey
{
    public static string EvidenceHash(CaseFiling filing) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(filing.Evidence, ContractJson.Options)));

    public static string For(CaseFiling filing)
    {
        var kind = JsonSerializer.Serialize(filing.Kind, ContractJson.Options).Trim('"');
        var text = $"{filing.Mark}\n{filing.Subject}\n{kind}\n{EvidenceHash(filing)}";
        return "bw1-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
