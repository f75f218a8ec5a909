namespace Learnware.Server.Accounts;

/// <summary>The dock's roles: every account is a user; admins also manage accounts and every learnware.</summary>
public static class DockRoles
{
    public const string User = "user";

    public const string Admin = "admin";

    /// <summary>Every role, as they are created on first start.</summary>
    public static readonly IReadOnlyList<string> All = [User, Admin];
}
