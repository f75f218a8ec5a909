using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Learnware.Server.Accounts;

/// <summary>Accounts, roles and API tokens: Identity's tables plus <c>ApiTokens</c>, apart from the market's records.</summary>
public sealed class DockIdentityDbContext(DbContextOptions<DockIdentityDbContext> options) : IdentityDbContext<DockUser>(options)
{
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<ApiToken>(token =>
        {
            token.HasKey(t => t.Id);
            token.Property(t => t.Id).HasMaxLength(32);
            token.Property(t => t.Name).HasMaxLength(Accounts.ApiTokens.MaxNameLength);
            token.Property(t => t.SecretHash).HasMaxLength(64);
            token.Property(t => t.Scopes).HasMaxLength(64);
            token.HasIndex(t => t.SecretHash).IsUnique();
            token.HasIndex(t => t.UserId);
            token.HasOne<DockUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
            token.Ignore(t => t.ScopeList);
        });
    }
}
