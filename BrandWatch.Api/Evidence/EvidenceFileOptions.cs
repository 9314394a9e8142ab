using System.ComponentModel.DataAnnotations;

namespace BrandWatch.Api.Evidence;

/// <summary>Settings of the evidence file store, bound from the "EvidenceFiles" configuration section.</summary>
public sealed class EvidenceFileOptions
{
    public const string Section = "EvidenceFiles";

    /// <summary>Where new uploads are kept: <see cref="EvidenceFileStorage.Auto"/> is the database on PostgreSQL and the folder on SQLite.</summary>
    public EvidenceFileStorage Store { get; set; } = EvidenceFileStorage.Auto;

    /// <summary>
    /// Where the folder store keeps files (<c>ab/abcdef…</c>); empty means an <c>evidence-files</c> folder beside the SQLite file
    /// (in the working folder on PostgreSQL). Files stored here before a switch to the database store are still read from it.
    /// </summary>
    public string? Folder { get; set; }

    /// <summary>Largest file accepted; a larger upload is refused with 413 before it is stored.</summary>
    [Range(1024, 4L * 1024 * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>The database store's chunk size: the most of one file held in memory while it is stored or read.</summary>
    [Range(4 * 1024, 16 * 1024 * 1024)]
    public int ChunkBytes { get; set; } = 1024 * 1024;

    /// <summary>How long a file no filing names is kept after its last upload (a Worker uploads, then files).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00")]
    public TimeSpan UnreferencedRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often unreferenced files past their retention are deleted.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "7.00:00:00")]
    public TimeSpan PurgeEvery { get; set; } = TimeSpan.FromHours(1);
}
