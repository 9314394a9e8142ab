namespace BrandWatch.Api.Evidence;

/// <summary>Where uploaded evidence files are kept (<c>EvidenceFiles:Store</c>).</summary>
public enum EvidenceFileStorage
{
    /// <summary>The database on PostgreSQL (several instances share it), the folder on SQLite (today's single-instance layout).</summary>
    Auto,

    /// <summary>Files under <see cref="EvidenceFileOptions.Folder"/>, named by their SHA-256; several instances need it on a shared mount.</summary>
    Folder,

    /// <summary>Chunks in the database (<c>evidence_chunks</c>): every instance on the database reads every file, nothing else to share.</summary>
    Database,
}
