using System.Security.Cryptography;
using System.Text.Json;
using BrandWatch.Rules.Cases;

namespace BrandWatch.Worker.Filing;

/// <summary>
/// The <c>Idempotency-Key</c> of a filing: SHA-256 over the exact request body the Worker sends. The Api refuses a
/// repeated key whose body differs (it compares a SHA-256 of the body), so the key must cover everything the body
/// holds: a retry of the same filing (same bytes) is a replay, and a re-check (a later observation time, a new verdict
/// or rule version) is a new filing that the Api adds to the open case for (mark, subject, kind).
/// </summary>
internal static class IdempotencyKey
{
    /// <summary>The request body of a filing; <see cref="ApiClient"/> sends exactly these bytes.</summary>
    public static byte[] Body(CaseFiling filing) => JsonSerializer.SerializeToUtf8Bytes(filing, ContractJson.Options);

    public static string For(CaseFiling filing) => For(Body(filing));

    public static string For(ReadOnlySpan<byte> body) => "bw2-" + Convert.ToHexStringLower(SHA256.HashData(body));
}
