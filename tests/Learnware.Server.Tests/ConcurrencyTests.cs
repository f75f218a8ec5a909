using System.Net;
using Learnware.Market.Storage;

namespace Learnware.Server.Tests;

/// <summary>Many clients at once: parallel uploads all land and are checked; parallel searches all answer.</summary>
public sealed class ConcurrencyTests(DockFactory factory) : IClassFixture<DockFactory>
{
    [Fact]
    public async Task TwentyParallelUploads_AllAccepted_AndAllChecked_ThenAHundredParallelSearchesAllAnswer()
    {
        var packages = Enumerable.Range(0, 20).Select(i => DockPackages.Classifier($"Parallel classifier {i:00}", centre: i % 4, seed: 100 + i)).ToArray();
        var (client, _) = await factory.NewUserClientAsync();

        var uploads = await Task.WhenAll(packages.Select(p => Task.Run(() => client.UploadAsync(p))));

        Assert.All(uploads, u => Assert.Equal(HttpStatusCode.Accepted, u.StatusCode));
        var ids = new List<string>();
        foreach (var upload in uploads)
            ids.Add((await upload.JsonAsync()).GetProperty("id").GetString()!);
        Assert.Equal(20, ids.Distinct().Count());
        IReadOnlyList<StoredLearnware> usable = [];
        for (var attempt = 0; attempt < 600 && usable.Count < 20; attempt++)
        {
            await Task.Delay(200);
            usable = await factory.Dock.Store.ListLatestUsableAsync();
        }

        Assert.Equal(ids.Order(), usable.Select(u => u.Id).Order());

        var searches = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(async () =>
        {
            using var form = new MultipartFormDataContent { { new StringContent($"parallel classifier {i % 20:00}"), "text" } };
            return await client.PostAsync("/api/v1/search", form);
        })));

        Assert.All(searches, s => Assert.Equal(HttpStatusCode.OK, s.StatusCode));
        foreach (var (search, i) in searches.Select((s, i) => (s, i)))
        {
            var first = (await search.JsonAsync()).GetProperty("single")[0];
            Assert.Equal($"Parallel classifier {i % 20:00}", first.GetProperty("name").GetString());
        }
    }
}
