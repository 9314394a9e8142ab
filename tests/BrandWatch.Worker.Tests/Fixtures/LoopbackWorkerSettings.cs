using System.Globalization;

namespace BrandWatch.Worker.Tests.Fixtures;

/// <summary>
/// The settings every end-to-end Worker process shares: the real Api, dnsmasq and the site server on loopback, fast
/// retries and polling, and no scheduled job that would reach beyond loopback. Each test adds its feed.
/// </summary>
internal static class LoopbackWorkerSettings
{
    public static Dictionary<string, string> Create(string stateFolder, ApiProcess api, Dnsmasq dns, LoopbackServer sites) => new()
    {
        ["Worker:StateFolder"] = stateFolder,
        ["Api:BaseUrl"] = api.Address.ToString(),
        ["Api:Key"] = api.WorkerKey,
        ["Api:Retries"] = "1",
        ["Api:RetryDelay"] = "00:00:00.050",
        ["Api:Timeout"] = "00:00:05",
        ["Dns:NameServers:0"] = $"127.0.0.1:{dns.Port}",
        ["Pipeline:WebPort"] = sites.Address.Port.ToString(CultureInfo.InvariantCulture),
        ["Pipeline:LookupRegistration"] = "false",
        ["Fetcher:AllowLoopback"] = "true",
        ["Registration:AllowLoopback"] = "true",
        ["Crawler:DelayPerHost"] = "00:00:00",
        ["Pipeline:FileMinimumOutcome"] = "Unlikely",
        ["Pipeline:PollInterval"] = "00:00:00.200",
        ["Pipeline:RetryBase"] = "00:00:00.200",
        ["Pipeline:RetryMax"] = "00:00:01",
        ["Pipeline:DrainTimeout"] = "00:00:05",
        ["Jobs:RefreshReferenceDataCron"] = "",
        ["Jobs:RecheckCron"] = "",
        ["Jobs:PurgeCron"] = "",
        ["Jobs:TakedownFollowUpCron"] = "",
        ["Content:Enabled"] = "false",
        // A browser per crawled site would slow every end-to-end test; the test of captures switches it on.
        ["Capture:Screenshots"] = "false",
    };
}
