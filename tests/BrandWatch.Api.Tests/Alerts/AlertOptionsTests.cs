using Microsoft.Extensions.Options;

namespace BrandWatch.Api.Tests.Alerts;

public sealed class AlertOptionsTests
{
    [Theory]
    [InlineData("Alerts:Smtp:Host", "smtp.example.com", "Alerts:Smtp:From is required")]
    [InlineData("Alerts:Smtp:From", "not an address", "From")]
    [InlineData("Alerts:Smtp:Port", "70000", "Port")]
    [InlineData("Alerts:Smtp:CertificateSha256", "abc", "CertificateSha256")]
    [InlineData("Alerts:PollInterval", "00:00:00", "PollInterval")]
    [InlineData("Alerts:MaxParallelDeliveries", "0", "MaxParallelDeliveries")]
    [InlineData("Alerts:GiveUpAfter", "90.00:00:00", "GiveUpAfter")]
    public async Task Start_BadSetting_StopsStartUpNamingIt(string key, string value, string named)
    {
        using var db = await AlertsDatabase.CreateAsync();
        var settings = AlertHost.FastSettings();
        settings[key] = value;

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => AlertHost.StartAsync(db, settings));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
