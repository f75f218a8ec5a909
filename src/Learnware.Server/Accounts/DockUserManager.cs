using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Learnware.Server.Accounts;

/// <summary>Identity's user manager, giving every new account the <see cref="DockRoles.User"/> role in the same save.</summary>
public sealed class DockUserManager(
    IUserStore<DockUser> store, IOptions<IdentityOptions> optionsAccessor, IPasswordHasher<DockUser> passwordHasher,
    IEnumerable<IUserValidator<DockUser>> userValidators, IEnumerable<IPasswordValidator<DockUser>> passwordValidators,
    ILookupNormalizer keyNormalizer, IdentityErrorDescriber errors, IServiceProvider services, ILogger<UserManager<DockUser>> logger,
    TimeProvider time)
    : UserManager<DockUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<IdentityResult> CreateAsync(DockUser user)
    {
        user.CreatedAt = time.GetUtcNow();
        // The role link is staged on the store's context and saved with the user, so no account exists without it.
        if (Store is IUserRoleStore<DockUser> roles)
            await roles.AddToRoleAsync(user, NormalizeName(DockRoles.User), CancellationToken);
        return await base.CreateAsync(user);
    }
}
