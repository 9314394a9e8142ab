using System.ComponentModel.DataAnnotations;

namespace BrandWatch.Worker.Content;

/// <summary>Content screening of every new domain (section <c>Content</c>).</summary>
internal sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>
    /// Queue every new domain of the feeds for content screening and run the stage. On by default for <c>run</c>;
    /// <c>scan --file-to</c> turns it on only with <c>--content</c>.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Domains screened at once (each waits for the rate limit and its host's slot before every fetch).</summary>
    [Range(1, 256)]
    public int Concurrency { get; set; } = 16;

    /// <summary>Page fetches started per second over all hosts (a token bucket refilled ten times a second).</summary>
    [Range(0.1, 10_000)]
    public double FetchesPerSecond { get; set; } = 10;

    /// <summary>Fetches in flight at once to one remote address (sites on shared hosting share it).</summary>
    [Range(1, 64)]
    public int PerHostConcurrency { get; set; } = 2;

    /// <summary>Login-like pages of the same host, linked from the home page, fetched after it.</summary>
    [Range(0, 10)]
    public int MaxLoginPages { get; set; } = 2;

    /// <summary>
    /// Words that make a link login-like when its path or its text holds one as a whole word (case-insensitive; "-",
    /// "_", "/" and "." separate words, so "log in" also matches "/log-in" and "auth" does not match "/author").
    /// </summary>
    [MinLength(1)]
    public string[] LoginWords { get; set; } =
    [
        "login", "log in", "logon", "signin", "sign in", "auth", "account", "myaccount", "verify", "verification", "secure",
        "password", "wallet", "billing", "payment", "anmelden", "connexion", "iniciar sesion",
    ];

    /// <summary>Attempts of a domain whose lookup failed (no answer, not NXDOMAIN) before it is recorded as skipped.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 3;
}
