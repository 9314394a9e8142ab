using BrandWatch.Rules.Cases;
using BrandWatch.Worker.Filing;

namespace BrandWatch.Worker.Pipeline;

/// <summary>Files a case into the system of record (the Api client).</summary>
internal interface ICaseFiler
{
    Task<FilingResult> FileAsync(CaseFiling filing, string idempotencyKey, CancellationToken cancellationToken);
}
