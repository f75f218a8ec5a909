using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Learnware.Server.Accounts;

/// <summary>
/// On start, before requests are served: creates the account tables if the database has none, the roles, and on the
/// first start the admin account (<see cref="AdminEmail"/>) with the password from <see cref="DockOptions.AdminPassword"/>,
/// else a random one written once to the log.
/// </summary>
public sealed partial class AccountsStartup(IServiceScopeFactory scopes, DockOptions options, ILogger<AccountsStartup> logger) : IHostedService
{
    public const string AdminEmail = "admin@localhost";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DockIdentityDbContext>();
        await EnsureTablesAsync(db, cancellationToken);

        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in DockRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole(role)), $"create the role '{role}'");
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<DockUser>>();
        if (await users.FindByEmailAsync(AdminEmail) is not null)
            return;
        var password = options.AdminPassword ?? await RandomPasswordAsync(users);
        var admin = new DockUser { UserName = AdminEmail, Email = AdminEmail, EmailConfirmed = true };
        Check(await users.CreateAsync(admin, password), $"create the admin account (is {DockOptions.AdminPasswordVariable} strong enough?)");
        Check(await users.AddToRoleAsync(admin, DockRoles.Admin), "give the admin account its role");
        if (options.AdminPassword is null)
            LogGeneratedPassword(AdminEmail, password, DockOptions.AdminPasswordVariable);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// The account tables live in their own SQLite file, or beside the market's tables in its PostgreSQL database. There
    /// EnsureCreated would see the market's tables and do nothing, so the tables are created when the users table is missing.
    /// </summary>
    private static async Task EnsureTablesAsync(DockIdentityDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            await db.Database.EnsureCreatedAsync(cancellationToken);
            return;
        }

        var exists = await db.Database
            .SqlQueryRaw<bool>("""SELECT to_regclass('"AspNetUsers"') IS NOT NULL AS "Value" """)
            .SingleAsync(cancellationToken);
        if (!exists)
            await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(cancellationToken);
    }

    /// <summary>A random password of 24 characters that the configured password rules accept.</summary>
    private static async Task<string> RandomPasswordAsync(UserManager<DockUser> users)
    {
        const string Characters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!#%+=";
        while (true)
        {
            var password = RandomNumberGenerator.GetString(Characters, 24);
            var accepted = true;
            foreach (var validator in users.PasswordValidators)
                accepted &= (await validator.ValidateAsync(users, null!, password)).Succeeded;
            if (accepted)
                return password;
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"cannot {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Created the admin account {Email} with the random password {Password} (shown this once; set {Variable} to choose it)")]
    private partial void LogGeneratedPassword(string email, string password, string variable);
}
