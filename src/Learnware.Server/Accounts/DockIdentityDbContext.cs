using Learnware.Market.Storage;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Learnware.Server.Accounts;

/// <summary>
/// The dock's own records, apart from the market's: accounts and roles (Identity's tables), API tokens, and download
/// counts per learnware and day.
/// </summary>
public sealed class DockIdentityDbContext(DbContextOptions<DockIdentityDbContext> options) : IdentityDbContext<DockUser>(options)
{
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<DownloadDay> Downloads => Set<DownloadDay>();

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
        builder.Entity<DownloadDay>(download =>
        {
            download.HasKey(d => new { d.LearnwareId, d.Day });
            download.Property(d => d.LearnwareId).HasMaxLength(LearnwareIds.Length);
            download.HasIndex(d => d.Day);
        });
    }
}
