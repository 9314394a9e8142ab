namespace BrandWatch.Api.Auth;

/// <summary>Which owners each role's key must carry.</summary>
internal static class KeyRules
{
    public const int MaxOwnerLength = 200;

    /// <summary>Field errors for a (role, owners) pair, empty when valid.</summary>
    public static Dictionary<string, string[]> Validate(string role, IReadOnlyList<string> owners, string? name)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Roles.IsKnown(role))
        {
            errors["role"] = [$"must be one of {string.Join(", ", Roles.All)}"];
            return errors;
        }

        for (var i = 0; i < owners.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(owners[i]) || owners[i].Length > MaxOwnerLength)
            {
                errors[$"owners[{i}]"] = [$"must be 1–{MaxOwnerLength} characters"];
            }
        }

        switch (role)
        {
            case Roles.BrandManager when owners.Count != 1:
                errors["owners"] = ["a brand_manager key is scoped to exactly one owner"];
                break;
            case Roles.LegalReviewer when owners.Count == 0:
                errors["owners"] = ["a legal_reviewer key needs at least one assigned owner"];
                break;
            case Roles.Admin or Roles.Worker or Roles.Ci when owners.Count > 0:
                errors["owners"] = [$"a {role} key sees every owner; give no owners"];
                break;
        }

        if (name is { Length: > 100 })
        {
            errors["name"] = ["must be at most 100 characters"];
        }

        return errors;
    }
}
