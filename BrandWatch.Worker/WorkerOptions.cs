using System.ComponentModel.DataAnnotations;

namespace BrandWatch.Worker;

/// <summary>Where the Worker keeps its state (section <c>Worker</c>).</summary>
internal sealed class WorkerOptions
{
    public const string Section = "Worker";

    /// <summary>Folder of the work-state database (<c>worker.db</c>), feed downloads and zone diffs.</summary>
    [Required]
    public string StateFolder { get; set; } = "state";

    public string DatabasePath => Path.Combine(StateFolder, "worker.db");
}
