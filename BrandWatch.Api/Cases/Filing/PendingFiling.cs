using System.Security.Cryptography;
using BrandWatch.Api.Auth;
using BrandWatch.Rules.Cases;

namespace BrandWatch.Api.Cases.Filing;

/// <summary>A validated filing waiting for the writer, and the answer its request awaits.</summary>
internal sealed record PendingFiling(CaseFiling Filing, string Subject, string Domain, byte[] Raw, Caller Caller, string? IdempotencyKey)
{
    public TaskCompletionSource<FilingOutcome> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The SHA-256 of the filing's bytes as sent, which its Idempotency-Key is checked against.</summary>
    public string RequestSha256 => field ??= Convert.ToHexStringLower(SHA256.HashData(Raw));
}
