using Learnware.Market.Storage;
using Learnware.Samples;
using Learnware.Server.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Learnware.Server;

/// <summary>
/// Seeds an empty dock with the sample learnwares (several domains, classifiers and regressors), submitted as pending
/// versions that the verification queue checks like any upload, owned by the admin account. Runs once per data folder;
/// a start interrupted while seeding carries on where it stopped, since the same seed gives the same packages and those
/// already in are skipped.
/// </summary>
public sealed partial class DockSeeder(DockMarket dock, DockOptions options, IServiceScopeFactory scopes, ILogger<DockSeeder> logger)
    : BackgroundService
{
    private const string MarkerFile = "seeded";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var marker = Path.Combine(options.DataFolder, MarkerFile);
        if (!options.Seed || File.Exists(marker))
            return;
        if (await dock.Store.CountAsync(stoppingToken) > 0 && !File.Exists(marker + ".partial"))
            return;
        var owner = await AdminIdAsync();
        await File.WriteAllTextAsync(marker + ".partial", "", stoppingToken);
        LogSeeding(SampleLearnwares.Count);
        // Training is CPU-bound and synchronous: off the host's start-up path.
        await Task.Run(async () =>
        {
            foreach (var sample in SampleLearnwares.Build())
            {
                stoppingToken.ThrowIfCancellationRequested();
                try
                {
                    var stored = await dock.Market.SubmitAsync(sample.Package, owner, stoppingToken);
                    LogSubmitted(sample.Domain, sample.Title, stored.Id);
                }
                catch (DuplicatePackageException)
                {
                    // Submitted by an earlier, interrupted start.
                }
            }
        }, stoppingToken);
        File.Move(marker + ".partial", marker, overwrite: true);
    }

    /// <summary>The admin account's id: the seeded learnwares' owner.</summary>
    private async Task<string> AdminIdAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DockUser>>();
        var admin = await users.FindByEmailAsync(AccountsStartup.AdminEmail)
            ?? throw new InvalidOperationException($"the admin account {AccountsStartup.AdminEmail} is missing; it is created on start");
        return admin.Id;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeding the empty dock with {Count} sample learnwares")]
    private partial void LogSeeding(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Domain} learnware '{Title}' as {Id} (pending its checks)")]
    private partial void LogSubmitted(string domain, string title, string id);
}
