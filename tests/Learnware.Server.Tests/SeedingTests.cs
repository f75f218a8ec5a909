using Learnware.Market.Storage;
using Learnware.Samples;
using Learnware.Server.Accounts;
using Learnware.Specifications.Semantic;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Learnware.Server.Tests;

/// <summary>A first start on an empty data folder seeds the demo market through the verification queue.</summary>
public sealed class SeedingTests
{
    [Fact]
    public async Task AnEmptyDock_IsSeededWithUsableLearnwares_OfSeveralDomains_ClassifiersAndRegressors()
    {
        using var seeded = new DockFactory(seed: true);
        var client = seeded.CreateClient();

        IReadOnlyList<StoredLearnware> usable = [];
        // Bounded: training and checking two dozen small models takes about a minute on two cores.
        for (var attempt = 0; attempt < 600 && usable.Count < SampleLearnwares.Count; attempt++)
        {
            await Task.Delay(500);
            usable = await seeded.Dock.Store.ListLatestUsableAsync();
        }

        Assert.True(SampleLearnwares.Count >= 20, $"{SampleLearnwares.Count} sample learnwares");
        Assert.Equal(SampleLearnwares.Count, usable.Count);
        Assert.Empty(await seeded.Dock.Store.ListPendingAsync());
        var semantics = usable.Select(l => SemanticJson.Parse(l.SemanticJson)).ToArray();
        Assert.Equal(["Classification", "Regression"], semantics.Select(s => s.TaskType).Distinct().Order());
        Assert.True(semantics.SelectMany(s => s.Scenario).Distinct().Count() >= 5);
        Assert.All(semantics, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Description));
            Assert.Equal(s.Input!.Dimension, s.Input.Descriptions.Count);
        });
        using (var scope = seeded.Services.CreateScope())
        {
            var admin = await scope.ServiceProvider.GetRequiredService<UserManager<DockUser>>().FindByEmailAsync(AccountsStartup.AdminEmail);
            Assert.All(usable, l => Assert.Equal(admin!.Id, l.Owner));
        }

        var listed = await (await client.GetAsync("/api/v1/learnwares")).JsonAsync();
        Assert.Equal(SampleLearnwares.Count, listed.GetProperty("total").GetInt32());
    }
}
