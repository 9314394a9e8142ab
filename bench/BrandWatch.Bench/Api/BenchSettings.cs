namespace BrandWatch.Bench.Api;

/// <summary>The filing bench: N cases from C clients, B per request, through I Api instances, then S samples of each list query.</summary>
public sealed record FilingBenchSettings(int Cases, int Concurrency, int Samples, int Instances, string? Connection, string? Db, int Batch = 1);

/// <summary>The evidence-package bench: N cases of F filings, S seconds per measured path.</summary>
public sealed record PackageBenchSettings(int Cases, int Filings, int Seconds);

/// <summary>The stats bench: N cases of O owners over D days, S samples per request, P peer samples.</summary>
public sealed record StatsBenchSettings(int Cases, int Owners, int Days, int Samples, int PeerSamples, string? Connection, string? Db);

/// <summary>The list bench: N cases of O owners over D days filled as the stats bench fills them, S samples of each list query.</summary>
public sealed record ListBenchSettings(int Cases, int Owners, int Days, int Samples, string? Connection, string? Db);

/// <summary>The scale bench: N filled cases, then per run W untimed and F timed filings (B per request from C clients), S samples of each list query, R rounds of the runs named.</summary>
public sealed record ScaleBenchSettings(int Cases, int Owners, int Days, int Filings, int WarmUp, int Batch, int Concurrency, int Samples, int Rounds, string? Connection, string? Db = null,
    IReadOnlyList<string>? Runs = null);
