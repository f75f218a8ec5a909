using System.Net;
using System.Text.Json;

namespace Learnware.Server.Tests;

/// <summary>
/// Many clients at once against a dock, in process or a real one: parallel uploads that must all be accepted and all
/// become usable, then parallel searches that must all answer, and answer the same to the same question.
/// </summary>
internal static class ParallelTraffic
{
    /// <summary>Uploads <paramref name="count"/> distinct classifiers at once; every one must be accepted (202). Returns their ids.</summary>
    public static async Task<IReadOnlyList<string>> UploadAllAsync(HttpClient client, int count)
    {
        var packages = Enumerable.Range(0, count).Select(i => DockPackages.Classifier(Name(i), centre: i % 4, seed: 100 + i)).ToArray();

        var uploads = await Task.WhenAll(packages.Select(p => Task.Run(() => client.UploadAsync(p))));

        Assert.All(uploads, u => Assert.Equal(HttpStatusCode.Accepted, u.StatusCode));
        var ids = new List<string>();
        foreach (var upload in uploads)
            ids.Add((await upload.JsonAsync()).GetProperty("id").GetString()!);
        Assert.Equal(count, ids.Distinct().Count());
        return ids;
    }

    /// <summary>Waits (bounded) until the dock lists exactly <paramref name="ids"/> as usable.</summary>
    public static async Task WaitAllListedAsync(HttpClient client, IReadOnlyList<string> ids, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        string[] listed = [];
        while (DateTime.UtcNow < deadline)
        {
            var page = await (await client.GetAsync("/api/v1/learnwares?pageSize=200")).JsonAsync();
            listed = [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
            if (listed.Length >= ids.Count)
                break;
            await Task.Delay(200);
        }

        Assert.Equal(ids.Order(), listed.Order());
    }

    /// <summary>
    /// <paramref name="count"/> searches at once, for the names of the first <paramref name="learnwares"/> uploads in
    /// turn: every one answers 200, finds the learnware it names first, and the same question gets the same answer.
    /// </summary>
    public static async Task SearchAllAsync(HttpClient client, int count, int learnwares)
    {
        var searches = await Task.WhenAll(Enumerable.Range(0, count).Select(i => Task.Run(async () =>
        {
            using var form = new MultipartFormDataContent { { new StringContent(Name(i % learnwares).ToLowerInvariant()), "text" } };
            return await client.PostAsync("/api/v1/search", form);
        })));

        Assert.All(searches, s => Assert.Equal(HttpStatusCode.OK, s.StatusCode));
        var answers = new Dictionary<int, string>();
        foreach (var (search, i) in searches.Select((s, i) => (s, i)))
        {
            var result = await search.JsonAsync();
            Assert.Equal(Name(i % learnwares), result.GetProperty("single")[0].GetProperty("name").GetString());
            var answer = JsonSerializer.Serialize(result);
            Assert.Equal(answers.TryAdd(i % learnwares, answer) ? answer : answers[i % learnwares], answer);
        }
    }

    private static string Name(int i) => $"Parallel classifier {i:00}";
}
