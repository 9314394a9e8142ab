using BrandWatch.Rules.Evidence;

namespace BrandWatch.Api.Cases;

/// <summary>
/// Where a case lives, for the dashboard's top lists: the top-level domain of its host name, the sponsoring registrar
/// and the origin network of its first address, read from the filing's evidence (null when the evidence does not say).
/// </summary>
internal static class CasePlaces
{
    private const int MaxRegistrar = 200;
    private const int MaxNetworkName = 100;

    public static string? Tld(string domain)
    {
        var dot = domain.TrimEnd('.').LastIndexOf('.');
        return dot < 0 ? null : domain.TrimEnd('.')[(dot + 1)..].ToLowerInvariant();
    }

    public static string? Registrar(CaseEvidence evidence)
    {
        var name = evidence.Registration?.RegistrarName?.Trim();
        return string.IsNullOrEmpty(name) ? null : name.Length > MaxRegistrar ? name[..MaxRegistrar] : name;
    }

    /// <summary>"AS13335 CLOUDFLARENET": the first network whose origin AS is known, with the AS name when RDAP gave it.</summary>
    public static string? Network(CaseEvidence evidence)
    {
        var system = evidence.Networks?.Select(n => n.AutonomousSystem).FirstOrDefault(a => a is not null);
        if (system is null)
        {
            return null;
        }

        var name = system.Name?.Trim();
        return string.IsNullOrEmpty(name) ? $"AS{system.Number}" : $"AS{system.Number} {(name.Length > MaxNetworkName ? name[..MaxNetworkName] : name)}";
    }
}
