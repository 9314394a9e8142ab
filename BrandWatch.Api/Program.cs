using BrandWatch.Api;
using BrandWatch.Api.Alerts;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Enforcement;

if (args.Length > 0 && args[0] == "create-key")
{
    return await CreateKeyCommand.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "verify")
{
    return await BrandWatch.Api.Evidence.VerifyCommand.RunAsync(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddBrandWatchApi();
builder.Services.AddAlerts(builder.Configuration);
builder.Services.AddEnforcement(builder.Configuration);
var app = builder.Build();
try
{
    await app.MigrateBrandWatchDatabaseAsync();
}
catch (Exception ex) when (ex is BrandWatch.Sqlite.SchemaTooNewException or System.Data.Common.DbException)
{
    // The database cannot be used as it is: say why in one line and leave it untouched.
    var dataSource = app.Services.GetRequiredService<BrandWatch.Api.Storage.ApiDatabase>().DataSource;
    await Console.Error.WriteLineAsync(ex is BrandWatch.Sqlite.SchemaTooNewException ? $"error: {ex.Message}" : $"error: database '{dataSource}': {ex.Message}");
    return 2;
}

try
{
    // Creates the evidence signing key on first start; an unusable key file stops start-up with one line.
    app.Services.GetRequiredService<BrandWatch.Api.Evidence.EvidenceSigner>().EnsureKey();
}
catch (BrandWatch.Api.Evidence.SigningKeyException ex)
{
    await Console.Error.WriteLineAsync($"error: {ex.Message}");
    return 2;
}

app.MapBrandWatchApi();
app.MapAlerts();
app.MapEnforcement();
app.MapReviewDesk();
await app.RunAsync();
return 0;

/// <summary>Entry point, public so tests can host the Api.</summary>
public partial class Program;
