using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Learnware.Market.Storage;

/// <summary>The market's tables: learnwares, their versions and the schema version, with snake_case names on every provider.</summary>
internal sealed class MarketDbContext(DbContextOptions<MarketDbContext> options) : DbContext(options)
{
    private static readonly ValueConverter<DateTime, DateTime> _utc = new(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    public DbSet<LearnwareRow> Learnwares => Set<LearnwareRow>();

    public DbSet<LearnwareVersionRow> Versions => Set<LearnwareVersionRow>();

    public DbSet<SchemaInfoRow> SchemaInfo => Set<SchemaInfoRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LearnwareRow>(learnware =>
        {
            learnware.ToTable("learnwares");
            learnware.HasKey(l => l.Id);
            learnware.Property(l => l.Id).HasMaxLength(LearnwareIds.Length);
            learnware.HasIndex(l => l.Owner);
            learnware.HasIndex(l => new { l.CreatedAt, l.Id });
            learnware.HasMany(l => l.Versions).WithOne(v => v.Learnware).HasForeignKey(v => v.LearnwareId)
                .OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<LearnwareVersionRow>(version =>
        {
            version.ToTable("learnware_versions");
            // The key makes (learnware, version) unique: two writers cannot both commit the same version number.
            version.HasKey(v => new { v.LearnwareId, v.Version });
            version.Property(v => v.Version).ValueGeneratedNever();
            version.Property(v => v.Status).HasConversion<string>().HasMaxLength(16);
            version.Property(v => v.PackageSha256).HasMaxLength(ContentAddress.Length);
            version.HasIndex(v => v.PackageSha256).IsUnique();
            version.HasIndex(v => v.Status);
            version.HasIndex(v => new { v.SpecType, v.SpecDimension });
        });
        modelBuilder.Entity<SchemaInfoRow>(info =>
        {
            info.ToTable("schema_info");
            info.HasKey(s => s.Id);
            info.Property(s => s.Id).ValueGeneratedNever();
        });

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
                // SQLite hands DateTime back without a kind; every time the store writes is UTC.
                if (property.ClrType == typeof(DateTime))
                {
                    property.SetValueConverter(_utc);
                }
            }
        }
    }

    private static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0 && !char.IsUpper(name[i - 1]))
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
