using System.Text.Json.Serialization;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Health;
using BrandWatch.Api.Http;
using BrandWatch.Api.Marks;
using BrandWatch.Rules.Cases;
using Microsoft.AspNetCore.Authentication;
using Scalar.AspNetCore;

namespace BrandWatch.Api;

/// <summary>Wires the Api: services (database, auth, JSON, problems, OpenAPI) and the endpoint groups of every feature.</summary>
public static class Extensions
{
    public const string DefaultConnectionString = "Data Source=brandwatch.db";

    public static WebApplicationBuilder AddBrandWatchApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<Storage.DatabaseOptions>()
            .Bind(builder.Configuration.GetSection(Storage.DatabaseOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.IsUsable(), "ConnectionStrings:BrandWatch is neither a SQLite connection string with a Data Source nor Provider=postgresql with a Host.")
            .ValidateOnStart();
        services.AddSingleton(sp => Storage.ApiDatabase.Open(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Storage.DatabaseOptions>>().Value.BrandWatch));
        services.AddSingleton<KeyStore>();
        services.AddSingleton<MarkStore>();
        services.AddSingleton<Storage.WriteGate>();
        services.AddSingleton<Storage.CaseWriteConnection>();
        services.AddSingleton<Cases.Filing.IdempotencyKeys>();
        services.AddSingleton<Cases.Filing.FilingStore>();
        services.AddSingleton<Cases.Filing.FilingWriter>();
        services.AddSingleton<Reviews.Transitions.TransitionStore>();
        services.AddSingleton<Cases.Queries.CaseQueries>();
        services.AddSingleton<Sightings.SightingStore>(); // every sighting of a name (issue 15)
        services.AddSingleton<Submissions.SubmissionStore>();
        services.AddSingleton(new Facts.CaseRescorer(BrandWatch.Rules.Scoring.Configuration.RuleSetJson.Default));
        services.AddSingleton<Facts.FactsStore>();
        services.AddOptions<Campaigns.CampaignOptions>().Bind(builder.Configuration.GetSection(Campaigns.CampaignOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Campaigns.CampaignStore>(); // campaigns and F4 from them (issue 16)
        services.AddOptions<Evidence.EvidenceSigningOptions>().Bind(builder.Configuration.GetSection(Evidence.EvidenceSigningOptions.Section));
        services.AddSingleton<Evidence.EvidenceSigner>();
        services.AddOptions<Evidence.EvidenceFileOptions>().Bind(builder.Configuration.GetSection(Evidence.EvidenceFileOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Evidence.EvidenceFileStore>();
        services.AddHostedService<Evidence.EvidenceFilePurge>();
        services.AddSingleton<Stats.StatsStore>(); // the dashboard's numbers (issue 22)
        services.AddSingleton<Stats.StatsRollUp>(); // PostgreSQL's counter deltas into the totals (issue 18)
        services.AddHostedService(sp => sp.GetRequiredService<Stats.StatsRollUp>());
        services.AddSingleton<Storage.CaseTableAnalysis>(); // fresh planner statistics after a burst of filings (issue 18)
        services.AddHostedService(sp => sp.GetRequiredService<Storage.CaseTableAnalysis>());

        services.ConfigureHttpJsonOptions(o =>
        {
            var json = o.SerializerOptions;
            json.DefaultIgnoreCondition = ContractJson.Options.DefaultIgnoreCondition;
            json.Encoder = ContractJson.Options.Encoder;
            json.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower));
        });
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
            if (context.ProblemDetails.Type is null || !context.ProblemDetails.Type.StartsWith(Problems.ProblemTypes.Base, StringComparison.Ordinal))
            {
                context.ProblemDetails.Type = Problems.Problems.TypeFor(status);
            }
        });
        services.AddExceptionHandler<ApiExceptionHandler>();

        services.AddAuthentication(ApiKeyDefaults.Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyDefaults.Scheme, null);
        services.AddAuthorizationBuilder().AddBrandWatchPolicies();

        services.AddOpenApi(o => o.AddDocumentTransformer<Http.ApiKeySecurityTransformer>());
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 8 * 1024 * 1024);
        return builder;
    }

    /// <summary>Applies every embedded migration (the Api's and the alerts') before the server takes requests.</summary>
    public static async Task MigrateBrandWatchDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var database = app.Services.GetRequiredService<Storage.ApiDatabase>();
        var applied = await database.MigrateAsync(typeof(Extensions).Assembly, app.Services.GetRequiredService<TimeProvider>(), cancellationToken);
        Log.Migrated(app.Logger, database.DataSource, applied.Count == 0 ? "none" : string.Join(", ", applied));
        if (applied.Contains(130))
        {
            // Campaigns formed before their cases carried a campaign id: counted once, by the instance that migrated.
            var assigned = await app.Services.GetRequiredService<Campaigns.CampaignStore>().AssignAllAsync(cancellationToken);
            Log.CampaignsAssigned(app.Logger, assigned);
        }

        if (app.Services.GetService<Alerts.WebhookSecrets>() is { } secrets)
        {
            var result = await Alerts.WebhookSecretMigration.RunAsync(database, secrets, cancellationToken);
            Log.WebhookSecretsMigrated(app.Logger, result.Seen, result.ProtectedFromPlainText, result.Reprotected, result.Unreadable.Count,
                result.Unreadable.Count == 0 ? "none" : string.Join(", ", result.Unreadable));
        }
    }

    public static WebApplication MapBrandWatchApi(this WebApplication app)
    {
        app.UseApiResponseHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapOpenApi().AllowAnonymous();
        // The reference page is served from the package's embedded assets; no fonts or scripts from a CDN.
        app.MapScalarApiReference(o => o.WithTitle("BrandWatch Api").DisableDefaultFonts()).AllowAnonymous();
        app.MapHealthChecks("/healthz").AllowAnonymous();

        app.MapKeysApi();
        app.MapMeApi();
        app.MapMarksApi();
        Cases.CasesApi.MapCasesApi(app);
        Sightings.SightingsApi.MapSightingsApi(app);
        Reviews.ReviewsApi.MapReviewsApi(app);
        Evidence.EvidencePackageApi.MapEvidencePackageApi(app);
        Evidence.EvidenceFilesApi.MapEvidenceFilesApi(app);
        Submissions.SubmissionsApi.MapSubmissionsApi(app);
        Facts.FactsApi.MapFactsApi(app);
        Campaigns.CampaignsApi.MapCampaignsApi(app); // campaigns (issue 16)
        Stats.StatsApi.MapStatsApi(app); // the dashboard's numbers (issue 22)
        return app;
    }
}
