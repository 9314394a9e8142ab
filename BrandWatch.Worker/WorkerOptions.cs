using System.ComponentModel.DataAnnotations;
using BrandWatch.Worker.Storage;

namespace BrandWatch.Worker;

/// <summary>Where the Worker keeps its state (section <c>Worker</c>).</summary>
internal sealed class WorkerOptions : IValidatableObject
{
    public const string Section = "Worker";

    /// <summary>Folder of the work-state database (<c>worker.db</c>), feed downloads and zone diffs.</summary>
    [Required]
    public string StateFolder { get; set; } = "state";

    /// <summary>
    /// The work state's database when it is not the SQLite file in <see cref="StateFolder"/>: a connection string with a
    /// <c>Provider</c> (<c>Provider=postgresql;Host=…;Database=…</c> for a cluster of Workers on one database).
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>This instance's name in the claims it takes; by default the host name, process id and a random suffix.</summary>
    public string? InstanceId { get; set; }

    /// <summary>How long a claim holds without renewal: a dead instance's work and feeds return to the others after it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Lease { get; set; } = WorkDatabase.DefaultLease;

    public string DatabasePath => Path.Combine(StateFolder, "worker.db");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (WorkDatabase.Problem(ConnectionString) is { } problem)
        {
            yield return new ValidationResult($"Worker:ConnectionString: {problem}", [nameof(ConnectionString)]);
        }
    }

    /// <summary>The work database these settings name.</summary>
    public WorkDatabase OpenDatabase() => WorkDatabase.Open(ConnectionString, DatabasePath, InstanceId, Lease);
}
