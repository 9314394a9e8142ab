namespace BrandWatch.Api.Enforcement;

/// <summary>Wires the enforcement kit: its options (validated at start) and its endpoints.</summary>
public static class EnforcementExtensions
{
    public static IServiceCollection AddEnforcement(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EnforcementOptions>()
            .Bind(configuration.GetSection(EnforcementOptions.Section))
            .Validate(o => o.IsUsable(), "Enforcement:TemplatesFolder names a folder that does not exist.")
            .Validate(o => o.AnswerWithin > TimeSpan.Zero && o.EscalateAfter > TimeSpan.Zero && o.FollowUpInterval >= TimeSpan.Zero && o.WatchGoneFor >= TimeSpan.Zero,
                "Enforcement:AnswerWithin and EscalateAfter must be positive, FollowUpInterval and WatchGoneFor zero (off) or positive.")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<EnforcementOptions>, EnforcementTablesValidation>();
        services.AddSingleton<DraftTemplates>();
        services.AddSingleton<Documents.DraftFonts>();
        services.AddSingleton<TakedownStore>();
        services.AddSingleton<SiteCheckStore>(); // the Worker's looks at a case's site (issue 17)
        services.AddSingleton<PartyDirectory>();
        services.AddSingleton<Exports.ExportStore>();
        services.AddHostedService<TakedownFollowUp>();
        return services;
    }

    public static WebApplication MapEnforcement(this WebApplication app)
    {
        app.MapDraftsApi();
        app.MapTakedownApi();
        app.MapSiteChecksApi();
        Exports.ExportsApi.MapExportsApi(app);
        return app;
    }
}
