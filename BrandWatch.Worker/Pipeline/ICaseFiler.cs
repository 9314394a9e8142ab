using BrandWatch.Rules.Cases;
using BrandWatch.Worker.Filing;

namespace BrandWatch.Worker.Pipeline;

/// <summary>Files a case into the system of record (the Api client).</summary>
internal interface ICaseFiler
{
    /// <summary>Files the case; its Idempotency-Key is derived from the bytes sent (<see cref="IdempotencyKey"/>).</summary>
    Task<FilingResult> FileAsync(CaseFiling filing, CancellationToken cancellationToken);
}
