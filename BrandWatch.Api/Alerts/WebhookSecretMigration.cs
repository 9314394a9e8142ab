using BrandWatch.Api.Storage;
using Dapper;

namespace BrandWatch.Api.Alerts;

/// <summary>
/// Brings every stored webhook secret under the key ring's current default key, in one transaction: plain-text
/// secrets from before protection, and secrets protected with a key that a rotation has since replaced. A value that
/// cannot be read (its key is gone) is left exactly as it is and counted, never overwritten.
/// </summary>
internal static class WebhookSecretMigration
{
    private const string SelectSecrets = "SELECT id AS Id, webhook_secret AS Stored FROM alert_subscriptions WHERE webhook_secret IS NOT NULL ORDER BY id";

    private const string UpdateSecret = "UPDATE alert_subscriptions SET webhook_secret = @New WHERE id = @Id AND webhook_secret = @Old";

    public static async Task<WebhookSecretMigrationResult> RunAsync(ApiDatabase database, WebhookSecrets secrets, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<(long Id, string Stored)>(new CommandDefinition(SelectSecrets, transaction: transaction, cancellationToken: cancellationToken))).AsList();
        int protectedNow = 0, reprotected = 0;
        var unreadable = new List<long>();
        foreach (var (id, stored) in rows)
        {
            var (secret, stale) = secrets.Read(stored);
            if (secret is null)
            {
                unreadable.Add(id);
                continue;
            }

            if (!stale)
            {
                continue;
            }

            var wasPlain = !stored.StartsWith(WebhookSecrets.Prefix, StringComparison.Ordinal);
            var fresh = secrets.Protect(secret);
            if (secrets.Reveal(fresh) != secret)
            {
                // Never replace a value with one that does not read back to the same secret.
                throw new InvalidOperationException($"webhook secret of subscription {id} did not survive protection; nothing was changed");
            }

            await connection.ExecuteAsync(new CommandDefinition(UpdateSecret, new { Id = id, New = fresh, Old = stored }, transaction, cancellationToken: cancellationToken));
            if (wasPlain)
            {
                protectedNow++;
            }
            else
            {
                reprotected++;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return new WebhookSecretMigrationResult(rows.Count, protectedNow, reprotected, unreadable);
    }
}

/// <summary>What a <see cref="WebhookSecretMigration"/> run did.</summary>
internal sealed record WebhookSecretMigrationResult(int Seen, int ProtectedFromPlainText, int Reprotected, IReadOnlyList<long> Unreadable);
