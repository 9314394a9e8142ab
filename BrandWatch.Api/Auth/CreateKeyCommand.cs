namespace BrandWatch.Api.Auth;

/// <summary>
/// <c>create-key --role ROLE [--owner ID]... [--name NAME]</c>: creates a key in the configured database and prints the
/// key alone on stdout (messages go to stderr) so scripts can capture it. Exit 0 on success, 2 on bad arguments.
/// </summary>
public static class CreateKeyCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? role = null;
        string? name = null;
        var owners = new List<string>();
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--role" when i + 1 < args.Length:
                    role = args[++i];
                    break;
                case "--owner" when i + 1 < args.Length:
                    owners.Add(args[++i]);
                    break;
                case "--name" when i + 1 < args.Length:
                    name = args[++i];
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        if (role is null)
        {
            await Console.Error.WriteLineAsync("usage: create-key --role admin|brand_manager|legal_reviewer|worker|ci [--owner ID]... [--name NAME]");
            return 2;
        }

        var errors = KeyRules.Validate(role, owners, name);
        if (errors.Count > 0)
        {
            foreach (var (field, messages) in errors)
            {
                await Console.Error.WriteLineAsync($"create-key: {field}: {messages[0]}");
            }

            return 2;
        }

        var builder = WebApplication.CreateBuilder(rest.ToArray());
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddBrandWatchApi();
        await using var app = builder.Build();
        await app.MigrateBrandWatchDatabaseAsync();
        var created = await app.Services.GetRequiredService<KeyStore>().CreateAsync(role, owners, name ?? role, "create-key", CancellationToken.None);
        var database = app.Services.GetRequiredService<BrandWatch.Api.Storage.ApiDatabase>();
        await Console.Error.WriteLineAsync($"Created {role} key {created.Record.Id} in {database.DataSource}. It is shown once; store it now.");
        await Console.Out.WriteLineAsync(created.Key);
        return 0;
    }
}
