using System.CommandLine;

namespace BrandWatch.Bench.Api;

/// <summary>
/// The Api's verbs of the harness (formerly the Api's own <c>bench</c> verb): <c>api</c> (filing and list
/// queries), <c>api package</c> (signed evidence packages), <c>api stats</c> (the dashboard's aggregate) and
/// <c>api list</c> (the case list at N filled cases); the options and the output are the same. Unknown options, values
/// that are not positive whole numbers and <c>--help</c> are answered before anything is filled.
/// </summary>
internal static class ApiBench
{
    public static Command Create()
    {
        var connection = new Option<string?>("--connection") { Description = "Database connection string (\"Provider=postgresql;…\" for PostgreSQL); default: a fresh SQLite file" };
        var db = new Option<string?>("--db") { Description = "SQLite file to fill and keep (default: a temporary file, deleted after)" };

        var cases = Count("--cases", 100_000, "Cases to file");
        var concurrency = Count("--concurrency", 8, "Clients filing at once");
        var samples = Count("--samples", 500, "Samples of each list query");
        var instances = Count("--instances", 1, "Api instances on the one database");
        var batch = Count("--batch", BrandWatch.Rules.Cases.FilingBatches.DefaultSize, "Filings per request: 1 posts each to /api/cases, more post batches to /api/cases/batch (default: the Worker's)");
        batch.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && int.TryParse(result.Tokens[^1].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
                && value > BrandWatch.Rules.Cases.FilingBatches.MaxItems)
            {
                result.AddError($"--batch must be at most {BrandWatch.Rules.Cases.FilingBatches.MaxItems}, the batch endpoint's limit");
            }
        });
        var root = new Command("api", "Measure the Api: filing throughput and latency, list queries, reviewer facts and evidence packages")
        {
            cases, concurrency, samples, instances, batch, connection, db,
        };
        root.SetAction(parse => BenchCommand.RunFilingAsync(new FilingBenchSettings(
            parse.GetValue(cases), parse.GetValue(concurrency), parse.GetValue(samples), parse.GetValue(instances), parse.GetValue(connection), parse.GetValue(db), parse.GetValue(batch))));

        var packageCases = Count("--cases", 10, "Cases of many filings (and as many of one filing, the peer)");
        var filings = Count("--filings", 50, "Filings per case");
        var seconds = Count("--seconds", 10, "Seconds per measured path");
        var package = new Command("package", "Measure signed evidence packages over HTTP against plain case reads") { packageCases, filings, seconds };
        package.SetAction(parse => BenchCommand.RunPackageAsync(new PackageBenchSettings(parse.GetValue(packageCases), parse.GetValue(filings), parse.GetValue(seconds))));
        root.Subcommands.Add(package);

        var statsCases = Count("--cases", 1_000_000, "Cases to fill through the schema's triggers");
        var owners = Count("--owners", 20, "Owners the cases are spread over");
        var days = Count("--days", 365, "Days back the cases are spread over");
        var statsSamples = Count("--samples", 200, "Requests per measured query");
        var peerSamples = Count("--peer-samples", 10, "Runs of the GROUP BY peer");
        var statsConnection = new Option<string?>("--connection") { Description = connection.Description };
        var statsDb = new Option<string?>("--db") { Description = db.Description };
        var stats = new Command("stats", "Measure GET /api/stats against GROUP BY over the cases")
        {
            statsCases, owners, days, statsSamples, peerSamples, statsConnection, statsDb,
        };
        stats.SetAction(parse => StatsBench.RunAsync(new StatsBenchSettings(
            parse.GetValue(statsCases), parse.GetValue(owners), parse.GetValue(days), parse.GetValue(statsSamples), parse.GetValue(peerSamples),
            parse.GetValue(statsConnection), parse.GetValue(statsDb))));
        root.Subcommands.Add(stats);
        root.Subcommands.Add(ListCommand(connection, db));
        root.Subcommands.Add(ScaleCommand(connection, batch));
        return root;
    }

    /// <summary><c>api list</c>: the filing bench's list queries at N cases filled as <c>api stats</c> fills them.</summary>
    private static Command ListCommand(Option<string?> connection, Option<string?> db)
    {
        var cases = Count("--cases", 1_000_000, "Cases to fill through the schema's triggers");
        var owners = Count("--owners", 20, "Owners the cases are spread over");
        var days = Count("--days", 365, "Days back the cases are spread over");
        var samples = Count("--samples", 500, "Samples of each list query");
        var listConnection = new Option<string?>("--connection") { Description = connection.Description };
        var listDb = new Option<string?>("--db") { Description = db.Description };
        var list = new Command("list", "Measure the case list's queries (filters, counts, cursor pages) at N filled cases")
        {
            cases, owners, days, samples, listConnection, listDb,
        };
        list.SetAction(parse => ListBench.RunAsync(
            new ListBenchSettings(parse.GetValue(cases), parse.GetValue(owners), parse.GetValue(days), parse.GetValue(samples), parse.GetValue(listConnection), parse.GetValue(listDb)),
            parse.InvocationConfiguration.Output));
        return list;
    }

    /// <summary><c>api scale</c>: filing and the list queries on databases filled with N cases, PostgreSQL with 1 and 2 instances and SQLite with 1, in one run.</summary>
    private static Command ScaleCommand(Option<string?> connection, Option<int> batchOption)
    {
        var cases = Count("--cases", 1_000_000, "Cases to fill through the schema's triggers before filing");
        var owners = Count("--owners", 20, "Owners the filled cases are spread over");
        var days = Count("--days", 365, "Days back the filled cases are spread over");
        var filings = Count("--filings", 20_000, "Timed new filings per run");
        var warmUp = Count("--warm-up", 10_000, "Untimed new filings per run before the timed ones");
        var batch = Count("--batch", BrandWatch.Rules.Cases.FilingBatches.DefaultSize, batchOption.Description!);
        batch.Validators.Add(batchOption.Validators[^1]); // the batch endpoint's limit, as for the filing bench
        var concurrency = Count("--concurrency", 8, "Clients filing at once");
        var samples = Count("--samples", 500, "Samples of each list query");
        var rounds = Count("--rounds", 1, "Rounds of the runs, every other one in the reverse order");
        var scaleConnection = new Option<string?>("--connection")
        {
            Description = "PostgreSQL connection string (Provider=postgresql;…) of the database to fill (or filled by an earlier run), copied for each PostgreSQL run; without it, SQLite only",
        };
        var scaleDb = new Option<string?>("--db") { Description = "SQLite file to fill and keep (or filled by an earlier run), copied for each SQLite run; default: a temporary file" };
        var runs = new Option<string>("--runs")
        {
            Description = "The runs of a round, comma-separated, of pg1, pg2 and sqlite1 (the issue's figures need all three; fewer for quicker comparisons)",
            DefaultValueFactory = _ => string.Join(',', ScaleBench.AllRuns),
        };
        runs.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && ScaleBench.ParseRuns(result.Tokens[^1].Value) is null)
            {
                result.AddError($"--runs must name one or more of {string.Join(", ", ScaleBench.AllRuns)} (got '{result.Tokens[^1].Value}')");
            }
        });
        var scale = new Command("scale", "Measure filing throughput and the list queries at N filled cases: PostgreSQL with 1 and 2 Api instances and SQLite with 1, in one run")
        {
            cases, owners, days, filings, warmUp, batch, concurrency, samples, rounds, scaleConnection, scaleDb, runs,
        };
        scale.SetAction(parse => ScaleBench.RunAsync(
            new ScaleBenchSettings(parse.GetValue(cases), parse.GetValue(owners), parse.GetValue(days), parse.GetValue(filings), parse.GetValue(warmUp),
                parse.GetValue(batch), parse.GetValue(concurrency), parse.GetValue(samples), parse.GetValue(rounds), parse.GetValue(scaleConnection), parse.GetValue(scaleDb),
                ScaleBench.ParseRuns(parse.GetValue(runs)!)),
            parse.InvocationConfiguration.Output));
        return scale;
    }

    /// <summary>A positive whole number with a default; zero, a negative or a non-number is refused with the option named.</summary>
    private static Option<int> Count(string name, int fallback, string description)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => fallback };
        option.Validators.Add(result =>
        {
            // Read the token, not the converted value: a word that is no number must be an error, not an exception.
            if (result.Tokens.Count > 0 && (!int.TryParse(result.Tokens[^1].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) || value <= 0))
            {
                result.AddError($"{name} must be a positive whole number (got '{result.Tokens[^1].Value}')");
            }
        });
        return option;
    }
}
