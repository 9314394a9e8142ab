using System.CommandLine;

namespace BrandWatch.Api.Auth;

/// <summary>
/// <c>create-key --role ROLE [--owner ID]... [--name NAME]</c>: creates a key in the configured database and prints the
/// key alone on stdout (messages go to stderr) so scripts can capture it. Exit 0 on success, 2 on bad arguments. Any
/// other token is a configuration setting for the host (<c>--ConnectionStrings:BrandWatch=…</c>), as the server takes it.
/// </summary>
public static class CreateKeyCommand
{
    public const string Usage = "usage: create-key --role admin|brand_manager|legal_reviewer|worker|ci [--owner ID]... [--name NAME]";

    public static async Task<int> RunAsync(string[] args)
    {
        var role = new Option<string>("--role") { Description = "The key's role: admin, brand_manager, legal_reviewer, worker or ci", Required = true };
        var owners = new Option<string[]>("--owner") { Description = "An owner the key may act for (repeatable; brand managers and reviewers)", AllowMultipleArgumentsPerToken = false };
        var name = new Option<string?>("--name") { Description = "A name for the key (default: its role)" };
        var command = new Command("create-key", "Create an API key in the configured database and print it alone on stdout") { role, owners, name };
        command.TreatUnmatchedTokensAsErrors = false;
        command.Options.Add(new System.CommandLine.Help.HelpOption());
        var parse = new RootCommand { command }.Parse(["create-key", .. args]);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync($"create-key: {error.Message}");
            }

            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        if (parse.Action is System.CommandLine.Help.HelpAction)
        {
            return await parse.InvokeAsync();
        }

        return await CreateAsync(parse.GetRequiredValue(role), [.. parse.GetValue(owners) ?? []], parse.GetValue(name), [.. parse.UnmatchedTokens]);
    }

    private static async Task<int> CreateAsync(string role, List<string> owners, string? name, string[] settings)
    {
        var errors = KeyRules.Validate(role, owners, name);
        if (errors.Count > 0)
        {
            foreach (var (field, messages) in errors)
            {
                await Console.Error.WriteLineAsync($"create-key: {field}: {messages[0]}");
            }

            return 2;
        }

        var builder = WebApplication.CreateBuilder(settings);
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
