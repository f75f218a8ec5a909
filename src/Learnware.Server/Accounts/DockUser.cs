using Microsoft.AspNetCore.Identity;

namespace Learnware.Server.Accounts;

/// <summary>An account on the dock: an ASP.NET Core Identity user with the time it was created.</summary>
public sealed class DockUser : IdentityUser
{
    /// <summary>When the account was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
