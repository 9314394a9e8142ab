using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using BrandWatch.Api.Tests.Infrastructure;
using BrandWatch.Rules.Cases;
using Dapper;
using Npgsql;

namespace BrandWatch.Api.Tests.ScaleOut;

/// <summary>
/// The Idempotency-Keys of filings a PostgreSQL transaction starts together (<see cref="BrandWatch.Api.Cases.Filing.NewCases"/>)
/// are not claimed first but inserted with their answers at commit: a key another instance answers meanwhile must still
/// be answered as that instance answered it, and nothing of the transaction's own filing of it may remain.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class KeysAtCommitTests(PostgresFixture postgres)
{
    private static string Body(IEnumerable<(string Key, string Subject)> items) => "{\"items\":[" + string.Join(',', items.Select(i =>
        $"{{\"idempotencyKey\":\"{i.Key}\",\"filing\":{JsonSerializer.Serialize(TestData.Filing("acme", i.Subject, 70), ContractJson.Options)}}}")) + "]}";

    [Fact]
    public async Task FileBatch_KeyAnsweredByAnotherInstanceBeforeTheBatchCommits_FilesTheBatchAgainAndAnswersThatKeyAsStored()
    {
        await using var cluster = await Cluster.StartAsync(postgres, 1);
        await cluster.AddMarkAsync("acme");

        using var worker = cluster.Client(0, "worker");
        var workerKeyId = Assert.Single(await cluster.QueryAsync<string>("SELECT id FROM api_keys WHERE name = 'worker'"));
        var items = Enumerable.Range(0, 4).Select(i => ($"race-{i}", $"acme-race-{i}.com")).ToList();
        // Another instance's transaction holds key race-2 with its answer to other bytes, open until the batch waits on it.
        await using var other = new NpgsqlConnection(BrandWatch.Api.Storage.ApiDatabase.Split(cluster.ConnectionString).ConnectionString);
        await other.OpenAsync(HttpTest.Ct);
        await using var otherTransaction = await other.BeginTransactionAsync(HttpTest.Ct);
        await other.ExecuteAsync(
            "INSERT INTO idempotency_keys (key_id, idempotency_key, request_sha256, status, location, etag, body, created_at) " +
            "VALUES (@KeyId, 'race-2', 'sha-of-other-bytes', 201, '/api/cases/999999', '\"c-1\"', '{\"id\":999999}', '2026-12-05T00:00:00.0000000Z')",
            new { KeyId = workerKeyId }, otherTransaction);

        var sending = worker.SendAsync(HttpMethod.Post, "/api/cases/batch", HttpTest.RawJson(Body(items)));
        // The batch files its four new names and then waits at commit, in the insert of its keys with their answers.
        var waitingAtCommit = false;
        for (var poll = 0; poll < 600 && !waitingAtCommit; poll++)
        {
            await Task.Delay(100, HttpTest.Ct);
            waitingAtCommit = Assert.Single(await cluster.QueryAsync<long>(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO idempotency_keys%u.status, u.location, u.etag, u.body%'")) == 1;
        }

        await otherTransaction.CommitAsync(HttpTest.Ct);
        var results = (await (await sending).ExpectAsync(HttpStatusCode.OK))["results"]!.AsArray();
        var cases = await cluster.QueryAsync<(string Subject, long Filings)>(
            "SELECT c.subject, COUNT(f.id) FROM cases c JOIN case_filings f ON f.case_id = c.id GROUP BY c.subject ORDER BY c.subject");
        var filed = await cluster.QueryAsync<string>("SELECT subject FROM case_events WHERE event_type = 'case-filed' ORDER BY subject");
        var keys = await cluster.QueryAsync<(string Key, long Status, string Location, string Body)>(
            "SELECT idempotency_key, status, location, body FROM idempotency_keys ORDER BY idempotency_key");

        Assert.True(waitingAtCommit, "the batch never waited on the other transaction's key at commit");
        Assert.Equal(["created", "created", "refused", "created"], results.Select(r => (string)r!["result"]!));
        Assert.EndsWith("idempotency-key-reused", (string)results[2]!["problem"]!["type"]!);
        Assert.Equal([("acme-race-0.com", 1L), ("acme-race-1.com", 1L), ("acme-race-3.com", 1L)], cases);
        Assert.Equal(["acme-race-0.com", "acme-race-1.com", "acme-race-3.com"], filed);
        Assert.Equal(["race-0", "race-1", "race-2", "race-3"], keys.Select(k => k.Key));
        Assert.Equal(("/api/cases/999999", "{\"id\":999999}"), (keys[2].Location, keys[2].Body));
        foreach (var i in new[] { 0, 1, 3 })
        {
            // The stored answer is the one the batch gave: a replay answers the same.
            Assert.Equal((201L, (string)results[i]!["location"]!), (keys[i].Status, keys[i].Location));
            Assert.True(JsonNode.DeepEquals(results[i]!["case"], JsonNode.Parse(keys[i].Body)), $"key {keys[i].Key} stores another answer than the batch gave");
        }
    }

    [Fact]
    public async Task FileBatch_SameKeyedBatchThroughTwoInstancesAtOnce_FilesEachNameOnceAndAnswersBothAlike()
    {
        await using var cluster = await Cluster.StartAsync(postgres, 2);
        await cluster.AddMarkAsync("acme");

        using var first = cluster.Client(0, "worker");
        using var second = cluster.Client(1, "worker");
        var answers = new List<(JsonNode First, JsonNode Second)>();
        for (var round = 0; round < 5; round++)
        {
            var body = Body(Enumerable.Range(0, 20).Select(i => ($"twin-{round}-{i}", $"acme-twin-{round}-{i}.com")));
            var sent = await Task.WhenAll(new[] { first, second }.Select(async client =>
                (await (await client.SendAsync(HttpMethod.Post, "/api/cases/batch", HttpTest.RawJson(body))).ExpectAsync(HttpStatusCode.OK))["results"]!.AsArray()));
            answers.AddRange(sent[0].Zip(sent[1], (a, b) => (a!, b!)));
        }

        var perCase = await cluster.QueryAsync<(string Subject, long Cases, long Filings)>(
            "SELECT c.subject, COUNT(DISTINCT c.id), COUNT(f.id) FROM cases c JOIN case_filings f ON f.case_id = c.id GROUP BY c.subject");
        var filedEvents = await cluster.QueryAsync<long>("SELECT COUNT(*) FROM case_events WHERE event_type = 'case-filed'");
        var keys = await cluster.QueryAsync<long>("SELECT status FROM idempotency_keys");

        // One instance files each item, the other replays its answer: the same case, location and body either way.
        Assert.Equal(100, answers.Count);
        Assert.All(answers, a => Assert.Equal(["created", "duplicate"], new[] { (string)a.First["result"]!, (string)a.Second["result"]! }.Order()));
        Assert.All(answers, a => Assert.Equal((string)a.First["location"]!, (string)a.Second["location"]!));
        Assert.All(answers, a => Assert.True(JsonNode.DeepEquals(a.First["case"], a.Second["case"])));
        Assert.Equal(100, perCase.Count);
        Assert.All(perCase, p => Assert.Equal((1L, 1L), (p.Cases, p.Filings)));
        Assert.Equal(100L, Assert.Single(filedEvents));
        Assert.Equal(Enumerable.Repeat(201L, 100), keys);
    }
}
