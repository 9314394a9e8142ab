using Microsoft.AspNetCore.Authorization;

namespace BrandWatch.Api.Auth;

/// <summary>
/// Named authorization policies by role. Use them with <c>RequireAuthorization(Policies.X)</c> on a route group;
/// owner scoping is checked in the handler with <see cref="Caller.CanSee"/> (answer 404 for other owners' data).
/// </summary>
public static class Policies
{
    public const string Admin = "admin";
    public const string ReadMarks = "read-marks";
    public const string ManageMarks = "manage-marks";
    public const string ReadCases = "read-cases";
    public const string FileCases = "file-cases";
    public const string ReviewCases = "review-cases";

    /// <summary>Brand managers (their own owner) and admins: alert subscriptions.</summary>
    public const string ManageSubscriptions = "manage-subscriptions";

    /// <summary>Legal reviewers, brand managers and admins: post manual submissions and list their own.</summary>
    public const string SubmitDomains = "submit-domains";

    /// <summary>The Worker and admins: read the submissions queue in id order.</summary>
    public const string ReadSubmissions = "read-submissions";

    public static AuthorizationBuilder AddBrandWatchPolicies(this AuthorizationBuilder builder) => builder
        .SetFallbackPolicy(new AuthorizationPolicyBuilder(ApiKeyDefaults.Scheme).RequireAuthenticatedUser().Build())
        .AddPolicy(Admin, p => p.RequireRole(Roles.Admin))
        .AddPolicy(ReadMarks, p => p.RequireRole(Roles.Admin, Roles.BrandManager, Roles.LegalReviewer, Roles.Worker, Roles.Ci))
        .AddPolicy(ManageMarks, p => p.RequireRole(Roles.Admin, Roles.BrandManager))
        .AddPolicy(ReadCases, p => p.RequireRole(Roles.Admin, Roles.BrandManager, Roles.LegalReviewer, Roles.Ci))
        .AddPolicy(FileCases, p => p.RequireRole(Roles.Admin, Roles.Worker))
        .AddPolicy(ReviewCases, p => p.RequireRole(Roles.Admin, Roles.LegalReviewer))
        .AddPolicy(ManageSubscriptions, p => p.RequireRole(Roles.Admin, Roles.BrandManager))
        .AddPolicy(SubmitDomains, p => p.RequireRole(Roles.Admin, Roles.BrandManager, Roles.LegalReviewer))
        .AddPolicy(ReadSubmissions, p => p.RequireRole(Roles.Admin, Roles.Worker));
}
