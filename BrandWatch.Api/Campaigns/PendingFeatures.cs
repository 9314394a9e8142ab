using System.Data.Common;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Campaigns;
using Dapper;

namespace BrandWatch.Api.Campaigns;

/// <summary>
/// The campaign features of new cases a PostgreSQL writer transaction has not written yet: those of a case whose every
/// feature is shared infrastructure the transaction has already counted past the limit, which therefore joins no
/// campaign and changes no other case (<see cref="CampaignStore.OnFilingAsync"/>). They are written in one statement
/// before the transaction's next read or write of campaign features, and before it commits, so every statement that
/// reads them sees what it would have seen had each case written its own.
/// </summary>
internal sealed class PendingFeatures
{
    private const string Insert =
        "INSERT INTO case_features (" + CampaignStore.FeatureColumns + ") SELECT u.case_id, u.owner, u.kind, u.value, u.host " +
        "FROM unnest(@CaseIds, @Owners, @Kinds, @Values, @Hosts) AS u(case_id, owner, kind, value, host)";

    private readonly List<(long CaseId, string Owner, string Kind, string Value, string Host)> _rows = [];

    /// <summary>Holds back the features of a new case.</summary>
    public void Add(long caseId, string owner, string host, IEnumerable<CampaignFeature> features)
    {
        foreach (var feature in features)
        {
            _rows.Add((caseId, owner, WireName.Kebab(feature.Kind), feature.Value, host));
        }
    }

    /// <summary>Writes what is held back, if anything.</summary>
    public async Task FlushAsync(DbConnection connection, DbTransaction transaction)
    {
        if (_rows.Count == 0)
        {
            return;
        }

        await connection.ExecuteAsync(new CommandDefinition(Insert, new
        {
            CaseIds = _rows.Select(r => r.CaseId).ToArray(),
            Owners = _rows.Select(r => r.Owner).ToArray(),
            Kinds = _rows.Select(r => r.Kind).ToArray(),
            Values = _rows.Select(r => r.Value).ToArray(),
            Hosts = _rows.Select(r => r.Host).ToArray(),
        }, transaction));
        _rows.Clear();
    }
}
