using BrandWatch.Api.Auth;
using BrandWatch.Api.Tests.Alerts;
using Dapper;

namespace BrandWatch.Api.Tests.Auth;

/// <summary>
/// A key revoked by another process (the create-key/revoke command, a second Api instance) is refused once this
/// process's short authentication cache has expired: five seconds, not thirty.
/// </summary>
public sealed class RevocationLagTests
{
    [Fact]
    public async Task FindByKey_RevokedElsewhere_IsRefusedWithinFiveSeconds()
    {
        var ct = TestContext.Current.CancellationToken;
        using var db = await AlertsDatabase.CreateAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));
        var keys = new KeyStore(db.Database, clock);
        var created = await keys.CreateAsync(Roles.Ci, [], "pipeline", "test", ct);
        Assert.NotNull(await keys.FindByKeyAsync(created.Key, ct));

        await using (var connection = await db.Database.OpenAsync(ct))
        {
            await connection.ExecuteAsync("UPDATE api_keys SET revoked_at = '2026-12-03T10:00:01Z' WHERE id = @Id", new { Id = created.Record.Id });
        }

        clock.Advance(TimeSpan.FromSeconds(5.5));
        var afterLag = await keys.FindByKeyAsync(created.Key, ct);

        Assert.True(afterLag is null || afterLag.RevokedAt is not null, "a key revoked elsewhere was still accepted after five seconds");
    }
}
