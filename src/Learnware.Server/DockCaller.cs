using System.Security.Claims;
using Learnware.Server.Accounts;

namespace Learnware.Server;

/// <summary>Who is calling: the account id the dock records as the owner of what they submit.</summary>
internal static class DockCaller
{
    /// <summary>The caller's account id, or null when anonymous.</summary>
    public static string? UserIdOrNull(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    /// <summary>The authenticated caller's account id (endpoints that call this require authorization).</summary>
    public static string UserId(HttpContext context) =>
        UserIdOrNull(context) ?? throw new InvalidOperationException("an endpoint that needs the caller's account id allowed anonymous callers");

    /// <summary>Whether the caller is an admin.</summary>
    public static bool IsAdmin(HttpContext context) => context.User.IsInRole(DockRoles.Admin);

    /// <summary>Whether the caller may change a learnware owned by <paramref name="owner"/>: its owner or an admin.</summary>
    public static bool MayChange(HttpContext context, string owner) =>
        IsAdmin(context) || string.Equals(UserIdOrNull(context), owner, StringComparison.Ordinal);
}
