using BrandWatch.Api;
using BrandWatch.Api.Alerts;
using BrandWatch.Api.Auth;

if (args.Length > 0 && args[0] == "create-key")
{
    return await CreateKeyCommand.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "bench")
{
    return await BrandWatch.Api.Bench.BenchCommand.RunAsync(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddBrandWatchApi();
builder.Services.AddAlerts(builder.Configuration);
var app = builder.Build();
await app.MigrateBrandWatchDatabaseAsync();
app.MapBrandWatchApi();
app.MapAlerts();
app.MapReviewDesk();
await app.RunAsync();
return 0;

/// <summary>Entry point, public so tests can host the Api.</summary>
public partial class Program;
