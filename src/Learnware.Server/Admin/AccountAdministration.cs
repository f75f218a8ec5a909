using Learnware.Server.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Learnware.Server.Admin;

/// <summary>What admins do to accounts: list them, change a role, lock or unlock, delete. The last admin stays an admin.</summary>
public sealed class AccountAdministration(UserManager<DockUser> users, TimeProvider time)
{
    /// <summary>An account as admins see it.</summary>
    public sealed record AccountView(string Id, string Email, string Role, bool Locked, DateTimeOffset? LockedUntil, DateTimeOffset CreatedAt);

    /// <summary>Every account, oldest first.</summary>
    public async Task<IReadOnlyList<AccountView>> ListAsync(CancellationToken cancellationToken)
    {
        var all = await users.Users.AsNoTracking().ToListAsync(cancellationToken);
        var admins = (await users.GetUsersInRoleAsync(DockRoles.Admin)).Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        return all.OrderBy(u => u.CreatedAt).Select(u => View(u, admins.Contains(u.Id))).ToArray();
    }

    /// <summary>Sets the account's role (<c>user</c> or <c>admin</c>) and whether it is locked; either may be left as it is.</summary>
    /// <exception cref="DockRequestException">400 an unknown role, 404 no such account, 409 it would leave no admin.</exception>
    public async Task<AccountView> UpdateAsync(string id, string? role, bool? locked)
    {
        if (role is not null && !DockRoles.All.Contains(role))
            throw DockRequestException.BadRequest($"'role' must be one of {string.Join(", ", DockRoles.All)}; got '{role}'");
        var user = await FindAsync(id);
        var isAdmin = await users.IsInRoleAsync(user, DockRoles.Admin);
        if (isAdmin && (role == DockRoles.User || locked == true))
            await KeepAnAdminAsync(user, "demote or lock");

        if (role == DockRoles.Admin && !isAdmin)
            Check(await users.AddToRoleAsync(user, DockRoles.Admin));
        else if (role == DockRoles.User && isAdmin)
            Check(await users.RemoveFromRoleAsync(user, DockRoles.Admin));
        if (locked is { } lockIt)
        {
            Check(await users.SetLockoutEnabledAsync(user, true));
            Check(await users.SetLockoutEndDateAsync(user, lockIt ? DateTimeOffset.MaxValue : null));
        }

        // A new security stamp ends the account's password sign-ins, which carry the old roles: it signs in again.
        if (role is not null || locked is not null)
            Check(await users.UpdateSecurityStampAsync(user));

        return View(user, await users.IsInRoleAsync(user, DockRoles.Admin));
    }

    /// <summary>Deletes the account and its API tokens; the learnwares it owns stay, owned by its id.</summary>
    /// <exception cref="DockRequestException">404 no such account, 409 the last admin.</exception>
    public async Task DeleteAsync(string id)
    {
        var user = await FindAsync(id);
        if (await users.IsInRoleAsync(user, DockRoles.Admin))
            await KeepAnAdminAsync(user, "delete");
        Check(await users.DeleteAsync(user));
    }

    private async Task<DockUser> FindAsync(string id) =>
        await users.FindByIdAsync(id) ?? throw DockRequestException.NotFound($"there is no account '{id}'");

    private async Task KeepAnAdminAsync(DockUser user, string action)
    {
        var now = time.GetUtcNow();
        var others = (await users.GetUsersInRoleAsync(DockRoles.Admin))
            .Where(a => a.Id != user.Id && (a.LockoutEnd is null || a.LockoutEnd <= now));
        if (!others.Any())
            throw new DockRequestException(StatusCodes.Status409Conflict, "Conflict", $"cannot {action} {user.Email}: it is the only admin left");
    }

    private AccountView View(DockUser user, bool isAdmin)
    {
        var lockedUntil = user.LockoutEnd is { } end && end > time.GetUtcNow() ? end : (DateTimeOffset?)null;
        return new AccountView(user.Id, user.Email ?? user.UserName ?? user.Id, isAdmin ? DockRoles.Admin : DockRoles.User, lockedUntil is not null,
            lockedUntil, user.CreatedAt);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new DockRequestException(StatusCodes.Status409Conflict, "Conflict", string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
